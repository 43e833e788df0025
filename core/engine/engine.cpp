#include "engine/engine.h"

#include "engine/enginerun.h"
#include "engine/rungraph.h"
#include "model/danglingedges.h"
#include "model/graph.h"
#include "model/resourceschema.h"
#include "resources/checkapply.h"
#include "resources/noopresource.h"

#include <QCoreApplication>

#include <algorithm>

namespace converge {

namespace {

// A busy run appends events far faster than anyone reads them; the owner's thread is woken at
// most this often while events keep coming, instead of once per event (which, with a thread
// per core already busy, would take a core away from the run). An event after a quiet spell
// is still announced at once.
constexpr int NotifyIntervalMs = 20;

std::vector<bool> membership(const Graph &graph, const RunOptions &options)
{
    // mgmt runs an exported (@@) resource only when a collect takes it; the reader warns.
    const std::vector<ResourceId> ids = graph.resourceIds();
    const bool allCollected = std::all_of(ids.begin(), ids.end(), [&](ResourceId id) {
        return ResourceSchema::isCollected(graph.resource(id), graph.collect);
    });
    if (options.subset.empty() && allCollected)
        return {};
    std::vector<bool> inRun(graph.resourceCapacity(), false);
    for (ResourceId id : options.subset.empty() ? ids : options.subset) {
        if (graph.contains(id))
            inRun[id] = ResourceSchema::isCollected(graph.resource(id), graph.collect);
    }
    return inRun;
}

/// The graph's own edges are acyclic, so mgmt's automatic edges closed the cycle: name the
/// resources that can never start.
Diagnostic autoEdgeCycle(const Graph &graph, const RunGraph &shape, const RunOptions &options)
{
    std::vector<bool> ordered(shape.capacity(), false);
    for (ResourceId id : shape.order())
        ordered[id] = true;
    Diagnostic d;
    d.file = options.fileName;
    QStringList stuck;
    for (ResourceId id = 0; id < shape.capacity(); ++id) {
        if (!shape.inRun(id) || ordered[id])
            continue;
        if (stuck.isEmpty())
            d.location = graph.resource(id).location;
        stuck.append(graph.resource(id).key());
    }
    d.message = QCoreApplication::translate("converge::Engine",
                                            "cycle through automatic edges (meta autoedge) "
                                            "among: %1; set autoedge: false on one of them")
                    .arg(stuck.join(u", "_qs));
    return d;
}

/// Builds the per-resource workers; appends every problem to diagnostics.
std::vector<EngineRun::Node> prepare(const Graph &graph, const RunGraph &shape,
                                     const RunOptions &options, Diagnostics *diagnostics)
{
    // An edge to a missing resource: mgmt refuses the graph ("can't find 'to' name").
    diagnostics->append(DanglingEdges::check(graph, options.fileName));
    // The topological order comes out short exactly when there is a cycle; only then is the
    // slower search that names every cycle worth running.
    if (shape.hasCycle()) {
        const auto cycles = graph.findAllCycles();
        for (const auto &cycle : cycles) {
            Diagnostic d;
            d.file = options.fileName;
            d.location = graph.resource(cycle.front()).location;
            d.message = QCoreApplication::translate("converge::Engine", "cycle: %1")
                            .arg(graph.describePath(cycle));
            diagnostics->append(d);
        }
        if (cycles.empty())
            diagnostics->append(autoEdgeCycle(graph, shape, options));
    }
    std::vector<EngineRun::Node> nodes(graph.resourceCapacity());
    for (ResourceId id = 0; id < nodes.size(); ++id) {
        if (!shape.inRun(id))
            continue;
        const Resource &resource = graph.resource(id);
        EngineRun::Node &node = nodes[id];
        // Most resources have no meta: skip building the key that only messages would use.
        if (!resource.meta.isNull() && !(resource.meta.isMap() && resource.meta.entries().empty()))
            node.meta =
                MetaParams::parse(resource.meta, options.fileName, resource.key(), diagnostics);
        // The reader checked types once, but the window's editor may have changed them since.
        const qsizetype problemsBefore = diagnostics->size();
        if (!node.meta.hidden)
            ResourceSchema::check(resource, options.fileName, diagnostics);
        // A value of the wrong type is named once; the kind's own checks would only repeat it.
        const bool typesHold = diagnostics->size() == problemsBefore;
        // mgmt neither validates nor runs a hidden resource; it only stands in the graph.
        if (node.meta.hidden)
            node.worker = std::make_shared<NoopResource>();
        else if (typesHold)
            node.worker = CheckApply::create(resource, options.fileName, diagnostics);
        if (node.worker)
            node.worker->prepare(graph, resource);
        node.waits = (node.worker && node.worker->waitsOnProcesses()) ||
                     (node.meta.retry != 0 && node.meta.delayMs > 0);
        node.instant = node.worker && node.worker->isInstant();
    }
    // Refreshes travel along notify edges between resources of the run, and from those outside
    // it that RunOptions::refreshedFrom says already changed; mgmt keeps one edge per pair, so
    // a repeated edge notifies once.
    for (EdgeId e = 0; e < graph.edgeCapacity(); ++e) {
        if (!graph.containsEdge(e))
            continue;
        const Edge &edge = graph.edge(e);
        if (!edge.notify || !shape.inRun(edge.to))
            continue;
        const bool sent = !shape.inRun(edge.from);
        if (sent && options.refreshedFrom.isEmpty())
            continue;
        const QString key = graph.resource(edge.from).key();
        if (sent && !options.refreshedFrom.contains(key))
            continue;
        std::vector<EngineRun::Notifier> &notifiers = nodes[edge.to].notifiers;
        if (std::none_of(notifiers.begin(), notifiers.end(),
                         [&](const auto &n) { return n.from == edge.from; }))
            notifiers.push_back({edge.from, key, sent});
    }
    return nodes;
}

} // namespace

/// What the preparing thread hands back: a started run, or why there is none.
struct Engine::Preparation
{
    std::unique_ptr<EngineRun> run;
    Diagnostics problems;
};

Engine::Engine(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<converge::RunSummary>();
    qRegisterMetaType<converge::Diagnostics>();
    m_notifyTimer.setSingleShot(true);
    m_notifyTimer.setInterval(NotifyIntervalMs);
    connect(&m_notifyTimer, &QTimer::timeout, this, &Engine::notifyIntervalEnded);
}

Engine::~Engine()
{
    // A run prepared but not adopted yet is cancelled and waited for by its own destructor
    // (in m_prepared), as m_run is.
    if (m_preparing.joinable())
        m_preparing.join();
}

Diagnostics Engine::validate(const Graph &graph, const RunOptions &options)
{
    Diagnostics diagnostics;
    prepare(graph, RunGraph(graph, membership(graph, options)), options, &diagnostics);
    return diagnostics;
}

bool Engine::start(const Graph &graph, const RunOptions &options)
{
    if (m_running)
        return false;
    // The last run has finished (its threads are gone, and its preparing thread exited long
    // ago); its results end here.
    m_run.reset();
    if (m_preparing.joinable())
        m_preparing.join();
    m_running = true;
    m_cancelPending = false;
    m_announced = 0;
    m_notifyTimer.stop(); // an interval of the last run says nothing about this one
    m_summary.reset();
    // Copying the graph is the only part that must happen here: the caller may change it the
    // moment this returns. Validating and building a 10,000-resource run took most of a 100 ms
    // stall of the window when it happened on this thread.
    m_preparing = std::thread(&Engine::prepareRun, this, std::make_shared<const Graph>(graph),
                              options, m_processRunner, thread());
    return true;
}

void Engine::prepareRun(std::shared_ptr<const Graph> graph, RunOptions options,
                        std::shared_ptr<ProcessRunner> processes, QThread *owner)
{
    auto prepared = std::make_unique<Preparation>();
    RunGraph shape(*graph, membership(*graph, options));
    std::vector<EngineRun::Node> nodes = prepare(*graph, shape, options, &prepared->problems);
    if (!hasErrors(prepared->problems)) {
        // Notifications that arrive before adoptRun() are dropped; adoptRun() announces
        // whatever came in by then.
        prepared->run = std::make_unique<EngineRun>(
            std::move(shape), options, std::move(nodes), std::move(processes),
            [this] {
                QMetaObject::invokeMethod(this, &Engine::notifyEvents, Qt::QueuedConnection);
            },
            [this] { QMetaObject::invokeMethod(this, &Engine::finishRun, Qt::QueuedConnection); });
        prepared->run->moveToThread(owner);
        prepared->run->start();
    }
    {
        const std::lock_guard lock(m_handoff);
        m_prepared = std::move(prepared);
    }
    QMetaObject::invokeMethod(this, &Engine::adoptRun, Qt::QueuedConnection);
}

void Engine::adoptRun()
{
    // Not a join: the preparing thread still has to exit (freeing the graph's copy among
    // other things), and the window would wait for that.
    std::unique_ptr<Preparation> prepared;
    {
        const std::lock_guard lock(m_handoff);
        prepared = std::move(m_prepared);
    }
    if (!prepared->run) {
        m_running = false;
        emit refused(prepared->problems);
        return;
    }
    m_run = std::move(prepared->run);
    emit started();
    if (std::exchange(m_cancelPending, false))
        m_run->cancel();
    // Writers may have raised the notification flag before the run was ours, and their
    // notifications were dropped: announce now and let the interval protocol take over.
    m_run->events().raiseNotification();
    announceEvents();
    if (m_run->hasEnded())
        finishRun(); // its own finishRun() call may have come before the run was ours
}

void Engine::cancel()
{
    if (m_run)
        m_run->cancel();
    else if (m_running)
        m_cancelPending = true;
}

bool Engine::isRunning() const
{
    return m_running;
}

std::uint32_t Engine::resourceCapacity() const
{
    return m_run ? m_run->capacity() : 0;
}

bool Engine::inRun(ResourceId id) const
{
    return m_run && m_run->inRun(id);
}

ResourceState Engine::state(ResourceId id) const
{
    return m_run ? m_run->state(id) : ResourceState::Pending;
}

RunRecord Engine::record(ResourceId id) const
{
    return m_run ? m_run->record(id) : RunRecord{};
}

RunSummary Engine::summary() const
{
    if (m_summary)
        return *m_summary;
    return m_run ? m_run->summary() : RunSummary{};
}

qint64 Engine::runTimeUs() const
{
    return m_run ? m_run->nowUs() : 0;
}

qsizetype Engine::eventCount() const
{
    return m_run ? m_run->events().size() : 0;
}

qsizetype Engine::readEvents(qsizetype from, std::vector<RunEvent> *out, qsizetype max) const
{
    return m_run ? m_run->events().read(from, out, max) : 0;
}

void Engine::setProcessRunner(std::shared_ptr<ProcessRunner> runner)
{
    m_processRunner = std::move(runner);
}

void Engine::notifyEvents()
{
    // During an interval the end of it covers every event (a writer's notification can only
    // come then when it was posted before adoptRun() announced the run).
    if (!m_run || m_notifyTimer.isActive())
        return;
    announceEvents();
}

void Engine::announceEvents()
{
    // The flag stays raised until the interval ends, so writers post nothing meanwhile.
    m_announced = m_run->events().size();
    emit eventsAvailable();
    m_notifyTimer.start();
}

void Engine::notifyIntervalEnded()
{
    if (!m_run)
        return;
    // Events that came in while the flag was raised were not announced by their writers. If a
    // writer raised the flag again right after it was lowered, its own notification is queued.
    if (m_run->events().lowerNotification() > m_announced && m_run->events().raiseNotification())
        notifyEvents();
}

void Engine::finishRun()
{
    if (!m_run || !m_running)
        return;
    m_run->waitForDone();
    m_running = false;
    m_summary = m_run->summary();
    announceEvents();
    emit finished(*m_summary);
}

} // namespace converge
