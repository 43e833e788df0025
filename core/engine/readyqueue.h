#pragma once

#include "model/resource.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <span>

namespace converge {

/// The resources that are ready for a CPU worker, first come first served, shared by the
/// engine's CPU workers; also the next tries of resources that compute after a retry delay
/// (marked with WaitingResources::RetryBit).
///
/// Each worker is one long task on the engine's QThreadPool that pops until the run closes
/// the queue. A pool task per resource instead cost an allocation, the pool's lock and its
/// priority queue for every resource, and a noop's whole bookkeeping is cheaper than that.
/// Pushing takes the lock once per batch and wakes only as many sleeping workers as it brings
/// work for. Thread-safe.
class ReadyQueue
{
public:
    void push(std::span<const ResourceId> ids);
    /// Blocks until a resource is ready or the queue is closed; InvalidId once it is closed
    /// and empty.
    ResourceId pop();
    /// Wakes every worker; pop() no longer blocks. Called when the run has ended.
    void close();
    /// Whether a worker is asleep in pop(), without the lock: a worker that has work to spare
    /// shares it only then.
    bool hasSleepers() const { return m_sleeping.load(std::memory_order_relaxed) > 0; }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<ResourceId> m_ready;
    std::atomic<int> m_sleeping{0}; ///< changed under the lock
    bool m_closed = false;
};

} // namespace converge
