#include "engine/watchcoordinator.h"

#include "model/graph.h"
#include "model/metaparams.h"

#include <chrono>

namespace converge {

WatchCoordinator::WatchCoordinator(Reactor &reactor, const Graph &graph, WatchRunner &runner,
                                   const WatchFactory &factory, Reporter reporter,
                                   qint64 convergedAfterMs, Clock clock)
    : m_reactor(reactor), m_runner(runner), m_reporter(std::move(reporter)),
      m_clock(std::move(clock)), m_convergedAfterMs(convergedAfterMs)
{
    if (!m_clock) {
        m_clock = [] {
            return std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::steady_clock::now().time_since_epoch())
                .count();
        };
    }
    m_nodes.resize(graph.resourceCapacity());
    m_order = graph.topologicalOrder();
    for (const ResourceId id : graph.resourceIds()) {
        Node &node = m_nodes[id];
        const Resource &resource = graph.resource(id);
        node.key = resource.key();
        node.successors = graph.successors(id);
        node.predecessors = graph.predecessors(id);
        for (const EdgeId e : graph.outEdges(id)) {
            if (graph.edge(e).notify)
                node.notifySuccessors.push_back(graph.edge(e).to);
        }
        const MetaParams meta = MetaParams::parse(resource.meta);
        node.limiter.emplace(meta.limit, meta.burst);
        node.watch = factory(id, WatchSink{
                                     [this, id](const QString &cause) { onEvent(id, cause); },
                                     [this, id](const QString &message) {
                                         report(WatchReport::Kind::Warning, id, message);
                                     },
                                     [this, id](const QString &message) {
                                         report(WatchReport::Kind::WatchFailed, id, message);
                                     },
                                 });
    }
}

WatchCoordinator::~WatchCoordinator()
{
    stop();
}

void WatchCoordinator::startWatches()
{
    for (Node &node : m_nodes) {
        if (node.watch)
            node.watch->start();
    }
}

void WatchCoordinator::resume(const std::vector<ResourceId> &failed)
{
    for (const ResourceId id : failed)
        m_nodes[id].stateOK = false;
    m_resumed = true;
    m_tracker.emplace(std::max<qint64>(m_convergedAfterMs, 0), now());
    schedule();
    updateConverged();
}

void WatchCoordinator::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    ++*m_generation;
    for (Node &node : m_nodes) {
        if (node.watch)
            node.watch->stop();
        if (node.hold)
            m_reactor.remove(node.hold);
        node.hold = 0;
    }
    if (m_convergedTimer)
        m_reactor.remove(m_convergedTimer);
    m_convergedTimer = 0;
}

void WatchCoordinator::onEvent(ResourceId id, const QString &cause)
{
    if (m_stopped)
        return;
    Node &node = m_nodes[id];
    report(WatchReport::Kind::Event, id, cause);
    node.stateOK = false;
    node.cause = cause;
    if (!node.pending) {
        node.pending = true;
        ++m_pendingCount;
    }
    if (m_tracker)
        m_tracker->touched(now());
    m_convergedReported = false;
    // Every event takes a token, also while already held (mgmt reserves in its limit wait
    // too), so a resource that keeps flapping waits longer and longer.
    const qint64 wait = node.limiter->reserve(now());
    if (node.hold || node.heldForGood)
        return;
    if (wait != 0) {
        report(WatchReport::Kind::Held, id, {}, wait);
        if (wait == EventRateLimiter::Never) {
            node.heldForGood = true; // mgmt's limit 0: its burst is spent, nothing passes again
            return;
        }
        node.hold = m_reactor.addTimer(wait, [this, id] {
            m_nodes[id].hold = 0;
            schedule();
        });
        return;
    }
    schedule();
    updateConverged();
}

void WatchCoordinator::schedule()
{
    if (!m_resumed || m_stopped)
        return;
    // One pass in topological order decides, from each resource's prerequisites as they are
    // at that point, whether it may run: O(V + E), however long the chains. A resource that
    // finishes at once (nothing to check) pokes dependents later in the same order, so a
    // poke reaches the end of a chain in one pass; the loop only repeats for safety.
    std::vector<char> blocked(m_nodes.size(), 0);
    bool progress = m_pendingCount > 0;
    while (progress) {
        progress = false;
        std::fill(blocked.begin(), blocked.end(), 0);
        for (const ResourceId id : m_order) {
            Node &node = m_nodes[id];
            for (const ResourceId p : node.predecessors) {
                const Node &pre = m_nodes[p];
                if (blocked[p] || pre.pending || pre.busy) {
                    blocked[id] = 1;
                    break;
                }
            }
            if (!node.pending || node.busy || node.hold || node.heldForGood || blocked[id])
                continue;
            if (process(id))
                progress = true;
        }
    }
    updateConverged();
}

bool WatchCoordinator::process(ResourceId id)
{
    Node &node = m_nodes[id];
    node.pending = false;
    --m_pendingCount;
    const QString cause = std::exchange(node.cause, QString());
    if (node.stateOK && !node.refresh) {
        // mgmt skips CheckApply when nothing happened to the resource and no refresh is due;
        // it still pokes its dependents, which may have their own reasons to run.
        pokeDependents(id, false);
        return true;
    }
    node.busy = true;
    m_tracker->started(id, now());
    m_convergedReported = false;
    report(WatchReport::Kind::CheckStarted, id, cause);
    std::weak_ptr<int> generation = m_generation;
    const int current = *m_generation;
    m_runner.check(id, node.refresh, cause, [this, id, generation, current](CheckOutcome o) {
        // done may come from any thread; the coordinator may be gone by then.
        const std::shared_ptr<int> alive = generation.lock();
        if (!alive || *alive != current)
            return;
        m_reactor.post([this, id, generation, current, o] {
            const std::shared_ptr<int> stillAlive = generation.lock();
            if (stillAlive && *stillAlive == current)
                finished(id, o);
        });
    });
    return false;
}

void WatchCoordinator::finished(ResourceId id, CheckOutcome outcome)
{
    Node &node = m_nodes[id];
    node.busy = false;
    m_tracker->finished(id, now());
    WatchReport r;
    r.kind = WatchReport::Kind::CheckFinished;
    r.id = id;
    r.changed = outcome.changed;
    r.failed = outcome.failed;
    if (m_reporter)
        m_reporter(r);
    if (!outcome.failed) {
        // An event that came while it ran left stateOK false, so it runs again.
        if (!node.pending)
            node.stateOK = true;
        node.refresh = false;
        pokeDependents(id, outcome.changed);
    } else {
        node.stateOK = false;
    }
    schedule();
}

void WatchCoordinator::pokeDependents(ResourceId id, bool changed)
{
    Node &node = m_nodes[id];
    if (changed) {
        for (const ResourceId s : node.notifySuccessors)
            m_nodes[s].refresh = true;
    }
    for (const ResourceId s : node.successors) {
        Node &next = m_nodes[s];
        if (next.cause.isEmpty())
            next.cause = next.refresh ? tr("refresh from %1").arg(node.key)
                                      : tr("poked by %1").arg(node.key);
        if (!next.pending) {
            next.pending = true;
            ++m_pendingCount;
        }
    }
}

void WatchCoordinator::updateConverged()
{
    if (!m_tracker || m_convergedAfterMs < 0 || m_stopped || m_pendingCount > 0)
        return;
    if (m_convergedTimer)
        m_reactor.remove(m_convergedTimer);
    m_convergedTimer = 0;
    const qint64 wait = m_tracker->msUntilConverged(now());
    if (wait < 0 || m_convergedReported)
        return;
    if (wait == 0) {
        m_convergedReported = true;
        report(WatchReport::Kind::Converged, InvalidId, {}, m_tracker->quietForMs(now()));
        return;
    }
    m_convergedTimer = m_reactor.addTimer(wait, [this] {
        m_convergedTimer = 0;
        updateConverged();
    });
}

void WatchCoordinator::report(WatchReport::Kind kind, ResourceId id, const QString &text, qint64 ms)
{
    if (m_stopped || !m_reporter)
        return;
    WatchReport r;
    r.kind = kind;
    r.id = id;
    r.text = text;
    r.ms = ms;
    m_reporter(r);
}

} // namespace converge
