#include "engine/waitingresources.h"

#include "engine/enginerun.h"
#include "engine/nodecontext.h"

namespace converge {

WaitingResources::WaitingResources(EngineRun &run, int capacity) : m_run(run), m_gate(capacity)
{
    m_reactor.post([this] { m_run.lowerPriority(); });
}

void WaitingResources::start(ResourceId id)
{
    m_run.busy();
    if (m_gate.enter(id))
        m_reactor.post([this, id] { begin(id); });
}

void WaitingResources::leave()
{
    if (const ResourceId next = m_gate.leave(); next != InvalidId)
        m_reactor.post([this, next] { begin(next); });
}

void WaitingResources::begin(ResourceId id)
{
    if (m_run.open(id, m_run.nowUs(), false)) {
        m_run.m_contexts[id] =
            std::make_unique<NodeContext>(m_run, id, !m_run.m_records[id].refreshedBy.isEmpty());
        tryOnce(id);
        return;
    }
    // Cancelled while it waited for a place: only its admission needs undoing, and its place
    // goes to the next one, which meets the same fate.
    Scheduler::Step step;
    m_run.m_scheduler.finish(id, false, &step);
    leave();
    m_run.idle();
}

void WaitingResources::tryOnce(ResourceId id)
{
    NodeContext &context = *m_run.m_contexts[id];
    CheckApplyResult decided;
    if (m_run.beginTry(id, context, &decided))
        return attempted(id, decided);
    const EngineRun::Node &node = m_run.m_nodes[id];
    if (!node.worker->waitsOnProcesses()) {
        const ResourceId retry = id | RetryBit;
        m_run.m_ready.push({&retry, 1});
        return;
    }
    const bool apply = !m_run.m_options.noop && !node.meta.noop;
    node.worker->startCheckApply(apply, context,
                                 [this, id](CheckApplyResult r) { attempted(id, r); });
}

void WaitingResources::tryHere(ResourceId id)
{
    const EngineRun::Node &node = m_run.m_nodes[id];
    const bool apply = !m_run.m_options.noop && !node.meta.noop;
    attempted(id, node.worker->checkApply(apply, *m_run.m_contexts[id]));
}

void WaitingResources::attempted(ResourceId id, const CheckApplyResult &result)
{
    if (m_run.retries(id, result, *m_run.m_contexts[id])) {
        const qint64 delayMs = m_run.m_nodes[id].meta.delayMs;
        std::lock_guard lock(m_delayMutex);
        // Through the reactor even without a delay: a try that ends at once would otherwise
        // recurse once per retry. After a cancel, the next try only sees it and ends.
        if (delayMs <= 0 || m_cancelled)
            m_reactor.post([this, id] { tryOnce(id); });
        else
            m_delays[id] = m_reactor.addTimer(delayMs, [this, id] { delayEnded(id); });
        return;
    }
    int finalized = 0;
    Scheduler::Step step;
    m_run.conclude(id, result, *m_run.m_contexts[id], false, &finalized, &step);
    m_run.m_contexts[id].reset();
    leave();
    m_run.dispatch(step.start, InvalidId);
    m_run.release(finalized);
    m_run.idle();
}

void WaitingResources::delayEnded(ResourceId id)
{
    {
        std::lock_guard lock(m_delayMutex);
        if (m_delays.erase(id) == 0)
            return; // cancel() took it
    }
    tryOnce(id);
}

void WaitingResources::cancel()
{
    std::map<ResourceId, Reactor::Handle> delays;
    {
        std::lock_guard lock(m_delayMutex);
        m_cancelled = true;
        delays.swap(m_delays);
    }
    // Outside the lock: remove() waits for a timer that is running, and that timer takes it.
    for (const auto &[id, timer] : delays) {
        m_reactor.remove(timer);
        m_reactor.post([this, id = id] { tryOnce(id); });
    }
}

} // namespace converge
