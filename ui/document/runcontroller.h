#pragma once

#include "document/statecounts.h"
#include "document/watchmonitor.h"
#include "engine/engine.h"
#include "model/diagnostic.h"
#include "model/resource.h"
#include "model/runevent.h"
#include "model/runrecord.h"
#include "records/runreplay.h"
#include "records/runreport.h"
#include "records/runtimeline.h"

#include <QObject>
#include <QTimer>

#include <optional>
#include <vector>

namespace converge {

class Document;

/// The runs of a Document's graph: starts them on the Engine it owns and is the only reader of
/// the engine's event stream.
///
/// Each eventsAvailable() is read as one bounded batch, applied to the per-resource states
/// here (the states reach the views from the State events only, once) and handed on as it
/// is: eventsRead() for the log and the timeline, then statesChanged() for the scene and the
/// status bar. A backlog larger than a batch is worked off one batch per pass of the event
/// loop, so the window keeps answering; the run counts as going until its last batch is
/// handed on. Nothing else reads the engine, and nothing here polls it on a timer.
///
/// It also keeps what the views show of the last run: its timeline (bars per try), its
/// summary and critical path, and the report saved from it; and it replays a run recorded
/// with `converge run --events` on the graph, handing the replay on through replayRead()
/// (states for the scene, events for the timeline) without touching the live states.
///
/// With Keep Converging on, a Run of the whole graph keeps going after its first pass, as
/// `converge run --watch` does (WatchMonitor): watchingChanged(true) comes instead of
/// runFinished(), the run counts as going (so editing stays blocked), and each repair's
/// events reach the views through the same eventsRead()/statesChanged() batches; stop() ends
/// the watch, and runFinished() follows with the first pass's summary, marked interrupted.
///
/// Stopping never makes the GUI thread wait for a command's cancel grace: stop() says
/// stopping(), and runFinished() comes once every process of the run and its watch is gone.
///
/// Owned by the Document (whose graph and file it runs), which must outlive it. GUI thread
/// only.
class RunController : public QObject
{
    Q_OBJECT
public:
    explicit RunController(const Document *document, QObject *parent = nullptr);
    ~RunController() override;

    /// Runs the whole graph, or only checks it (dry run). False when there is no graph or a
    /// run is going; otherwise runStarted() or runRefused() follows.
    bool run(bool dryRun = false);
    /// Runs ids, and with prerequisites every resource they depend on.
    bool runResources(const std::vector<ResourceId> &ids, bool withPrerequisites);
    /// Runs the resources that failed or were skipped in the last run, nothing else.
    bool rerunFailed();
    /// Cancels the run, or ends the watch, without waiting for its processes: stopping()
    /// follows at once, runFinished() once they are gone.
    void stop();
    /// From an accepted run() until runFinished() or runRefused().
    bool isRunning() const { return m_accepted || m_watch.isActive(); }
    /// Between stop() and runFinished(): processes of the run are still being ended.
    bool isStopping() const { return m_stopping; }
    /// Whether a Run keeps converging after its first pass; turning it off ends a watch.
    void setKeepConverging(bool on);
    bool keepConverging() const { return m_keepConverging; }
    /// The first pass is over and the graph is being watched.
    bool isWatching() const { return m_watch.isWatching(); }
    /// The watch's bookkeeping: repairs per resource, last cause, converged time.
    const WatchMonitor &watch() const { return m_watch; }
    /// Failed or skipped resources exist that rerunFailed() would run.
    bool hasFailures() const;

    /// States by ResourceId as last handed on; resources outside the last run keep earlier
    /// states.
    const std::vector<ResourceState> &states() const { return m_states; }
    ResourceState state(ResourceId id) const;
    /// Resources per state, over the resources of the last run (all before the first run).
    StateCounts counts() const;
    /// The resource's last run record, live during a run (a running resource's has its start);
    /// nothing when it never ran.
    std::optional<RunRecord> record(ResourceId id) const;
    /// Seconds the resource has been running so far, or ran; 0 when it never started.
    double seconds(ResourceId id) const;
    /// Why the last run could not start; empty once a run started.
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    /// The engine, for tests: views never read it.
    Engine &engine() { return m_engine; }

    /// Reads path and replays it on the current graph, compressed to at most about 20
    /// seconds. False with error diagnostics when the file is bad, there is no graph, or a run
    /// is going; warnings (resources the graph lacks) may come with true.
    bool openRecordedRun(const QString &path, Diagnostics *diagnostics);
    /// Whether a run (live or replayed) has been shown to its end, so a report can be saved.
    bool hasRun() const { return m_hasRun; }
    /// The bars of the run shown (live or replayed).
    const RunTimeline &timeline() const { return m_timeline; }
    /// Microseconds into the recorded run that the replay has reached.
    qint64 replayNowUs() const { return m_replay.nowUs(); }
    /// The replay's states by ResourceId (Pending before its first event).
    const std::vector<ResourceState> &replayStates() const { return m_replayStates; }
    /// The critical path of the run shown, empty until it ended.
    const std::vector<ResourceId> &criticalPath() const { return m_summary.criticalPathIds; }
    /// The report of the run shown: engine records after a live run (with exit codes), the
    /// timeline's after a replay.
    RunReport runReport() const;

    /// The document's graph was replaced: every state is Pending again, no record is left.
    void resetForGraph();
    /// The graph grew in place (editing): per-resource state grows with it.
    void graphEdited();
    /// While watching, the document read its file again: states and records follow their
    /// resources to the new ids (`before[id]`: the new id's resource's old id, by kind and
    /// name, or InvalidId for a new one), the timeline starts over, and
    /// the watch takes on the new graph (graphFollowed()), unless the document's problems
    /// hold errors: then it keeps running the last good graph and graphRefused() says why.
    void followReload(const std::vector<ResourceId> &before);

signals:
    /// run() was accepted (true) or the run is over: finished or refused (false).
    void runningChanged(bool running);
    /// The run is built and going; the states of its resources are Pending.
    void runStarted(bool dryRun);
    /// The next batch of the run's events, in stream order; every event is in one batch.
    void eventsRead(const std::vector<converge::RunEvent> &events);
    /// States of the listed resources changed; follows the eventsRead() that changed them.
    void statesChanged(const std::vector<converge::ResourceId> &changed);
    void runFinished(const converge::RunSummary &summary);
    /// The first pass ended and the graph is watched (true), or the watch ended (false).
    void watchingChanged(bool watching);
    /// stop() was asked: nothing new starts, and runFinished() follows once every process of
    /// the run and its watch is gone.
    void stopping();
    /// The watch took on the reloaded graph; line says what that meant, for the log.
    void graphFollowed(const QString &line);
    /// The reloaded graph has errors (each with file:line:col): the watch keeps running the
    /// graph it had.
    void graphRefused(const converge::Diagnostics &errors);
    /// What watch mode said since the last batch (drift seen, checks, holds), for the log.
    void watchNotes(const std::vector<converge::WatchNote> &notes);
    /// A run could not start; diagnostics() now says why.
    void runRefused(const converge::Diagnostics &reasons);
    /// A replay began: every replayed state is Pending and the timeline is empty.
    void replayStarted();
    /// The next events of a replay (already in timeline()), and the resources whose
    /// replayStates() they changed.
    void replayRead(const std::vector<converge::RunEvent> &events,
                    const std::vector<converge::ResourceId> &changed);
    /// A replay handed out its last event; criticalPath() and runReport() describe it.
    void replayFinished();

private:
    bool startRun(RunOptions options);
    void engineStarted();
    void engineRefused(const Diagnostics &reasons);
    void engineFinished(const RunSummary &summary);
    /// Reads and hands on one bounded batch; queues the next pass while a backlog is left.
    void readBatch();
    void completeRun();
    void watchBatch(const std::vector<RunEvent> &events, const std::vector<RunRecord> &records,
                    const std::vector<WatchNote> &notes);
    /// Applies a batch's state events to the states and the timeline, then hands the batch on
    /// (eventsRead, watchNotes, statesChanged).
    void handOn(const std::vector<RunEvent> &events, const std::vector<WatchNote> &notes = {});
    void endWatch();
    /// The watch's last process is gone: the run is over.
    void watchStopped();
    void replayAdvanced(const std::vector<RunEvent> &events);
    void endReplay();

    const Document *m_document;
    Engine m_engine;
    QTimer m_backlog; ///< the next batch of a backlog, on the next event-loop pass
    bool m_accepted = false;
    bool m_stopping = false;
    bool m_watchWasOn = false; ///< the watch being stopped had resumed after the first pass
    bool m_dryRun = false;
    std::optional<RunSummary> m_finished; ///< the engine is done; its events are still read
    qsizetype m_eventIndex = 0;
    Diagnostics m_diagnostics;
    std::vector<ResourceId> m_runIds;
    std::vector<ResourceState> m_states;
    std::vector<qint64> m_startUs; ///< the running try's start, from its Running event
    std::vector<std::optional<RunRecord>> m_records; ///< from finished runs

    RunTimeline m_timeline;
    RunReplay m_replay;
    bool m_hasRun = false;
    bool m_replayed = false; ///< the run shown is a replay of m_replayFile
    QString m_replayFile;
    RunSummary m_summary; ///< of the run shown, once it ended
    std::vector<ResourceState> m_replayStates;

    bool m_keepConverging = false;
    /// Declared after m_engine: destroyed first, it ends its checks before the engine goes.
    WatchMonitor m_watch;
};

} // namespace converge
