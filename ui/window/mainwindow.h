#pragma once

#include "model/diagnostic.h"
#include "model/resource.h"

#include <QMainWindow>

#include <vector>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace converge {

class BusyIndicator;
class DetailsDock;
class Document;
class DocumentFile;
class EditController;
struct GraphLayout;
class GraphScene;
class GraphView;
class LogDock;
class ProblemsDock;
class RecentFiles;
class RunStatusWidget;
struct RunEvent;
struct RunSummary;

/// The Converge window: a graph view in the middle, Log, Problems and Details docks, menus and
/// a toolbar for File, View and Run, and a status bar with run counts and layout notes.
///
/// The window only wires widgets to its Document, which owns the graph, the engine and the
/// layout job. Geometry, dock layout, recent files and layout choices persist in QSettings.
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
    void applyLayoutChoice();
    void runSelected();
    void runThis();
    void showLog();
    void copyName();
    void refuseRun(const Diagnostics &reasons);

    void loaded();
    void loadFailed(const Diagnostics &diagnostics);
    void layoutReady(const GraphLayout &layout);
    void statesChanged(const std::vector<ResourceId> &changed);
    void eventsRead(const std::vector<RunEvent> &events);
    void runStarted(bool dryRun);
    void runFinished(const RunSummary &summary);
    void selectionChanged();
    void selectResourceByKey(const QString &key);
    void showNodeMenu(ResourceId id, const QPoint &screenPos);
    void updateActions();
    void updateTitle();
    void showDetails();

    Document *m_document;
    GraphScene *m_scene;
    GraphView *m_view;
    LogDock *m_logDock = nullptr;
    ProblemsDock *m_problemsDock = nullptr;
    DetailsDock *m_detailsDock = nullptr;
    EditController *m_editController = nullptr;
    DocumentFile *m_documentFile = nullptr;
    RunStatusWidget *m_runStatus = nullptr;
    BusyIndicator *m_busy = nullptr;
    QLabel *m_layoutInfo = nullptr;
    bool m_fitOnLayout = false;
    QString m_runStatusText;

    QMenu *m_fileMenu = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_runMenu = nullptr;
    QMenu *m_nodeMenu = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_fitAction = nullptr;
    QAction *m_actualSizeAction = nullptr;
    QAction *m_selectAreaAction = nullptr;
    QActionGroup *m_engineGroup = nullptr;
    QActionGroup *m_directionGroup = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_dryRunAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_runSelectedAction = nullptr;
    QAction *m_rerunFailedAction = nullptr;
    QAction *m_runThisAction = nullptr;
    QAction *m_runUpToHereAction = nullptr;
    QAction *m_showLogAction = nullptr;
    QAction *m_copyNameAction = nullptr;
};

} // namespace converge
