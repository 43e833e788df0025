#pragma once

#include "model/diagnostic.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;

namespace converge {

class BusyIndicator;
class DetailsDock;
class Document;
class DocumentFile;
class EditController;
struct GraphLayout;
class GraphScene;
class GraphView;
class GroupActions;
class HelpMenu;
class LogDock;
class ProblemsController;
class ProblemsDock;
class RecentFiles;
class RunActions;

/// The Converge window: a graph view in the middle, Log, Problems and Details docks, the File
/// and View menus and toolbars, and a status bar (the LayoutNote and a busy indicator). It
/// builds the window and wires its parts: the Edit side (EditController), the Run side
/// (RunActions: the Run menu and toolbar, the node menu, run counts and the title's run
/// prefix), saving (DocumentFile), exports (ExportController) and run records
/// (RunFilesController), each of which it owns. It keeps the title, the selection's details
/// and log filter, and the layout choices.
///
/// The window only wires widgets to its Document, which owns the graph, the engine and the
/// layout job. Geometry, dock layout, recent files and layout choices persist in QSettings.
/// GUI thread only.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens path in the background; errors land in the Problems dock.
    void openFile(const QString &path);
    Document *document() const { return m_document; }
    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    EditController *editController() const { return m_editController; }
    GroupActions *groupActions() const { return m_groupActions; }
    DocumentFile *documentFile() const { return m_documentFile; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void createStatusBar();
    void readSettings();
    void writeSettings() const;

    void open();
    /// Reads the file again, after the unsaved-changes question (and the save it may start).
    void reload();
    void applyLayoutChoice();

    void loaded();
    void loadFailed();
    void layoutReady(const GraphLayout &layout);
    void selectionChanged();
    void updateActions();
    void updateTitle();
    void showDetails();

    Document *m_document;
    GraphScene *m_scene;
    GraphView *m_view;
    LogDock *m_logDock = nullptr;
    ProblemsDock *m_problemsDock = nullptr;
    ProblemsController *m_problems = nullptr;
    DetailsDock *m_detailsDock = nullptr;
    EditController *m_editController = nullptr;
    DocumentFile *m_documentFile = nullptr;
    BusyIndicator *m_busy = nullptr;
    bool m_fitOnLayout = false;
    /// The user agreed to close; the window waits for the run's processes to end first.
    bool m_closing = false;
    QString m_openingPath; ///< the file asked for last: Open Recent lists it only once it opened
    RunActions *m_runActions = nullptr;
    GroupActions *m_groupActions = nullptr;

    QMenu *m_fileMenu = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    QMenu *m_viewMenu = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    QToolBar *m_viewToolBar = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QAction *m_selectAreaAction = nullptr;
    QActionGroup *m_engineGroup = nullptr;
    QActionGroup *m_directionGroup = nullptr;
};

} // namespace converge
