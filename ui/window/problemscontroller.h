#pragma once

#include "model/diagnostic.h"

#include <QObject>

class QMainWindow;

namespace converge {

class Document;
class GraphScene;
class ProblemMarks;
class ProblemsDock;
class SourceDock;

/// Keeps everything that shows the document's problems current: the Problems list, the Source
/// pane (which it creates, tabbed with the Problems list) and the marks on the picture. A
/// problem activated in the list selects its element (the resource it names, or the edge it is
/// placed at) and shows its line in the Source pane.
///
/// Owned by the window, which with the document, scene and dock must outlive it. GUI thread
/// only.
class ProblemsController : public QObject
{
    Q_OBJECT
public:
    ProblemsController(QMainWindow *window, Document *document, GraphScene *scene,
                       ProblemsDock *problems);

    SourceDock *sourceDock() const { return m_source; }
    ProblemMarks *marks() const { return m_marks; }

    /// Selects what diagnostic is about and shows its line.
    void activate(const Diagnostic &diagnostic);

private:
    void loaded();
    void problemsChanged();

    Document *m_document;
    GraphScene *m_scene;
    ProblemsDock *m_problems;
    SourceDock *m_source;
    ProblemMarks *m_marks;
};

} // namespace converge
