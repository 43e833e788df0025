#pragma once

#include "model/diagnostic.h"
#include "model/resource.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <vector>

class QAction;
class QMainWindow;
class QMenu;
class QPoint;
class QToolBar;

namespace converge {

class Document;
class GraphScene;
class LogDock;
class ProblemsDock;
class RunStatusWidget;
struct RunEvent;
struct RunSummary;
struct WatchNote;

/// The window's run side: the Run menu and toolbar (Run, Keep Converging, Dry Run, Run
/// Selected, Re-run Failed, Stop), the node context menu (Run This, Run Up To Here, Show Log, Copy
/// Name), the Cannot Run box, and what a run shows as it goes: node colours, log lines, the counts
/// in the status bar and the window title's run prefix.
///
/// Runs belong to the document's RunController: this class starts and stops them and shows
/// what the controller reports, and enables its actions for the document's state and the
/// scene's selection. Owned by the window; the document, scene and docks must outlive it. GUI
/// thread only.
class RunActions : public QObject
{
    Q_OBJECT
public:
    RunActions(QMainWindow *window, Document *document, GraphScene *scene);

    /// Inserts the Run menu before helpMenu and the Run toolbar before viewToolBar, adds the
    /// run counts to the end of the status bar, and from then on shows runs in the scene, log
    /// and problems.
    void install(QMenu *helpMenu, QToolBar *viewToolBar, LogDock *log, ProblemsDock *problems);

    /// "[running 3/8] " while a run goes, "[converged] " (or how it ended) after it, empty
    /// before the first run on the graph shown.
    QString titlePrefix() const;
    /// A node's context menu (after install()); others may add their entries to it.
    QMenu *nodeMenu() const { return m_nodeMenu; }
    /// The log's last line for a run that ended as summary says ("Run finished in 1.20 s:
    /// 5 done (2 changed), 1 failed, 2 skipped").
    static QString summaryText(const RunSummary &summary);

signals:
    /// titlePrefix() changed.
    void titlePrefixChanged();
    /// The run record of the one selected resource may have changed.
    void selectedRecordChanged();

private:
    void createActions();
    void runSelected();
    void runThis();
    void showLog();
    void copyName();
    void showNodeMenu(ResourceId id, const QPoint &screenPos);
    void refuseRun(const Diagnostics &reasons);
    void loaded();
    void statesChanged(const std::vector<ResourceId> &changed);
    void eventsRead(const std::vector<RunEvent> &events);
    void runStarted(bool dryRun);
    void runFinished(const RunSummary &summary);
    void watchingChanged(bool watching);
    /// Gives every node of the scene the watching look, or takes it away.
    void markWatching(bool watching);
    /// A line about the run as a whole (how it ended, a graph taken on), with the time.
    void logRunLine(const QString &text);
    void stopping();
    void watchNotes(const std::vector<WatchNote> &notes);
    void updateActions();

    QMainWindow *m_window;
    Document *m_document;
    GraphScene *m_scene;
    LogDock *m_logDock = nullptr;
    ProblemsDock *m_problemsDock = nullptr;
    RunStatusWidget *m_runStatus = nullptr;
    QMenu *m_nodeMenu = nullptr;
    /// How the last run goes or went ("running", "converged", ...); empty before one.
    QString m_runStatusText;
    QDateTime m_runStartedAt; ///< wall clock when the run started: log lines' times count from it

    QAction *m_runAction = nullptr;
    QAction *m_keepConvergingAction = nullptr;
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
