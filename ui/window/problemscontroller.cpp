#include "window/problemscontroller.h"

#include "docks/problemsdock.h"
#include "docks/sourcedock.h"
#include "docks/sourceview.h"
#include "document/document.h"
#include "document/sourcepreview.h"
#include "editor/grapheditor.h"
#include "editor/problemmarks.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"

#include <QMainWindow>
#include <QTextDocument>

namespace converge {

ProblemsController::ProblemsController(QMainWindow *window, Document *document, GraphEditor *editor,
                                       GraphScene *scene, ProblemsDock *problems)
    : QObject(window), m_document(document), m_scene(scene), m_problems(problems),
      m_source(new SourceDock(window)), m_preview(new SourcePreview(document, editor, this)),
      m_marks(new ProblemMarks(document, scene, this))
{
    window->addDockWidget(Qt::BottomDockWidgetArea, m_source);
    window->tabifyDockWidget(problems, m_source);
    m_preview->setFont(m_source->view()->font());
    connect(document, &Document::loaded, this, &ProblemsController::loaded);
    connect(document, &Document::loadFailed, this, &ProblemsController::openFailed);
    connect(document, &Document::problemsChanged, this, &ProblemsController::problemsChanged);
    connect(problems, &ProblemsDock::problemActivated, this, &ProblemsController::activate);
    connect(m_preview, &SourcePreview::ready, this, &ProblemsController::textReady);
    connect(scene, &QGraphicsScene::selectionChanged, this,
            &ProblemsController::highlightSelection);
}

void ProblemsController::loaded()
{
    m_openFailure.clear();
    m_source->setFile(m_document->filePath());
    problemsChanged();
    if (hasErrors(m_document->diagnostics()))
        m_problems->raise();
}

void ProblemsController::openFailed(const Diagnostics &diagnostics)
{
    m_openFailure = diagnostics;
    problemsChanged();
    m_problems->raise();
}

void ProblemsController::problemsChanged()
{
    const Diagnostics diagnostics = m_document->diagnostics();
    m_problems->setDiagnostics(m_openFailure + diagnostics);
    std::vector<int> lines;
    for (const Diagnostic &d : diagnostics) {
        if (!d.isError())
            continue;
        if (const int line = shownLine(d))
            lines.push_back(line);
    }
    m_source->setErrorLines(std::move(lines));
}

void ProblemsController::textReady()
{
    const SavedText &saved = m_preview->current();
    m_source->setFile(m_document->filePath());
    const SourceDock::Kind kind = !saved.isSpliced()    ? SourceDock::Kind::Rewritten
                                  : saved.isUnchanged() ? SourceDock::Kind::AsRead
                                                        : SourceDock::Kind::Edited;
    if (std::unique_ptr<QTextDocument> text = m_preview->takeDocument())
        m_source->setText(std::move(text), kind, saved.rewrittenBecause());
    else
        m_source->changeText(m_preview->changes(), kind, saved.rewrittenBecause());
    problemsChanged();
    highlightSelection();
    if (m_waitingProblem) {
        if (const int line = shownLine(*m_waitingProblem))
            m_source->showLine(line);
        m_waitingProblem.reset();
    }
}

void ProblemsController::highlightSelection()
{
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    if (selected.size() == 1)
        m_source->highlightLine(m_preview->current().lineOfResource(selected.front()));
}

int ProblemsController::shownLine(const Diagnostic &diagnostic) const
{
    if (!diagnostic.location.isValid() || diagnostic.file != m_document->filePath())
        return 0;
    const SavedText &saved = m_preview->current();
    if (const int line = saved.lineFromSource(diagnostic.location.line))
        return line;
    // Written in full, the text keeps no line of the file read: the resource's name stands in.
    const ResourceId resource = ProblemMarks::elementOf(m_document->graph(), diagnostic).resource;
    return resource == InvalidId ? 0 : saved.lineOfResource(resource);
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
    if (m_preview->isPending())
        m_waitingProblem = diagnostic;
    if (const int line = shownLine(diagnostic))
        m_source->showLine(line);
}

} // namespace converge
