#include "engine/enginerun.h"

#include "engine/nodecontext.h"
#include "engine/waitingresources.h"
#include "resources/posixprocessrunner.h"

#include <QCoreApplication>

#include <sys/resource.h>
#include <unistd.h>

namespace converge {

namespace {
/// Ready CPU resources a worker keeps for itself (see dispatch()); a pool thread serves one
/// run only, so this belongs to that run.
thread_local std::vector<ResourceId> t_kept;
} // namespace

EngineRun::EngineRun(RunGraph shape, const RunOptions &options, std::vector<Node> nodes,
                     std::shared_ptr<ProcessRunner> processes, std::function<void()> onEvents,
                     std::function<void()> onFinished)
    : m_shape(std::move(shape)), m_options(options), m_nodes(std::move(nodes)),
      m_waits(m_nodes.size()),
      m_processes(processes ? std::move(processes)
                            : std::make_shared<PosixProcessRunner>(options.niceness)),
      m_onEvents(std::move(onEvents)), m_onFinished(std::move(onFinished)),
      m_scheduler(m_shape, options.jobs,
                  [this] {
                      std::vector<std::vector<SemaphoreRequest>> semaphores;
                      for (size_t i = 0; i < m_nodes.size(); ++i) {
                          if (m_nodes[i].meta.sema.empty())
                              continue;
                          semaphores.resize(m_nodes.size());
                          semaphores[i] = m_nodes[i].meta.sema;
                      }
                      return semaphores;
                  }()),
      m_states(std::make_unique<std::atomic<std::uint8_t>[]>(m_nodes.size())),
      m_records(m_nodes.size()),
      m_events(2 * qsizetype(m_shape.size())), // Running and a final state each
      m_contexts(m_nodes.size()),
      // With no -j, "all that are ready", within what descriptors allow.
      m_waiting(*this, std::min(options.jobs > 0 ? options.jobs : std::numeric_limits<int>::max(),
                                m_processes->maxConcurrent()))
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        m_states[i].store(std::uint8_t(ResourceState::Pending), std::memory_order_relaxed);
        m_waits[i] = m_nodes[i].waits;
    }
    m_remaining.store(m_scheduler.size(), std::memory_order_relaxed);
    m_cpuPool.setMaxThreadCount(options.cpuThreads > 0 ? options.cpuThreads
                                                       : QThread::idealThreadCount());
}

EngineRun::~EngineRun()
{
    cancel();
    waitForDone();
}

void EngineRun::start()
{
    m_startedAt = QDateTime::currentDateTime();
    m_clock.start();
    if (m_scheduler.size() == 0) {
        m_endUs.store(0);
        m_onFinished();
        return;
    }
    Scheduler::Step step;
    m_scheduler.begin(&step);
    dispatch(step.start, InvalidId);
    for (int i = 0; i < m_cpuPool.maxThreadCount(); ++i) {
        busy();
        m_cpuPool.start([this] {
            work();
            idle();
        });
    }
}

void EngineRun::moveToThread(QThread *thread)
{
    m_cpuPool.moveToThread(thread);
}

void EngineRun::busy()
{
    std::lock_guard lock(m_busyMutex);
    ++m_busy;
}

void EngineRun::idle()
{
    // Notified under the lock: the waiter may free the run as soon as it can take the lock,
    // and this is the caller's last access to the run.
    std::lock_guard lock(m_busyMutex);
    if (--m_busy == 0)
        m_idle.notify_all();
}

void EngineRun::cancel()
{
    if (m_cancelRequested.exchange(true, std::memory_order_acq_rel))
        return;
    m_scheduler.stop();
    m_cancellation.trigger();
    m_waiting.cancel();
    int finalized = 0;
    const qint64 now = nowUs();
    for (ResourceId id = 0; id < capacity(); ++id) {
        if (inRun(id) && claim(id, ResourceState::Cancelled)) {
            postState(id, ResourceState::Cancelled, false, now);
            ++finalized;
        }
    }
    release(finalized);
}

void EngineRun::waitForDone()
{
    // The count under a mutex, rather than the pool's own wait (a futex ThreadSanitizer
    // cannot see), orders every access to the run before whatever the caller does next.
    std::unique_lock lock(m_busyMutex);
    m_idle.wait(lock, [this] { return m_busy == 0; });
    lock.unlock();
    m_cpuPool.waitForDone();
}

ResourceState EngineRun::state(ResourceId id) const
{
    if (id >= capacity())
        return ResourceState::Pending;
    return ResourceState(m_states[id].load(std::memory_order_acquire) & ~ChangedBit);
}

bool EngineRun::changed(ResourceId id) const
{
    return id < capacity() && (m_states[id].load(std::memory_order_acquire) & ChangedBit);
}

bool EngineRun::sentRefresh(ResourceId id) const
{
    return state(id) == ResourceState::Done && changed(id) && !m_options.noop &&
           !m_nodes[id].meta.noop;
}

RunRecord EngineRun::record(ResourceId id) const
{
    RunRecord r;
    const ResourceState s = state(id);
    // Only a final state publishes the record (release store after the last write to it).
    if (isFinal(s))
        r = m_records[id];
    r.state = s;
    r.changed = changed(id);
    return r;
}

RunSummary EngineRun::summary() const
{
    RunSummary s;
    s.noop = m_options.noop;
    s.interrupted = m_cancelRequested.load();
    if (m_outOfMemory.load())
        s.error = QCoreApplication::translate(
            "converge::EngineRun", "no memory left for the run's events: the run was stopped");
    s.startedAt = m_startedAt;
    const qint64 end = m_endUs.load();
    s.seconds = (end >= 0 ? end : nowUs()) / 1e6;
    std::vector<double> durations(capacity(), 0.0);
    for (ResourceId id = 0; id < capacity(); ++id) {
        if (!inRun(id))
            continue;
        const ResourceState state = this->state(id);
        // Only a final state publishes the record (release store after the last write to it).
        if (isFinal(state))
            durations[id] = m_records[id].seconds();
        switch (state) {
        case ResourceState::Done:
            ++s.done;
            // Under meta noop "changed" means "would change": nothing was, unless the whole
            // run is a noop run, whose summary counts what would.
            s.changed += changed(id) && (m_options.noop || !m_nodes[id].meta.noop) ? 1 : 0;
            break;
        case ResourceState::Failed:
            ++s.failed;
            break;
        case ResourceState::Skipped:
            ++s.skipped;
            break;
        case ResourceState::Cancelled:
            ++s.cancelled;
            break;
        case ResourceState::Pending:
        case ResourceState::Running:
            break;
        }
    }
    const RunGraph::CriticalPath path = m_shape.criticalPath(durations);
    s.criticalPath = path.length;
    s.criticalPathIds = path.path;
    return s;
}

void EngineRun::post(std::span<const RunEvent> events)
{
    if (m_events.append(events))
        m_onEvents();
    // Without memory for its events nobody could follow the run any more: stop it, and say
    // why in the summary, instead of running on blind.
    if (m_events.truncated() && !m_outOfMemory.exchange(true))
        cancel();
}

RunEvent EngineRun::stateEvent(ResourceId id, ResourceState state, bool changed, qint64 timeUs)
{
    RunEvent e;
    e.timeUs = timeUs;
    e.resource = id;
    e.state = state;
    e.changed = changed;
    return e;
}

void EngineRun::postState(ResourceId id, ResourceState state, bool changed, qint64 timeUs)
{
    post(stateEvent(id, state, changed, timeUs));
}

bool EngineRun::claim(ResourceId id, ResourceState to)
{
    auto expected = std::uint8_t(ResourceState::Pending);
    return m_states[id].compare_exchange_strong(expected, std::uint8_t(to),
                                                std::memory_order_acq_rel);
}

ResourceId EngineRun::dispatch(const std::vector<ResourceId> &ready, ResourceId current)
{
    thread_local std::vector<ResourceId> forWorkers;
    forWorkers.clear();
    ResourceId next = InvalidId;
    const bool continues = current != InvalidId && !m_waits[current];
    // While every other worker is busy, a worker keeps what it made ready: the queue's lock,
    // taken twice per shared resource, was a fifth of a noop's cost.
    const bool keep = continues && !m_ready.hasSleepers();
    for (ResourceId id : ready) {
        if (m_waits[id])
            m_waiting.start(id);
        else if (continues && next == InvalidId)
            next = id;
        else
            (keep ? t_kept : forWorkers).push_back(id);
    }
    m_ready.push(forWorkers);
    return next;
}

void EngineRun::lowerPriority() const
{
    // Linux keeps a niceness per thread, and a child process starts with its parent thread's.
    // The pools' threads belong to this run alone, so each sets it once.
    thread_local bool applied = false;
    if (m_options.niceness > 0 && !applied) {
        setpriority(PRIO_PROCESS, pid_t(gettid()), m_options.niceness);
        applied = true;
    }
}

void EngineRun::work()
{
    lowerPriority();
    for (ResourceId id = m_ready.pop(); id != InvalidId; id = m_ready.pop()) {
        if (id & WaitingResources::RetryBit)
            m_waiting.tryHere(id & ~WaitingResources::RetryBit);
        else
            runFrom(id);
    }
}

void EngineRun::runFrom(ResourceId id)
{
    // Reading the clock costs about 0.1 us on a VM, as much as the rest of a noop resource's
    // bookkeeping: a resource continued on this thread starts at the time its predecessor's
    // end was stamped, which is within the bookkeeping between them (well under a microsecond).
    lowerPriority();
    qint64 timeUs = nowUs();
    // The run's remaining count is shared by every thread; it is counted down once per
    // chain, not once per resource. Nothing can reach zero early: this chain's share is
    // still counted until the release below.
    int finalized = 0;
    while (id != InvalidId) {
        id = execute(id, &timeUs, &finalized);
        // A worker fell asleep: hand it what this one kept. It waited at most for the
        // resource that just ended, since this check follows every resource.
        if (!t_kept.empty() && m_ready.hasSleepers()) {
            m_ready.push(t_kept);
            t_kept.clear();
        }
        if (id == InvalidId && !t_kept.empty()) {
            id = t_kept.back();
            t_kept.pop_back();
        }
    }
    release(finalized);
}

ResourceId EngineRun::execute(ResourceId id, qint64 *timeUs, int *finalized)
{
    thread_local Scheduler::Step step;
    step.clear();
    // A refreshed resource may log something between its start and its end, so its Running
    // state goes first even when it would otherwise be posted with the final one.
    const bool instant = m_nodes[id].instant && m_nodes[id].notifiers.empty();
    if (!open(id, *timeUs, instant)) {
        // Cancelled while it waited for a worker: only its admission needs undoing.
        m_scheduler.finish(id, false, &step);
        return InvalidId;
    }
    NodeContext context(*this, id, !m_records[id].refreshedBy.isEmpty());
    const CheckApplyResult result = attempt(id, context);
    *timeUs = conclude(id, result, context, instant, finalized, &step);
    return dispatch(step.start, id);
}

bool EngineRun::open(ResourceId id, qint64 timeUs, bool instant)
{
    if (!claim(id, ResourceState::Running))
        return false;
    RunRecord &record = m_records[id];
    record.startUs = timeUs;
    if (!instant)
        postState(id, ResourceState::Running, false, record.startUs);
    if (!m_nodes[id].notifiers.empty())
        record.refreshedBy = receiveRefreshes(id, record.startUs);
    return true;
}

qint64 EngineRun::conclude(ResourceId id, const CheckApplyResult &result, NodeContext &context,
                           bool instant, int *finalized, Scheduler::Step *step)
{
    RunRecord &record = m_records[id];
    ResourceState final = ResourceState::Done;
    if (result.outcome == CheckApplyResult::Outcome::Failed)
        final = ResourceState::Failed;
    else if (result.outcome == CheckApplyResult::Outcome::Cancelled)
        final = ResourceState::Cancelled;
    const bool changed = result.outcome == CheckApplyResult::Outcome::Changed;
    if (!result.error.isEmpty()) {
        context.message(result.error);
        record.error = result.error;
    }
    record.exitCode = result.exitCode;
    record.endUs = nowUs();
    m_states[id].store(std::uint8_t(final) | (changed ? ChangedBit : 0), std::memory_order_release);
    if (instant) {
        const RunEvent both[] = {stateEvent(id, ResourceState::Running, false, record.startUs),
                                 stateEvent(id, final, changed, record.endUs)};
        post(both);
    } else {
        postState(id, final, changed, record.endUs);
    }

    m_scheduler.finish(id, final == ResourceState::Done, step);
    ++*finalized;
    const bool cancelling = m_cancelRequested.load(std::memory_order_acquire);
    const ResourceState below = cancelling ? ResourceState::Cancelled : ResourceState::Skipped;
    for (ResourceId skipped : step->skipped) {
        if (claim(skipped, below)) {
            postState(skipped, below, false, record.endUs);
            ++*finalized;
        }
    }
    return record.endUs;
}

QStringList EngineRun::receiveRefreshes(ResourceId id, qint64 timeUs)
{
    QStringList from;
    for (const Notifier &notifier : m_nodes[id].notifiers) {
        if (!notifier.sent && !sentRefresh(notifier.from))
            continue;
        from.append(notifier.key);
        RunEvent e;
        e.resource = id;
        e.type = RunEvent::Type::Refresh;
        e.text = notifier.key;
        e.timeUs = timeUs;
        post(e);
    }
    return from;
}

bool EngineRun::beginTry(ResourceId id, NodeContext &context, CheckApplyResult *decided)
{
    const Node &node = m_nodes[id];
    if (node.meta.hidden) {
        *decided = CheckApplyResult::converged();
        return true;
    }
    if (m_cancellation.isTriggered()) {
        *decided = {CheckApplyResult::Outcome::Cancelled, -1, {}};
        return true;
    }
    RunRecord &record = m_records[id];
    // Each retry announces itself as Running again, so the log and the timeline show one
    // entry per try; the first try's Running was posted when the resource started.
    if (record.tries > 0)
        postState(id, ResourceState::Running, false, nowUs());
    ++record.tries;
    context.startAttempt(node.meta.timeoutMs);
    // mgmt's engine does not call CheckApply on a refreshed resource in noop: a resource that
    // acts on refreshes would have to act, so it counts as not converged.
    const bool apply = !m_options.noop && !node.meta.noop;
    if (!apply && context.refresh() && node.worker->reactsToRefresh()) {
        *decided = CheckApplyResult::changed();
        return true;
    }
    return false;
}

bool EngineRun::retries(ResourceId id, const CheckApplyResult &result, NodeContext &context)
{
    const Node &node = m_nodes[id];
    const int retries = node.meta.retry;
    const int tries = m_records[id].tries;
    if (result.outcome != CheckApplyResult::Outcome::Failed ||
        (retries != MetaParams::RetryForever && tries > retries))
        return false;
    context.message(QCoreApplication::translate("converge::EngineRun",
                                                "%1; retrying in %2 ms (attempt %3 of %4)")
                        .arg(result.error)
                        .arg(node.meta.delayMs)
                        .arg(tries + 1)
                        .arg(retries == MetaParams::RetryForever ? QStringLiteral("∞")
                                                                 : QString::number(retries + 1)));
    return true;
}

CheckApplyResult EngineRun::attempt(ResourceId id, NodeContext &context)
{
    const bool apply = !m_options.noop && !m_nodes[id].meta.noop;
    for (;;) {
        CheckApplyResult result;
        if (!beginTry(id, context, &result))
            result = m_nodes[id].worker->checkApply(apply, context);
        // A resource with a retry delay waits on the reactor instead (Node::waits).
        if (!retries(id, result, context))
            return result;
    }
}

void EngineRun::release(int finalized)
{
    if (finalized == 0)
        return;
    if (m_remaining.fetch_sub(finalized, std::memory_order_acq_rel) == finalized) {
        m_endUs.store(nowUs());
        m_ready.close();
        m_onFinished();
    }
}

} // namespace converge
