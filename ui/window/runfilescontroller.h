#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace converge {

class Document;
class GraphScene;
class TimelineDock;

/// The window's run records: File > Save Run Report... and Open Recorded Run..., their
/// dialogs, and the Timeline dock with its View menu entry.
///
/// What is saved and replayed belongs to the document's RunController; this class only asks
/// for files and reports the outcome. The dialogs share the export's remembered folder. Owned
/// by the window; the document and scene must outlive it. GUI thread only.
class RunFilesController : public QObject
{
    Q_OBJECT
public:
    RunFilesController(QMainWindow *window, Document *document, GraphScene *scene);

    /// Adds the actions to fileMenu right after `after`, and the Timeline dock to the window
    /// and its toggle to viewMenu.
    void install(QMenu *fileMenu, QAction *after, QMenu *viewMenu);

    TimelineDock *timelineDock() const { return m_timeline; }
    QAction *saveReportAction() const { return m_saveReportAction; }
    QAction *openRecordedRunAction() const { return m_openRecordedAction; }

private:
    void saveRunReport();
    void openRecordedRun();
    void updateActions();

    QMainWindow *m_window;
    Document *m_document;
    GraphScene *m_scene;
    TimelineDock *m_timeline;
    QAction *m_saveReportAction;
    QAction *m_openRecordedAction;
};

} // namespace converge
