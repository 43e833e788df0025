#pragma once

#include "engine/runoptions.h"
#include "model/diagnostic.h"
#include "model/resource.h"
#include "model/resourcestate.h"
#include "model/runevent.h"
#include "model/runrecord.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace converge {

class EngineRun;
class Graph;
class ProcessRunner;

/// Runs a resource graph in parallel: each resource checks its state and applies a change only
/// when it is not converged, and it starts the moment its last prerequisite is done.
///
/// start() takes a snapshot of the graph and returns at once: validating it, building the run
/// and starting its threads happen on a thread of their own, so the caller's thread (the GUI's,
/// in the window) never waits for them. Then exactly one of refused() or started() follows, and
/// after started() some eventsAvailable() and one finished(). The caller may edit or destroy
/// the Graph meanwhile; ResourceIds of the snapshot are the Graph's ids.
///
/// Thread contract: the Engine belongs to the thread that created it. Every member function is
/// called from that thread only and every signal is emitted there; the run's own threads never
/// touch the Engine object except to post to it. Between start() and started() the queries
/// below describe no run (nothing is in it, every state Pending).
///
/// A failed resource skips exactly its descendants; every independent branch still runs to
/// its end (make's -k). CPU work runs on a QThreadPool the run owns; resources that wait on
/// child processes hold no thread at all: their commands are served by one reactor thread,
/// however many run, so a sleeping command never keeps a CPU-bound resource from a core (see
/// enginerun.h).
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(QObject *parent = nullptr);
    /// Cancels a run still going (or starting) and waits until no thread or child process is
    /// left.
    ~Engine() override;

    /// Every reason the graph cannot run: unsupported kinds (one diagnostic per resource),
    /// parameters the resources cannot use, cycles. Empty when a run would be accepted. Pure:
    /// any thread.
    static Diagnostics validate(const Graph &graph, const RunOptions &options = {});

    /// Takes a snapshot of graph and starts preparing a run of it; returns at once. False, with
    /// nothing emitted, while a run is still going or starting. Otherwise refused() follows
    /// when validate() reports an error (nothing executes), or started() when the run goes.
    bool start(const Graph &graph, const RunOptions &options = {});
    /// Stops the run: nothing new starts, resources not started become Cancelled, running
    /// process groups get SIGTERM and, after RunOptions::cancelGraceMs, SIGKILL. finished()
    /// still follows (refused() instead, when the run turns out invalid). Harmless when idle or
    /// called twice; a run still being prepared is cancelled as soon as it exists.
    void cancel();
    /// True from an accepted start() until just before finished() or refused() is emitted.
    bool isRunning() const;

    /// Size for arrays indexed by ResourceId in the current (or last) run.
    std::uint32_t resourceCapacity() const;
    /// Whether the resource takes part in the current run (see RunOptions::subset).
    bool inRun(ResourceId id) const;
    /// The resource's current state; Pending for unknown ids.
    ResourceState state(ResourceId id) const;
    /// The resource's record; complete once state(id) is final, before that only its state.
    RunRecord record(ResourceId id) const;
    /// Totals so far; final once finished() was emitted.
    RunSummary summary() const;
    /// Microseconds since the current (or last) run started, on the clock of RunEvent::timeUs;
    /// 0 before any run.
    qint64 runTimeUs() const;

    /// Number of events in the stream so far.
    qsizetype eventCount() const;
    /// Appends events [from, eventCount()) to out, at most max of them when max >= 0, and
    /// returns the index to read from next. Events are never removed during a run.
    qsizetype readEvents(qsizetype from, std::vector<RunEvent> *out, qsizetype max = -1) const;

    /// Replaces how processes are started (tests use fakes). Takes effect at the next start().
    void setProcessRunner(std::shared_ptr<ProcessRunner> runner);

signals:
    /// The run accepted by start() is built and its threads go; inRun() and the queries now
    /// describe it.
    void started();
    /// The graph cannot run (see validate()); nothing was executed and isRunning() is false.
    void refused(const converge::Diagnostics &reasons);
    /// New events can be read. Coalesced: at most one is queued at any time, and while events
    /// keep coming it fires at most every few tens of milliseconds, so a consumer reads
    /// everything from its last index when it fires. An event after a quiet spell is
    /// announced at once.
    void eventsAvailable();
    /// The run ended; every resource in it is final. Emitted after a last eventsAvailable().
    void finished(const converge::RunSummary &summary);

private:
    struct Preparation;
    /// Runs on the preparing thread: validates the snapshot and builds and starts the run.
    void prepareRun(std::shared_ptr<const Graph> graph, RunOptions options,
                    std::shared_ptr<ProcessRunner> processes, QThread *owner);
    /// Back on the engine's thread: takes over what prepareRun() made.
    void adoptRun();
    /// A writer raised the notification flag (posted from the run's threads).
    void notifyEvents();
    /// Emits eventsAvailable() and starts an interval.
    void announceEvents();
    void notifyIntervalEnded();
    void finishRun();

    std::shared_ptr<ProcessRunner> m_processRunner;
    std::unique_ptr<EngineRun> m_run;
    /// Prepares the run accepted by start(); joined by the next start() and the destructor.
    std::thread m_preparing;
    std::mutex m_handoff;                    ///< guards m_prepared
    std::unique_ptr<Preparation> m_prepared; ///< from m_preparing to adoptRun()
    bool m_running = false;
    bool m_cancelPending = false;        ///< cancel() came before the run existed
    std::optional<RunSummary> m_summary; ///< the finished run's, computed once
    QTimer m_notifyTimer;
    qsizetype m_announced = 0; ///< events covered by the last eventsAvailable()
};

} // namespace converge
