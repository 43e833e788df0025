#include "document/document.h"

#include "document/runcontroller.h"
#include "engine/graphvalidator.h"
#include "formats/graphfileloader.h"
#include "formats/savedtext.h"
#include "formats/yamlsource.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace converge {

namespace {
/// For each id of next, the id of the same resource (by kind and name) in now, or InvalidId.
std::vector<ResourceId> idsBefore(const Graph &now, const Graph &next)
{
    std::vector<ResourceId> before(next.resourceCapacity(), InvalidId);
    for (const ResourceId id : next.resourceIds())
        before[id] = now.find(next.resource(id).kind, next.resource(id).name);
    return before;
}

/// Where model's resources and edges sit in source, the text they were written to (bound to
/// model's ids); those it does not hold are left out.
std::pair<GraphModel::Locations, GraphModel::Locations> locationsIn(const YamlSource &source,
                                                                    const Graph &model)
{
    GraphModel::Locations resources;
    GraphModel::Locations edges;
    for (ResourceId id : model.resourceIds()) {
        if (const ResourceId own = source.ownResource(id); source.graph.contains(own))
            resources.emplace_back(id, source.graph.resource(own).location);
    }
    for (EdgeId id : model.edgeIds()) {
        const ResourceId from = source.ownResource(model.edge(id).from);
        const ResourceId to = source.ownResource(model.edge(id).to);
        if (!source.graph.contains(from))
            continue;
        // mgmt keeps one edge per pair of resources, and so does the source's graph.
        for (EdgeId own : source.graph.outEdges(from)) {
            if (source.graph.edge(own).to == to)
                edges.emplace_back(id, source.graph.edge(own).location);
        }
    }
    return {std::move(resources), std::move(edges)};
}
} // namespace

struct Document::Loaded
{
    QString path;
    YamlGraphReader::Result result;
    /// Why a run of the graph would be refused (GraphValidator): shown in the Problems list
    /// with the reading diagnostics, without stopping the file from opening.
    Diagnostics runProblems;
};

Document::Document(QObject *parent) : QObject(parent), m_runs(new RunController(this, this))
{
    connect(m_runs, &RunController::runningChanged, this, [this](bool running) {
        if (running)
            emit runStarted();
    });
    connect(m_runs, &RunController::runFinished, this, &Document::runFinished);
    connect(m_runs, &RunController::runRefused, this, [this] { emit runFinished(RunSummary()); });
    // Reopening a file, or going back to an engine tried before, reads the layout back.
    m_layoutJob.setCache(LayoutCache(LayoutCache::defaultFolder()));
    connect(&m_layoutJob, &LayoutJob::finished, this, &Document::layoutDone);
    connect(&m_layoutJob, &LayoutJob::failed, this, &Document::layoutError);
    connect(&m_model, &GraphModel::resourceAdded, this, &Document::graphEdited);
    connect(&m_problems, &LiveValidator::changed, this, &Document::problemsChanged);
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
    // The run controller, a child, is destroyed after this object's members and waits for its
    // run's threads then: nothing it emits meanwhile may reach this half-destroyed document.
    disconnect(m_runs, nullptr, this, nullptr);
}

bool Document::open(const QString &path)
{
    // While Keep Converging watches, its own file may be read again: the watch takes it on.
    if (isRunning() && !(m_runs->isWatching() && !m_runs->isStopping() && path == m_path))
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
        auto loaded = std::make_shared<Loaded>();
        loaded->path = path;
        loaded->result = loadGraphFile(path, nullptr, YamlGraphReader::Keep::Source);
        if (loaded->result.parsed) {
            RunOptions options;
            options.fileName = path;
            loaded->runProblems = GraphValidator::validate(loaded->result.graph, options);
        }
        return loaded;
    }));
    return true;
}

bool Document::reload()
{
    return !m_path.isEmpty() && open(m_path);
}

void Document::graphEdited()
{
    m_runs->graphEdited();
}

bool Document::replaceGraph(Graph graph, const QString &path)
{
    if (m_model.isLocked())
        return false;
    cancelBusy();
    m_model.reset(std::move(graph));
    m_path = path;
    m_source.reset();
    m_problems.reset({}, {}, path);
    m_problems.revalidate();
    m_hasGraph = true;
    m_layout = GraphLayout();
    m_runs->resetForGraph();
    emit loaded();
    return true;
}

void Document::finishLoad(quint64 generation, std::shared_ptr<Loaded> loaded)
{
    if (generation != m_loadGeneration)
        return; // superseded or cancelled
    if (!loaded->result.parsed) {
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
    options.nodeSizes.clear();
    options.measureFont = m_labelFont;
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
    const bool following = m_pending && m_runs->isWatching();
    if (m_pending && m_model.isLocked() && !following) {
        // A run started while the file loaded, and keeps the graph it runs; the file replaces
        // it when the run is over, laid out again then rather than keeping this layout aside.
        return;
    }
    if (m_pending) {
        // The new picture is ready: now the new graph may replace the old one. While watching,
        // only this reload may change the locked graph; editing stays blocked.
        const std::vector<ResourceId> before =
            following ? idsBefore(m_graph, m_pending->result.graph) : std::vector<ResourceId>();
        m_model.setLocked(false);
        m_model.reset(std::move(m_pending->result.graph));
        m_model.setLocked(following);
        m_path = m_pending->path;
        m_source = std::move(m_pending->result.source);
        m_problems.reset(m_pending->result.diagnostics, m_pending->runProblems, m_path);
        m_pending.reset();
        m_hasGraph = true;
        if (following)
            m_runs->followReload(before);
        else
            m_runs->resetForGraph();
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

void Document::saved(const SavedText &saved)
{
    m_source = saved.source();
    if (m_source) {
        const auto [resources, edges] = locationsIn(*m_source, m_graph);
        m_model.setLocations(resources, edges);
    }
    m_problems.saved(saved.reading(), m_path);
    emit sourceChanged();
}

void Document::setFilePath(const QString &path)
{
    m_path = path;
    m_problems.setFileName(path);
}

Diagnostics Document::diagnostics() const
{
    // A refused run's reasons are these: the engine asks the validator they come from.
    return m_problems.diagnostics();
}

bool Document::run(bool dryRun)
{
    return m_runs->run(dryRun);
}

bool Document::isRunning() const
{
    return m_runs->isRunning();
}

void Document::stop()
{
    if (isRunning())
        m_runs->stop();
    else
        cancelBusy();
}

} // namespace converge
