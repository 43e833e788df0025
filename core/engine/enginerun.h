#pragma once

#include "engine/eventlog.h"
#include "engine/readyqueue.h"
#include "engine/rungraph.h"
#include "engine/runoptions.h"
#include "engine/scheduler.h"
#include "model/metaparams.h"
#include "model/runrecord.h"
#include "resources/cancellation.h"
#include "resources/checkapply.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace converge {

class ProcessRunner;

/// One run of an Engine: the run's shape, the per-resource state and records, the event log,
/// the thread pools, and the code that executes a resource and moves on to what it unblocked.
///
/// Two pools, because a resource waiting on a child process must not keep a CPU-bound resource
/// from a core: noop and file resources (and all bookkeeping) run on the CPU pool, where one
/// worker per core pops ready resources from a ReadyQueue until the run ends; exec resources and
/// any resource with a retry delay run on the waiting pool, where each blocks in poll() on its
/// process's pipes, a pidfd and the run's cancellation eventfd while taking no CPU at all. A thread
/// per waiting resource is the simplest way to keep a process's output, timeout and cancel handling
/// in one straight function; the waiting pool is bounded by -j when given, and its threads get
/// small stacks.
///
/// Completion is push-based: the thread that finishes a resource counts down its dependents'
/// join counters and dispatches those that became ready; a CPU resource keeps one of them on
/// its own thread (taskflow's continuation), so a chain runs without a hand-off. Nothing
/// waits on a timer; the last resource to finish closes the queue and calls onFinished.
class EngineRun
{
public:
    /// The source of a `notify: true` edge into a resource of the run.
    struct Notifier
    {
        ResourceId from;
        QString key; ///< "kind/name", for the refresh event
    };
    struct Node
    {
        std::shared_ptr<CheckApply> worker; ///< null for resources outside the run
        MetaParams meta;
        bool waits = false;   ///< runs on the waiting pool
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

    /// Starts the threads. Call once, from the thread that built the run.
    void start();
    /// See Engine::cancel(). Any thread, also while resources finish on pool threads.
    void cancel();
    /// Blocks until no pool thread is inside the run any more.
    void waitForDone();
    /// Gives the thread pools (QObjects) to thread, the run's owner from now on. Call from the
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
    static constexpr std::uint8_t ChangedBit = 0x80;

    /// event.timeUs must be set.
    void post(std::span<const RunEvent> events);
    void post(const RunEvent &event) { post({&event, 1}); }
    static RunEvent stateEvent(ResourceId id, ResourceState state, bool changed, qint64 timeUs);
    void postState(ResourceId id, ResourceState state, bool changed, qint64 timeUs);
    bool claim(ResourceId id, ResourceState to);
    /// Hands ready resources on: waiting ones each to a waiting thread, CPU ones to the
    /// workers, except one that a CPU resource just finished on this thread keeps for itself
    /// (returned; InvalidId if none).
    ResourceId dispatch(const std::vector<ResourceId> &ready, ResourceId current);
    /// Applies RunOptions::niceness to the calling pool thread, once.
    void lowerPriority() const;
    /// A CPU worker: runs ready resources until the run ends.
    void work();
    void runFrom(ResourceId id);
    /// Runs id to a final state, starting at *timeUs, and sets *timeUs to its end. Adds the
    /// resources it made final to *finalized, for release(). Returns a ready CPU resource to
    /// run next on this thread.
    ResourceId execute(ResourceId id, qint64 *timeUs, int *finalized);
    /// The notifiers of id that sent it a refresh, as "kind/name"; posts one Refresh event for
    /// each at timeUs.
    QStringList receiveRefreshes(ResourceId id, qint64 timeUs);
    CheckApplyResult attempt(ResourceId id, class NodeContext &context);
    void release(int finalized);
    /// Ends every pool task (m_tasks counts them), so that waitForDone() returns only after
    /// each task's last access to the run in a way ThreadSanitizer sees: QThreadPool's own
    /// wait is a futex it cannot.
    void taskEnded();

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
    std::atomic<int> m_tasks{0}; ///< pool tasks started and not yet returned
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    ReadyQueue m_ready;
    QThreadPool m_cpuPool;
    QThreadPool m_waitPool;
};

} // namespace converge
