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
#include <optional>
#include <vector>

namespace converge {

class EngineRun;
class Graph;
class ProcessRunner;

/// Runs a resource graph in parallel: each resource checks its state and applies a change only
/// when it is not converged, and it starts the moment its last prerequisite is done.
///
/// The engine takes a snapshot of the graph at start(), so the caller may edit or destroy the
/// Graph while it runs; ResourceIds of the snapshot are the Graph's ids. The Engine object
/// belongs to the thread that created it (start() and the signals happen there), but state(),
/// changed(), eventCount(), readEvents() and cancel() may be called from any thread.
///
/// A failed resource skips exactly its descendants; every independent branch still runs to
/// its end (make's -k). CPU work runs on a QThreadPool the engine owns; resources that wait on
/// child processes run on a second pool of waiting threads, so a sleeping command never keeps
/// a CPU-bound resource from a core (see engine.cpp).
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(QObject *parent = nullptr);
    /// Cancels a run still going and waits until no thread or child process is left.
    ~Engine() override;

    /// Every reason the graph cannot run: unsupported kinds (one diagnostic per resource),
    /// parameters the resources cannot use, cycles. Empty when start() would accept it.
    static Diagnostics validate(const Graph &graph, const RunOptions &options = {});

    /// Starts a run and returns at once. Returns false, fills diagnostics and executes nothing
    /// when validate() reports an error or a run is still going. finished() follows every
    /// successful start, also for an empty graph. Call from the engine's thread.
    bool start(const Graph &graph, const RunOptions &options = {},
               Diagnostics *diagnostics = nullptr);
    /// Stops the run: nothing new starts, resources not started become Cancelled, running
    /// process groups get SIGTERM and, after RunOptions::cancelGraceMs, SIGKILL. finished()
    /// still follows. Any thread; harmless when idle or called twice.
    void cancel();
    /// True from start() until just before finished() is emitted.
    bool isRunning() const;

    /// Size for arrays indexed by ResourceId in the current (or last) run.
    std::uint32_t resourceCapacity() const;
    /// Whether the resource takes part in the current run (see RunOptions::subset).
    bool inRun(ResourceId id) const;
    /// The resource's current state, lock-free, from any thread; Pending for unknown ids.
    ResourceState state(ResourceId id) const;
    /// Whether the resource changed the machine (or would, in noop); meaningful once final.
    bool changed(ResourceId id) const;
    /// The resource's record; complete once state(id) is final, before that only its state.
    RunRecord record(ResourceId id) const;
    /// Totals so far; final once finished() was emitted.
    RunSummary summary() const;

    /// Number of events in the stream so far. Any thread.
    qsizetype eventCount() const;
    /// Appends events [from, eventCount()) to out, at most max of them when max >= 0, and
    /// returns the index to read from next. Any thread; events are never removed during a run.
    qsizetype readEvents(qsizetype from, std::vector<RunEvent> *out, qsizetype max = -1) const;

    /// Replaces how processes are started (tests use fakes). Takes effect at the next start().
    void setProcessRunner(std::shared_ptr<ProcessRunner> runner);

signals:
    /// New events can be read. Coalesced: at most one is queued at any time, and while events
    /// keep coming it fires at most every few tens of milliseconds, so a consumer reads
    /// everything from its last index when it fires. An event after a quiet spell is
    /// announced at once.
    void eventsAvailable();
    /// The run ended; every resource in it is final. Emitted in the engine's thread, after a
    /// last eventsAvailable().
    void finished(const converge::RunSummary &summary);

private:
    void notifyEvents();
    void notifyIntervalEnded();
    void finishRun();

    std::shared_ptr<ProcessRunner> m_processRunner;
    std::unique_ptr<EngineRun> m_run;
    bool m_running = false;
    std::optional<RunSummary> m_summary; ///< the finished run's, computed once
    QTimer m_notifyTimer;
    qsizetype m_announced = 0; ///< events covered by the last eventsAvailable()
};

} // namespace converge
