#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace converge {

class Document;
class GraphScene;
class TimelineDock;

/// The window's export side: File > Export..., Save Run Report..., Open Recorded Run..., and
/// the Timeline dock with its View menu entry.
///
/// Keeps the dialogs and their remembered folder and format (QSettings group "export") out of
/// MainWindow, which only calls install(). Owned by the window; the document and scene must
/// outlive it. GUI thread only.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(QMainWindow *window, Document *document, GraphScene *scene);

    /// Adds the actions to fileMenu (before its last separator, so Quit stays last) and the
    /// Timeline dock to the window and its toggle to viewMenu.
    void install(QMenu *fileMenu, QMenu *viewMenu);

    TimelineDock *timelineDock() const { return m_timeline; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *saveReportAction() const { return m_saveReportAction; }
    QAction *openRecordedRunAction() const { return m_openRecordedAction; }

private:
    void exportDiagram();
    void saveRunReport();
    void openRecordedRun();
    void updateActions();
    QString startFolder() const;
    void rememberFolder(const QString &path) const;

    QMainWindow *m_window;
    Document *m_document;
    GraphScene *m_scene;
    TimelineDock *m_timeline;
    QAction *m_exportAction;
    QAction *m_saveReportAction;
    QAction *m_openRecordedAction;
};

} // namespace converge
