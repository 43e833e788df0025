#include "engine/watchcoordinator.h"

#include "engine/graphdiff.h"
#include "model/graph.h"
#include "model/metaparams.h"
#include "resources/checkapply.h"

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
    for (const ResourceId id : graph.resourceIds())
        makeNode(graph, id, factory);
}

void WatchCoordinator::link(const Graph &graph, ResourceId id)
{
    Node &node = m_nodes[id];
    node.key = graph.resource(id).key();
    node.refreshable = CheckApply::reactsToRefresh(graph.resource(id).kind);
    node.successors = graph.successors(id);
    node.predecessors = graph.predecessors(id);
    node.notifySuccessors.clear();
    for (const EdgeId e : graph.outEdges(id)) {
        if (graph.edge(e).notify)
            node.notifySuccessors.push_back(graph.edge(e).to);
    }
}

void WatchCoordinator::makeNode(const Graph &graph, ResourceId id, const WatchFactory &factory)
{
    Node &node = m_nodes[id];
    link(graph, id);
    const MetaParams meta = MetaParams::parse(graph.resource(id).meta);
    node.limiter.emplace(meta.limit, meta.burst);
    // Reports name the resource through its slot: a graph swap gives a kept resource a new id
    // and a removed one none, and its watch, timers and running check follow without knowing.
    node.slot = std::make_shared<ResourceId>(id);
    const std::shared_ptr<ResourceId> slot = node.slot;
    node.watch = factory(id, WatchSink{
                                 [this, slot](const QString &cause) {
                                     if (*slot != InvalidId)
                                         onEvent(*slot, cause);
                                 },
                                 [this, slot](const QString &message) {
                                     report(WatchReport::Kind::Warning, *slot, message);
                                 },
                                 [this, slot](const QString &message) {
                                     report(WatchReport::Kind::WatchFailed, *slot, message);
                                 },
                             });
    // meta poll replaces the ticker, and a poll's period is not the timer's to reset.
    node.restartsWatchOnRefresh =
        graph.resource(id).kind == u"timer" && meta.pollSeconds == 0 && node.watch;
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
        node.hold = m_reactor.addTimer(wait, [this, slot = node.slot] {
            if (*slot == InvalidId)
                return;
            m_nodes[*slot].hold = 0;
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
    if (node.stateOK && (node.refreshFrom.isEmpty() || !node.refreshable)) {
        // mgmt skips CheckApply when nothing happened to the resource and no refresh is due,
        // or when its kind is not Refreshable (exec, file): the refresh is then spent unused.
        // It still pokes its dependents, which may have their own reasons to run.
        node.refreshFrom.clear();
        pokeDependents(id, false);
        return true;
    }
    // Refreshes that arrive while it runs are for its next check.
    const QStringList delivered = std::exchange(node.refreshFrom, QStringList());
    node.busy = true;
    m_tracker->started(id, now());
    m_convergedReported = false;
    report(WatchReport::Kind::CheckStarted, id, cause);
    std::weak_ptr<int> generation = m_generation;
    const int current = *m_generation;
    const std::shared_ptr<ResourceId> slot = node.slot;
    m_runner.check(id, delivered, cause,
                   [this, slot, generation, current, delivered](CheckOutcome o) {
                       // done may come from any thread; the coordinator may be gone by then.
                       const std::shared_ptr<int> alive = generation.lock();
                       if (!alive || *alive != current)
                           return;
                       m_reactor.post([this, slot, generation, current, o, delivered] {
                           const std::shared_ptr<int> stillAlive = generation.lock();
                           if (stillAlive && *stillAlive == current && *slot != InvalidId)
                               finished(*slot, o, delivered);
                       });
                   });
    return false;
}

void WatchCoordinator::finished(ResourceId id, CheckOutcome outcome, const QStringList &delivered)
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
        // mgmt's timer starts its ticker again when it applied a refresh.
        if (node.restartsWatchOnRefresh && outcome.sentRefresh && !delivered.isEmpty()) {
            node.watch->stop();
            node.watch->start();
        }
        pokeDependents(id, outcome.sentRefresh);
    } else {
        // mgmt keeps the refresh of a failed check on its edges for the next one.
        node.stateOK = false;
        for (const QString &from : delivered) {
            if (!node.refreshFrom.contains(from))
                node.refreshFrom.append(from);
        }
    }
    schedule();
}

void WatchCoordinator::pokeDependents(ResourceId id, bool sentRefresh)
{
    Node &node = m_nodes[id];
    if (sentRefresh) {
        for (const ResourceId s : node.notifySuccessors) {
            QStringList &from = m_nodes[s].refreshFrom;
            if (!from.contains(node.key))
                from.append(node.key);
        }
    }
    for (const ResourceId s : node.successors) {
        Node &next = m_nodes[s];
        if (next.cause.isEmpty())
            next.cause = next.refreshFrom.contains(node.key) ? tr("refresh from %1").arg(node.key)
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

void WatchCoordinator::swap(const Graph &next, const GraphDiff &diff, const WatchFactory &factory)
{
    std::vector<Node> old = std::exchange(m_nodes, std::vector<Node>(next.resourceCapacity()));
    const qint64 at = now();
    const auto retire = [&](ResourceId oldId) {
        Node &gone = old[oldId];
        *gone.slot = InvalidId; // its running check, timers and watch report nowhere now
        if (gone.watch)
            gone.watch->stop();
        if (gone.hold)
            m_reactor.remove(gone.hold);
        if (m_tracker)
            m_tracker->removed(oldId, at);
    };
    for (const ResourceId oldId : diff.removed)
        retire(oldId);
    for (const auto &[oldId, newId] : diff.changed)
        retire(oldId);
    // Kept resources keep their watch, limiter and state under their new id; the tracker only
    // knows ids, so a kept one that is busy is busy under its new id.
    for (const auto &[oldId, newId] : diff.unchanged) {
        if (m_tracker && old[oldId].busy)
            m_tracker->removed(oldId, at);
    }
    for (const auto &[oldId, newId] : diff.unchanged) {
        m_nodes[newId] = std::move(old[oldId]);
        *m_nodes[newId].slot = newId;
        link(next, newId);
        if (m_tracker && m_nodes[newId].busy)
            m_tracker->started(newId, at);
    }
    // A changed resource is a new one to mgmt: a new watch whose startup event makes it check
    // (and apply) itself, as does an added one.
    std::vector<ResourceId> fresh = diff.added;
    for (const auto &[oldId, newId] : diff.changed)
        fresh.push_back(newId);
    for (const ResourceId id : fresh) {
        makeNode(next, id, factory);
        Node &node = m_nodes[id];
        node.stateOK = false;
        node.pending = true;
        node.cause = tr("new in the graph");
        if (node.watch && !m_stopped)
            node.watch->start();
    }
    m_order = next.topologicalOrder();
    m_pendingCount = 0;
    for (const Node &node : m_nodes)
        m_pendingCount += node.pending ? 1 : 0;
    if (m_tracker)
        m_tracker->touched(at);
    m_convergedReported = false;
    schedule();
}

} // namespace converge
