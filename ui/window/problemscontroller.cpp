#include "window/problemscontroller.h"

#include "docks/problemsdock.h"
#include "docks/sourcedock.h"
#include "document/document.h"
#include "editor/problemmarks.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"

#include <QMainWindow>

namespace converge {

ProblemsController::ProblemsController(QMainWindow *window, Document *document, GraphScene *scene,
                                       ProblemsDock *problems)
    : QObject(window), m_document(document), m_scene(scene), m_problems(problems),
      m_source(new SourceDock(window)), m_marks(new ProblemMarks(document, scene, this))
{
    window->addDockWidget(Qt::BottomDockWidgetArea, m_source);
    window->tabifyDockWidget(problems, m_source);
    connect(document, &Document::loaded, this, &ProblemsController::loaded);
    connect(document, &Document::problemsChanged, this, &ProblemsController::problemsChanged);
    connect(problems, &ProblemsDock::problemActivated, this, &ProblemsController::activate);
}

void ProblemsController::loaded()
{
    m_source->setSource(m_document->filePath(), m_document->sourceText());
    problemsChanged();
    if (hasErrors(m_document->diagnostics()))
        m_problems->raise();
}

void ProblemsController::problemsChanged()
{
    const Diagnostics diagnostics = m_document->diagnostics();
    m_problems->setDiagnostics(diagnostics);
    m_source->setDiagnostics(diagnostics);
}

void ProblemsController::activate(const Diagnostic &diagnostic)
{
    const ProblemMarks::Element element = ProblemMarks::elementOf(m_document->graph(), diagnostic);
    if (element.resource != InvalidId) {
        m_scene->selectResource(element.resource);
    } else if (EdgeItem *edge = m_scene->edgeItem(element.edge)) {
        m_scene->clearSelection();
        edge->setSelected(true);
    }
    if (diagnostic.location.isValid() && diagnostic.file == m_document->filePath())
        m_source->showLine(diagnostic.location.line);
}

} // namespace converge
