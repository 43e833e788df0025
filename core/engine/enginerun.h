#pragma once

#include "engine/eventlog.h"
#include "engine/readyqueue.h"
#include "engine/rungraph.h"
#include "engine/runoptions.h"
#include "engine/scheduler.h"
#include "engine/waitingresources.h"
#include "model/metaparams.h"
#include "model/runrecord.h"
#include "resources/cancellation.h"
#include "resources/checkapply.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThreadPool>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace converge {

class ProcessRunner;

class NodeContext;
class ProcessRunner;

/// One run of an Engine: the run's shape, the per-resource state and records, the event log,
/// the CPU pool and the reactor, and the code that executes a resource and moves on to what it
/// unblocked.
///
/// CPU resources (noop, file) and all bookkeeping run on the CPU pool, where one worker per
/// core pops ready resources from a ReadyQueue until the run ends. Resources that wait (exec,
/// and any resource with a retry delay) hold no thread: an exec attempt is started with
/// CheckApply::startCheckApply() and its commands are served by the ProcessRunner's reactor;
/// a retry delay is a timer on the run's own Reactor, cut short by a cancel. Their number in
/// flight is held to -j and to what file descriptors allow (CommandGate). Their first attempt
/// and every retry start on the run's reactor thread, which carries RunOptions::niceness like
/// the CPU workers, so every command inherits it.
///
/// Completion is push-based: whichever thread finishes a resource (a CPU worker, or a
/// reactor's for a resource that waited) counts down its dependents' join counters and
/// dispatches those that became ready; a CPU resource keeps one of them on its own thread
/// (taskflow's continuation), so a chain runs without a hand-off. Nothing waits on a timer;
/// the last resource to finish closes the queue and calls onFinished.
class EngineRun
{
public:
    /// The source of a `notify: true` edge into a resource of the run.
    struct Notifier
    {
        ResourceId from;
        QString key;       ///< "kind/name", for the refresh event
        bool sent = false; ///< outside the run, it sent its refresh before the run began
    };
    struct Node
    {
        std::shared_ptr<CheckApply> worker; ///< null for resources outside the run
        MetaParams meta;
        bool waits = false;   ///< runs through WaitingResources, holding no thread
        bool instant = false; ///< CheckApply::isInstant()
        /// Prerequisites whose change sends this resource a refresh, in edge order; each is
        /// final before this one starts, so reading their state needs no lock.
        std::vector<Notifier> notifiers;
    };

    /// onEvents and onFinished are called from pool threads (or from cancel()); they must only
    /// post to the owner's thread.
    EngineRun(RunGraph shape, const RunOptions &options, std::vector<Node> nodes,
              std::shared_ptr<ProcessRunner> processes, std::function<void()> onEvents,
              std::function<void()> onFinished);
    ~EngineRun();

    /// Starts the workers. Call once, from the thread that built the run.
    void start();
    /// See Engine::cancel(). Any thread, also while resources finish on pool threads.
    void cancel();
    /// Blocks until no thread is inside the run any more and no resource is in flight.
    void waitForDone();
    /// Gives the CPU pool (a QObject) to thread, the run's owner from now on. Call from the
    /// thread that built the run, before start().
    void moveToThread(QThread *thread);
    /// Every resource is final; onFinished has been or is being called.
    bool hasEnded() const { return m_endUs.load() >= 0; }
    /// Microseconds since start(): RunEvent::timeUs's clock. Any thread.
    qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }

    std::uint32_t capacity() const { return std::uint32_t(m_nodes.size()); }
    bool inRun(ResourceId id) const { return m_shape.inRun(id); }
    ResourceState state(ResourceId id) const;
    bool changed(ResourceId id) const;
    /// mgmt's rule for sending a refresh along id's notify edges: it converged by applying a
    /// change, for real (not in noop, where nothing was done).
    bool sentRefresh(ResourceId id) const;
    RunRecord record(ResourceId id) const;
    RunSummary summary() const;
    EventLog &events() { return m_events; }
    const EventLog &events() const { return m_events; }

private:
    friend class NodeContext;
    friend class WaitingResources;
    static constexpr std::uint8_t ChangedBit = 0x80;

    /// event.timeUs must be set.
    void post(std::span<const RunEvent> events);
    void post(const RunEvent &event) { post({&event, 1}); }
    static RunEvent stateEvent(ResourceId id, ResourceState state, bool changed, qint64 timeUs);
    void postState(ResourceId id, ResourceState state, bool changed, qint64 timeUs);
    bool claim(ResourceId id, ResourceState to);
    /// Hands ready resources on: waiting ones to startWaiting(), CPU ones to the workers,
    /// except one that a CPU resource just finished on this thread keeps for itself (returned;
    /// InvalidId if none).
    ResourceId dispatch(const std::vector<ResourceId> &ready, ResourceId current);
    /// Applies RunOptions::niceness to the calling thread, once.
    void lowerPriority() const;
    /// A CPU worker: runs ready resources until the run ends.
    void work();
    void runFrom(ResourceId id);
    /// Runs CPU resource id to a final state, starting at *timeUs, and sets *timeUs to its end.
    /// Adds the resources it made final to *finalized, for release(). Returns a ready CPU
    /// resource to run next on this thread.
    ResourceId execute(ResourceId id, qint64 *timeUs, int *finalized);
    /// id starts: its Running state (unless it is instant and posts it with its final one)
    /// and its refreshes. False when it was cancelled meanwhile.
    bool open(ResourceId id, qint64 timeUs, bool instant);
    /// Records id's final state from result, posts it, skips what its failure skips. Returns
    /// the time it ended; the dependents it made ready are in *step.
    qint64 conclude(ResourceId id, const CheckApplyResult &result, NodeContext &context,
                    bool instant, int *finalized, Scheduler::Step *step);
    /// The notifiers of id that sent it a refresh, as "kind/name"; posts one Refresh event for
    /// each at timeUs.
    QStringList receiveRefreshes(ResourceId id, qint64 timeUs);
    /// The CPU resources' attempts, retries without delay included, on the calling thread.
    CheckApplyResult attempt(ResourceId id, NodeContext &context);
    /// Counts a try: Running again for a retry, the meta timeout restarted. Returns whether
    /// the attempt is already decided (hidden, cancelled, a refresh in noop) in *decided.
    bool beginTry(ResourceId id, NodeContext &context, CheckApplyResult *decided);
    /// After a failed try: true, with a message, when id gets another.
    bool retries(ResourceId id, const CheckApplyResult &result, NodeContext &context);

    void release(int finalized);
    /// Something that touches the run began or ended (a CPU worker, a resource in flight);
    /// waitForDone() waits until none is left.
    void busy();
    void idle();

    RunGraph m_shape;
    RunOptions m_options;
    std::vector<Node> m_nodes;
    /// Node::waits again, one byte per resource: dispatch() asks it of every resource that
    /// becomes ready, and this array stays in cache where the nodes would not.
    std::vector<std::uint8_t> m_waits;
    std::shared_ptr<ProcessRunner> m_processes;
    std::function<void()> m_onEvents;
    std::function<void()> m_onFinished;
    Scheduler m_scheduler;
    std::unique_ptr<std::atomic<std::uint8_t>[]> m_states; ///< ResourceState | ChangedBit
    std::vector<RunRecord> m_records; ///< written by the running thread, read once final
    EventLog m_events;
    Cancellation m_cancellation;
    std::atomic<bool> m_cancelRequested{false};
    std::atomic<bool> m_outOfMemory{false}; ///< the event log was truncated; the run stopped
    std::atomic<int> m_remaining{0};
    std::atomic<qint64> m_endUs{-1};
    std::mutex m_busyMutex; ///< guards m_busy
    std::condition_variable m_idle;
    int m_busy = 0; ///< CPU workers and waiting resources in flight
    /// The context of each waiting resource in flight, by id; each slot is touched by the one
    /// thread that runs the resource's attempt at a time.
    std::vector<std::unique_ptr<NodeContext>> m_contexts;
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    ReadyQueue m_ready;
    QThreadPool m_cpuPool;
    /// Last, so that its reactor stops first: no timer or task runs on a half-destroyed run.
    WaitingResources m_waiting;
};

} // namespace converge
