#pragma once

#include "cancellation.h"
#include "checkapply.h"
#include "eventlog.h"
#include "graph.h"
#include "metaparams.h"
#include "runoptions.h"
#include "runrecord.h"
#include "scheduler.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace converge {

class ProcessRunner;

/// One run of an Engine: the graph snapshot, the per-resource state and records, the event log,
/// the thread pools, and the code that executes a resource and moves on to what it unblocked.
///
/// Two pools, because a resource waiting on a child process must not keep a CPU-bound resource
/// from a core: noop and file resources (and all bookkeeping) run on the CPU pool, one thread
/// per core; exec resources and any resource with a retry delay run on the waiting pool, where
/// each blocks in poll() on its process's pipes, a pidfd and the run's cancellation eventfd
/// while taking no CPU at all. A thread per waiting resource is the simplest way to keep a
/// process's output, timeout and cancel handling in one straight function; the waiting pool is
/// bounded by -j when given, and its threads get small stacks.
///
/// Completion is push-based: the thread that finishes a resource counts down its dependents'
/// join counters and dispatches those that became ready; a CPU resource keeps one of them on
/// its own thread (taskflow's continuation), so a chain runs without a pool hand-off. Nothing
/// waits on a timer; the last resource to finish calls onFinished.
class EngineRun
{
public:
    struct Node
    {
        std::unique_ptr<CheckApply> worker; ///< null for resources outside the run
        MetaParams meta;
        bool waits = false; ///< runs on the waiting pool
    };

    /// onEvents and onFinished are called from pool threads (or from cancel()); they must only
    /// post to the owner's thread.
    EngineRun(const Graph &graph, const RunOptions &options, std::vector<Node> nodes,
              std::vector<bool> inRun, std::shared_ptr<ProcessRunner> processes,
              std::function<void()> onEvents, std::function<void()> onFinished);
    ~EngineRun();

    void start();
    void cancel();
    /// Blocks until no pool thread is inside the run any more.
    void waitForDone();

    const Graph &graph() const { return m_graph; }
    std::uint32_t capacity() const { return std::uint32_t(m_nodes.size()); }
    bool inRun(ResourceId id) const { return id < m_inRun.size() && m_inRun[id]; }
    ResourceState state(ResourceId id) const;
    bool changed(ResourceId id) const;
    RunRecord record(ResourceId id) const;
    RunSummary summary() const;
    EventLog &events() { return m_events; }
    const EventLog &events() const { return m_events; }

private:
    friend class NodeContext;
    static constexpr std::uint8_t ChangedBit = 0x80;

    qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }
    void post(RunEvent event);
    void postState(ResourceId id, ResourceState state, bool changed);
    bool claim(ResourceId id, ResourceState to);
    void dispatch(ResourceId id);
    void runFrom(ResourceId id);
    /// Runs id to a final state; returns a ready CPU resource to run next on this thread.
    ResourceId execute(ResourceId id);
    CheckApplyResult attempt(ResourceId id, class NodeContext &context);
    void release(int finalized);

    Graph m_graph;
    RunOptions m_options;
    std::vector<Node> m_nodes;
    std::vector<bool> m_inRun;
    std::shared_ptr<ProcessRunner> m_processes;
    std::function<void()> m_onEvents;
    std::function<void()> m_onFinished;
    Scheduler m_scheduler;
    std::unique_ptr<std::atomic<std::uint8_t>[]> m_states; ///< ResourceState | ChangedBit
    std::vector<RunRecord> m_records; ///< written by the running thread, read once final
    EventLog m_events;
    Cancellation m_cancellation;
    std::atomic<bool> m_cancelRequested{false};
    std::atomic<int> m_remaining{0};
    std::atomic<qint64> m_endUs{-1};
    QElapsedTimer m_clock;
    QDateTime m_startedAt;
    QThreadPool m_cpuPool;
    QThreadPool m_waitPool;
};

} // namespace converge
