#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace converge {

class Document;
class GraphScene;

/// The window's export side: File > Export Diagram... and its dialogs.
///
/// Keeps the dialogs and their remembered folder and format (QSettings group "export") out of
/// MainWindow, which only calls install(). Owned by the window; the document and scene must
/// outlive it. GUI thread only.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(QMainWindow *window, Document *document, GraphScene *scene);

    /// Adds the action to fileMenu, before its last separator (so Quit stays last), and a
    /// separator after it.
    void install(QMenu *fileMenu);

    QAction *exportAction() const { return m_exportAction; }

    /// The folder the export and run-file dialogs start in: the last one used, else the
    /// graph file's.
    static QString startFolder(const Document &document);
    /// Remembers path's folder for the next dialog.
    static void rememberFolder(const QString &path);

private:
    void exportDiagram();
    void updateActions();

    QMainWindow *m_window;
    Document *m_document;
    GraphScene *m_scene;
    QAction *m_exportAction;
};

} // namespace converge
