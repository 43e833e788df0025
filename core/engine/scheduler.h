#pragma once

#include "model/metaparams.h"
#include "model/resource.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <set>
#include <vector>

namespace converge {

class RunGraph;

/// Decides which resources may start: the pure "what may run next" half of the engine, with
/// no threads, clocks or processes, so it is tested step by step.
///
/// Every resource in the run holds an atomic join counter of unfinished prerequisites (as
/// taskflow does); finish() counts its dependents down and returns those that reached zero.
/// A failure instead poisons the dependents, which are returned as skipped at once, and so on
/// down: exactly the descendants are skipped, every other branch goes on. Ready resources then
/// pass admission: a cap on how many run at once (-j) and mgmt's counting semaphores. A
/// resource's semaphores are taken all at once under one lock or not at all, so two resources
/// wanting the same pair can never each hold one and wait for the other. When something must
/// wait, the ready resource with the longest chain of dependents goes first (ninja's
/// critical-path order). Without a cap or semaphores, finish() takes no lock.
///
/// begin() once, then finish() from any thread, once per started resource.
class Scheduler
{
public:
    /// What a call decided; reuse one per thread to avoid allocations.
    struct Step
    {
        std::vector<ResourceId> start;   ///< admitted: run these now
        std::vector<ResourceId> skipped; ///< will never run: a prerequisite failed or was skipped
        void clear()
        {
            start.clear();
            skipped.clear();
        }
    };

    /// shape must outlive the scheduler. jobs 0 = no cap. semaphores is indexed by ResourceId
    /// and may be empty.
    Scheduler(const RunGraph &shape, int jobs,
              const std::vector<std::vector<SemaphoreRequest>> &semaphores);
    ~Scheduler();

    /// Resources without prerequisites, admitted as far as caps allow.
    void begin(Step *step);
    /// id ended (ok = done, else failed or cancelled): frees its job slot and semaphores and
    /// counts down its dependents. Thread-safe.
    void finish(ResourceId id, bool ok, Step *step);
    /// Nothing is admitted any more; resources already waiting stay where they are.
    void stop();

    /// Resources in the run.
    int size() const;

private:
    static constexpr std::uint32_t Poisoned = 0x80000000u;

    bool needsAdmission(ResourceId id) const
    {
        return m_jobs > 0 || (m_anySemaphore && !m_semaphores[id].empty());
    }
    /// Passes step->start[from..] through admission, after freeing finished's slot and
    /// semaphores (InvalidId: none).
    void admit(ResourceId finished, size_t from, Step *step);
    bool fits(ResourceId id) const;
    void take(ResourceId id);
    void admitWaiting(Step *step);

    struct Waiting
    {
        int priority;
        ResourceId id;
        bool operator<(const Waiting &o) const
        {
            return priority != o.priority ? priority > o.priority : id < o.id;
        }
    };
    struct SemaphoreUse
    {
        int index; ///< into m_available
        int count;
    };

    const RunGraph &m_shape;
    int m_jobs = 0;
    bool m_anySemaphore = false; ///< spares the common case a look at every resource's list
    std::unique_ptr<std::atomic<std::uint32_t>[]> m_pending; ///< join counters | Poisoned
    std::vector<int> m_priority; ///< longest chain of dependents, in resources (1 for a sink)
    std::vector<std::vector<SemaphoreUse>> m_semaphores; ///< sorted by index, per ResourceId

    std::mutex m_admission; ///< guards everything below
    bool m_stopped = false;
    int m_running = 0; ///< admitted resources that needed admission and have not finished
    std::vector<int> m_available;
    std::set<Waiting> m_waiting;
};

} // namespace converge
