#include "engine.h"

#include "checkapply.h"
#include "enginerun.h"
#include "graph.h"

#include <QCoreApplication>

namespace converge {

namespace {

std::vector<bool> membership(const Graph &graph, const RunOptions &options)
{
    std::vector<bool> inRun(graph.resourceCapacity(), options.subset.empty());
    for (ResourceId id = 0; id < inRun.size(); ++id)
        inRun[id] = inRun[id] && graph.contains(id);
    for (ResourceId id : options.subset) {
        if (graph.contains(id))
            inRun[id] = true;
    }
    return inRun;
}

/// Builds the per-resource workers; appends every problem to diagnostics.
std::vector<EngineRun::Node> prepare(const Graph &graph, const RunOptions &options,
                                     const std::vector<bool> &inRun, Diagnostics *diagnostics)
{
    for (const auto &cycle : graph.findAllCycles()) {
        Diagnostic d;
        d.file = options.fileName;
        d.location = graph.resource(cycle.front()).location;
        d.message = QCoreApplication::translate("converge::Engine", "cycle: %1")
                        .arg(graph.describePath(cycle));
        diagnostics->append(d);
    }
    std::vector<EngineRun::Node> nodes(graph.resourceCapacity());
    for (ResourceId id = 0; id < nodes.size(); ++id) {
        if (!inRun[id])
            continue;
        const Resource &resource = graph.resource(id);
        EngineRun::Node &node = nodes[id];
        node.worker = CheckApply::create(resource, options.fileName, diagnostics);
        node.meta = MetaParams::parse(resource.meta, options.fileName, resource.key(), diagnostics);
        node.waits = (node.worker && node.worker->waitsOnProcesses()) ||
                     (node.meta.retry != 0 && node.meta.delayMs > 0);
    }
    return nodes;
}

} // namespace

Engine::Engine(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<converge::RunSummary>();
}

Engine::~Engine() = default; // EngineRun's destructor cancels and waits

Diagnostics Engine::validate(const Graph &graph, const RunOptions &options)
{
    Diagnostics diagnostics;
    prepare(graph, options, membership(graph, options), &diagnostics);
    return diagnostics;
}

bool Engine::start(const Graph &graph, const RunOptions &options, Diagnostics *diagnostics)
{
    Diagnostics problems;
    if (m_running) {
        Diagnostic d;
        d.message = tr("a run is still going");
        problems.append(d);
    }
    std::vector<bool> inRun = membership(graph, options);
    std::vector<EngineRun::Node> nodes = prepare(graph, options, inRun, &problems);
    if (hasErrors(problems)) {
        if (diagnostics)
            diagnostics->append(problems);
        return false;
    }
    if (diagnostics)
        diagnostics->append(problems);
    m_run.reset();
    m_running = true;
    m_run = std::make_unique<EngineRun>(
        graph, options, std::move(nodes), std::move(inRun), m_processRunner,
        [this] { QMetaObject::invokeMethod(this, &Engine::notifyEvents, Qt::QueuedConnection); },
        [this] { QMetaObject::invokeMethod(this, &Engine::finishRun, Qt::QueuedConnection); });
    m_run->start();
    return true;
}

void Engine::cancel()
{
    if (m_run)
        m_run->cancel();
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

bool Engine::changed(ResourceId id) const
{
    return m_run && m_run->changed(id);
}

RunRecord Engine::record(ResourceId id) const
{
    return m_run ? m_run->record(id) : RunRecord{};
}

RunSummary Engine::summary() const
{
    return m_run ? m_run->summary() : RunSummary{};
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
    if (!m_run)
        return;
    m_run->events().takeNotification();
    emit eventsAvailable();
}

void Engine::finishRun()
{
    if (!m_run || !m_running)
        return;
    m_run->waitForDone();
    m_running = false;
    notifyEvents();
    emit finished(m_run->summary());
}

} // namespace converge
