#pragma once

#include "model/diagnostic.h"

#include <QObject>

#include <optional>

class QMainWindow;

namespace converge {

class Document;
class GraphEditor;
class GraphScene;
class ProblemMarks;
class ProblemsDock;
class SourceDock;
class SourcePreview;

/// Keeps everything that shows the document's problems current: the Problems list, the Source
/// pane (which it creates, tabbed with the Problems list, and keeps showing the text Save would
/// write through a SourcePreview) and the marks on the picture. A problem activated in the list
/// selects its element (the resource it names, or the edge it is placed at) and shows its line
/// in the Source pane; a selected resource's line is highlighted there. Lines of the file as
/// read are mapped to the text shown.
///
/// Owned by the window, which with the document, editor, scene and dock must outlive it. GUI
/// thread only.
class ProblemsController : public QObject
{
    Q_OBJECT
public:
    ProblemsController(QMainWindow *window, Document *document, GraphEditor *editor,
                       GraphScene *scene, ProblemsDock *problems);

    SourceDock *sourceDock() const { return m_source; }
    SourcePreview *sourcePreview() const { return m_preview; }
    ProblemMarks *marks() const { return m_marks; }

    /// Selects what diagnostic is about and shows its line.
    void activate(const Diagnostic &diagnostic);

private:
    void loaded();
    void openFailed(const Diagnostics &diagnostics);
    void problemsChanged();
    void textReady();
    void highlightSelection();
    /// The line of the text shown that diagnostic points at; 0 for none.
    int shownLine(const Diagnostic &diagnostic) const;

    Document *m_document;
    GraphScene *m_scene;
    ProblemsDock *m_problems;
    SourceDock *m_source;
    SourcePreview *m_preview;
    ProblemMarks *m_marks;
    /// Why the last file could not be opened: listed above the open graph's own problems until
    /// a file opens, so that refreshing those cannot hide it.
    Diagnostics m_openFailure;
    /// A problem activated while the text was being made: shown once it is.
    std::optional<Diagnostic> m_waitingProblem;
};

} // namespace converge
