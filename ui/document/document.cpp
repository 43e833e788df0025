#include "document/document.h"

#include "engine/rungraph.h"
#include "formats/graphfileloader.h"
#include "model/nodebox.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace converge {

namespace {
// About 30 refreshes a second: smooth to the eye, and each one a single batch.
constexpr int PollIntervalMs = 33;
// Events handed on per refresh; a backlog is worked off over the next refreshes instead of
// stalling one frame.
constexpr qsizetype MaxEventsPerPoll = 20000;
// The lowest priority for the run's threads and commands, as for any background job: the
// window's thread then gets a core at once even while a hundred commands are runnable. In
// bench_gui's 10,000-command run the longest stall was 476 ms at niceness 10 and 75 ms at 19;
// on an otherwise idle machine the commands lose nothing.
constexpr int WorkerNiceness = 19;
} // namespace

struct Document::Loaded
{
    QString path;
    YamlGraphReader::Result result;
};

Document::Document(QObject *parent) : QObject(parent)
{
    connect(&m_poll, &QTimer::timeout, this, &Document::poll);
    connect(&m_engine, &Engine::finished, this, &Document::engineFinished);
    connect(&m_layoutJob, &LayoutJob::finished, this, &Document::layoutDone);
    connect(&m_layoutJob, &LayoutJob::failed, this, &Document::layoutError);
    connect(&m_model, &GraphModel::resourceAdded, this, &Document::graphEdited);
    // The engine runs a snapshot whose ids the states refer to: no edits until it is over.
    connect(this, &Document::runStarted, &m_model, [this] { m_model.setLocked(true); });
    connect(this, &Document::runFinished, &m_model, [this] {
        m_model.setLocked(false);
        if (m_pending)
            startLayout();
    });
}

Document::~Document()
{
    // The engine's destructor waits for its threads; nothing may be delivered to us after.
    disconnect(&m_engine, nullptr, this, nullptr);
}

bool Document::open(const QString &path)
{
    if (isRunning())
        return false;
    const quint64 generation = ++m_loadGeneration;
    m_layoutJob.cancel();
    m_pending.reset();
    setBusy(true);
    auto *watcher = new QFutureWatcher<std::shared_ptr<Loaded>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        finishLoad(generation, watcher->result());
        watcher->deleteLater();
    });
    // A large file takes a while to parse: never on the GUI thread.
    watcher->setFuture(QtConcurrent::run([path] {
        return std::make_shared<Loaded>(Loaded{path, loadGraphFile(path)});
    }));
    return true;
}

bool Document::reload()
{
    return !m_path.isEmpty() && open(m_path);
}

void Document::graphEdited()
{
    m_states.resize(m_graph.resourceCapacity(), ResourceState::Pending);
    m_records.resize(m_graph.resourceCapacity());
}

bool Document::replaceGraph(Graph graph, const QString &path)
{
    if (m_model.isLocked())
        return false;
    cancelBusy();
    m_model.reset(std::move(graph));
    m_path = path;
    m_loadDiagnostics.clear();
    m_runDiagnostics.clear();
    m_hasGraph = true;
    m_layout = GraphLayout();
    m_states.assign(m_graph.resourceCapacity(), ResourceState::Pending);
    m_records.assign(m_graph.resourceCapacity(), std::nullopt);
    m_runIds.clear();
    emit loaded();
    return true;
}

void Document::finishLoad(quint64 generation, std::shared_ptr<Loaded> loaded)
{
    if (generation != m_loadGeneration)
        return; // superseded or cancelled
    if (!loaded->result.ok()) {
        setBusy(false);
        emit loadFailed(loaded->result.diagnostics);
        return;
    }
    m_pending = std::move(loaded);
    startLayout();
}

void Document::startLayout()
{
    const Graph &graph = m_pending ? m_pending->result.graph : m_graph;
    GraphvizLayout::Options options = m_layoutOptions;
    options.nodeSizes.assign(graph.resourceCapacity(), QSizeF());
    for (ResourceId id : graph.resourceIds())
        options.nodeSizes[id] = NodeBox::size(graph.resource(id).name, m_labelFont);
    m_loading = false;
    m_layoutJob.start(graph, options);
    emit busyChanged(true, tr("Laying out"));
}

void Document::setLayoutOptions(const GraphvizLayout::Options &options)
{
    m_layoutOptions = options;
    if (m_hasGraph || m_pending)
        startLayout();
}

void Document::cancelBusy()
{
    ++m_loadGeneration;
    m_layoutJob.cancel();
    m_pending.reset();
    setBusy(false);
}

void Document::layoutDone(const GraphLayout &layout)
{
    if (m_pending && m_model.isLocked()) {
        // A run started while the file loaded, and keeps the graph it runs; the file replaces
        // it when the run is over, laid out again then rather than keeping this layout aside.
        return;
    }
    if (m_pending) {
        // The new picture is ready: now the new graph may replace the old one.
        m_model.reset(std::move(m_pending->result.graph));
        m_path = m_pending->path;
        m_loadDiagnostics = std::move(m_pending->result.diagnostics);
        m_runDiagnostics.clear();
        m_pending.reset();
        m_hasGraph = true;
        m_states.assign(m_graph.resourceCapacity(), ResourceState::Pending);
        m_records.assign(m_graph.resourceCapacity(), std::nullopt);
        m_runIds.clear();
        emit loaded();
    }
    setBusy(false);
    emit layoutReady(layout);
}

void Document::layoutError(const QString &message)
{
    m_pending.reset();
    setBusy(false);
    emit layoutFailed(message);
}

void Document::setBusy(bool loading)
{
    m_loading = loading;
    if (loading)
        emit busyChanged(true, tr("Loading"));
    else if (!isBusy())
        emit busyChanged(false, {});
}

bool Document::run(bool dryRun)
{
    RunOptions options;
    options.noop = dryRun;
    return startRun(std::move(options));
}

bool Document::runResources(const std::vector<ResourceId> &ids, bool withPrerequisites)
{
    std::vector<ResourceId> subset;
    std::copy_if(ids.begin(), ids.end(), std::back_inserter(subset),
                 [this](ResourceId id) { return m_graph.contains(id); });
    // The run's own shape, so that mgmt's automatic edges count as prerequisites too.
    if (withPrerequisites)
        subset = RunGraph(m_graph, {}).withPrerequisites(subset);
    std::sort(subset.begin(), subset.end());
    subset.erase(std::unique(subset.begin(), subset.end()), subset.end());
    if (subset.empty())
        return false;
    RunOptions options;
    options.subset = std::move(subset);
    return startRun(std::move(options));
}

bool Document::hasFailures() const
{
    return std::any_of(m_states.begin(), m_states.end(), [](ResourceState s) {
        return s == ResourceState::Failed || s == ResourceState::Skipped;
    });
}

bool Document::rerunFailed()
{
    std::vector<ResourceId> subset;
    for (ResourceId id : m_graph.resourceIds()) {
        if (m_states[id] == ResourceState::Failed || m_states[id] == ResourceState::Skipped)
            subset.push_back(id);
    }
    if (subset.empty())
        return false;
    RunOptions options;
    options.subset = std::move(subset);
    return startRun(std::move(options));
}

bool Document::startRun(RunOptions options)
{
    if (!m_hasGraph || isRunning())
        return false;
    const bool dryRun = options.noop;
    // The window must keep answering while the run's commands use every core.
    options.niceness = WorkerNiceness;
    Diagnostics reasons;
    if (!m_engine.start(m_graph, options, &reasons)) {
        for (Diagnostic &d : reasons) {
            if (d.file.isEmpty())
                d.file = m_path;
        }
        m_runDiagnostics = reasons;
        emit runRefused(reasons);
        return false;
    }
    m_runDiagnostics.clear();
    m_runClock.start();
    m_eventIndex = 0;
    m_runIds.clear();
    std::vector<ResourceId> changed;
    for (ResourceId id : m_graph.resourceIds()) {
        if (!m_engine.inRun(id))
            continue;
        m_runIds.push_back(id);
        if (m_states[id] != ResourceState::Pending) {
            m_states[id] = ResourceState::Pending;
            changed.push_back(id);
        }
    }
    emit runStarted(dryRun);
    if (!changed.empty())
        emit statesChanged(changed);
    m_poll.start(PollIntervalMs);
    return true;
}

void Document::stop()
{
    if (isRunning())
        m_engine.cancel();
    else
        cancelBusy();
}

void Document::poll()
{
    std::vector<ResourceId> changed;
    for (ResourceId id : m_runIds) {
        const ResourceState s = m_engine.state(id);
        if (s != m_states[id]) {
            m_states[id] = s;
            changed.push_back(id);
        }
    }
    std::vector<RunEvent> events;
    m_eventIndex = m_engine.readEvents(m_eventIndex, &events, MaxEventsPerPoll);
    // State events are already covered by the poll above; the log wants the rest.
    std::erase_if(events, [](const RunEvent &e) { return e.type == RunEvent::Type::State; });
    if (!changed.empty())
        emit statesChanged(changed);
    if (!events.empty())
        emit eventsRead(events);
    if (m_finished && m_eventIndex >= m_engine.eventCount())
        completeRun();
}

void Document::engineFinished(const RunSummary &summary)
{
    // A run with much output leaves a backlog of events. Reading it in one go froze the
    // window (150 ms for 200,000 lines); instead it is read one bounded batch per pass of
    // the event loop, and the run counts as going until the last batch is handed on.
    m_finished = summary;
    m_poll.start(0);
}

void Document::completeRun()
{
    m_poll.stop();
    for (ResourceId id : m_runIds)
        m_records[id] = m_engine.record(id);
    emit runFinished(*std::exchange(m_finished, std::nullopt));
}

ResourceState Document::state(ResourceId id) const
{
    return id < m_states.size() ? m_states[id] : ResourceState::Pending;
}

StateCounts Document::counts() const
{
    StateCounts counts{};
    if (m_runIds.empty()) {
        for (ResourceId id : m_graph.resourceIds())
            ++counts[int(m_states[id])];
    }
    for (ResourceId id : m_runIds)
        ++counts[int(m_states[id])];
    return counts;
}

std::optional<RunRecord> Document::record(ResourceId id) const
{
    if (isRunning() && std::binary_search(m_runIds.begin(), m_runIds.end(), id))
        return m_engine.record(id);
    return id < m_records.size() ? m_records[id] : std::nullopt;
}

double Document::seconds(ResourceId id) const
{
    const std::optional<RunRecord> r = record(id);
    if (!r || r->startUs < 0)
        return 0;
    if (r->endUs >= 0)
        return r->seconds();
    return isRunning() ? std::max(0.0, (m_runClock.nsecsElapsed() / 1000 - r->startUs) / 1e6) : 0;
}

} // namespace converge
