#include "document/runcontroller.h"

#include "document/document.h"
#include "engine/rungraph.h"
#include "records/recordedrun.h"

#include <QCoreApplication>

#include <algorithm>

namespace converge {

namespace {
// Events handed on per batch; a backlog is worked off over the next passes of the event loop
// instead of stalling one frame (reading 200,000 output lines at once froze the window for
// 150 ms).
constexpr qsizetype MaxEventsPerBatch = 20000;
// The lowest priority for the run's threads and commands, as for any background job: the
// window's thread then gets a core at once even while a hundred commands are runnable. In
// bench_gui's 10,000-command run the longest stall was 476 ms at niceness 10 and 75 ms at 19;
// on an otherwise idle machine the commands lose nothing.
constexpr int WorkerNiceness = 19;
// Longer recorded runs are replayed faster, so that watching one never takes much longer.
constexpr double MaxReplaySeconds = 20;
} // namespace

RunController::RunController(const Document *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_backlog.setSingleShot(true);
    m_backlog.setInterval(0);
    connect(&m_backlog, &QTimer::timeout, this, &RunController::readBatch);
    connect(&m_engine, &Engine::started, this, &RunController::engineStarted);
    connect(&m_engine, &Engine::refused, this, &RunController::engineRefused);
    connect(&m_engine, &Engine::eventsAvailable, this, &RunController::readBatch);
    connect(&m_engine, &Engine::finished, this, &RunController::engineFinished);
    connect(&m_replay, &RunReplay::advanced, this, &RunController::replayAdvanced);
    connect(&m_replay, &RunReplay::finished, this, &RunController::endReplay);
    connect(&m_watch, &WatchMonitor::batchReady, this, &RunController::watchBatch);
    connect(&m_watch, &WatchMonitor::stopped, this, &RunController::watchStopped);
    connect(&m_watch, &WatchMonitor::swapped, this, &RunController::graphFollowed);
}

RunController::~RunController()
{
    // The engine's destructor waits for its threads; nothing may be delivered to us after.
    disconnect(&m_engine, nullptr, this, nullptr);
}

void RunController::resetForGraph()
{
    const std::uint32_t capacity = m_document->graph().resourceCapacity();
    m_states.assign(capacity, ResourceState::Pending);
    m_startUs.assign(capacity, -1);
    m_records.assign(capacity, std::nullopt);
    m_runIds.clear();
    m_diagnostics.clear();
    m_replay.stop();
    m_timeline.clear();
    m_hasRun = false;
    m_replayed = false;
    m_summary = RunSummary();
}

void RunController::graphEdited()
{
    const std::uint32_t capacity = m_document->graph().resourceCapacity();
    m_states.resize(capacity, ResourceState::Pending);
    m_startUs.resize(capacity, -1);
    m_records.resize(capacity);
}

void RunController::followReload(const std::vector<ResourceId> &before)
{
    const Graph &graph = m_document->graph();
    const std::uint32_t capacity = graph.resourceCapacity();
    std::vector<ResourceState> states(capacity, ResourceState::Pending);
    std::vector<qint64> startUs(capacity, -1);
    std::vector<std::optional<RunRecord>> records(capacity);
    m_runIds = graph.resourceIds();
    for (const ResourceId id : m_runIds) {
        const ResourceId old = id < before.size() ? before[id] : InvalidId;
        if (old == InvalidId || old >= m_states.size())
            continue;
        states[id] = m_states[old];
        startUs[id] = m_startUs[old];
        records[id] = std::move(m_records[old]);
    }
    m_states = std::move(states);
    m_startUs = std::move(startUs);
    m_records = std::move(records);
    // Its rows are by the old ids; the watch's next applies start it again.
    m_timeline.clear();
    Diagnostics errors;
    for (const Diagnostic &d : m_document->problems()->diagnostics()) {
        if (d.isError())
            errors.append(d);
    }
    if (!errors.isEmpty()) {
        emit graphRefused(errors);
        return;
    }
    m_watch.swapTo(graph);
}

bool RunController::run(bool dryRun)
{
    RunOptions options;
    options.noop = dryRun;
    return startRun(std::move(options));
}

bool RunController::runResources(const std::vector<ResourceId> &ids, bool withPrerequisites)
{
    const Graph &graph = m_document->graph();
    std::vector<ResourceId> subset;
    std::copy_if(ids.begin(), ids.end(), std::back_inserter(subset),
                 [&graph](ResourceId id) { return graph.contains(id); });
    // The run's own shape, so that mgmt's automatic edges count as prerequisites too.
    if (withPrerequisites)
        subset = RunGraph(graph, {}).withPrerequisites(subset);
    std::sort(subset.begin(), subset.end());
    subset.erase(std::unique(subset.begin(), subset.end()), subset.end());
    if (subset.empty())
        return false;
    RunOptions options;
    options.subset = std::move(subset);
    return startRun(std::move(options));
}

bool RunController::hasFailures() const
{
    return std::any_of(m_states.begin(), m_states.end(), [](ResourceState s) {
        return s == ResourceState::Failed || s == ResourceState::Skipped;
    });
}

bool RunController::rerunFailed()
{
    std::vector<ResourceId> subset;
    for (ResourceId id : m_document->graph().resourceIds()) {
        if (m_states[id] == ResourceState::Failed || m_states[id] == ResourceState::Skipped)
            subset.push_back(id);
    }
    if (subset.empty())
        return false;
    RunOptions options;
    options.subset = std::move(subset);
    return startRun(std::move(options));
}

bool RunController::startRun(RunOptions options)
{
    if (!m_document->hasGraph() || isRunning())
        return false;
    m_dryRun = options.noop;
    // What the engine cannot see: parts of the file the graph could not hold, values typed
    // into the editor that were kept out of the model.
    Diagnostics blocking;
    for (const Diagnostic &d : m_document->problems()->diagnostics()) {
        if (d.isError())
            blocking.append(d);
    }
    if (!blocking.isEmpty()) {
        // Refused as the engine refuses: after run() has returned.
        m_accepted = true;
        emit runningChanged(true);
        QMetaObject::invokeMethod(
            this, [this, blocking] { engineRefused(blocking); }, Qt::QueuedConnection);
        return true;
    }
    // The window must keep answering while the run's commands use every core.
    options.niceness = WorkerNiceness;
    options.fileName = m_document->filePath();
    // Watching starts before the pass, as in `run --watch`, so drift during it is not missed.
    if (m_keepConverging && !options.noop && options.subset.empty()) {
        QString error;
        if (!m_watch.start(m_document->graph(), options, &error)) {
            Diagnostic d;
            d.file = m_document->filePath();
            d.message = tr("cannot keep converging: %1").arg(error);
            engineRefused({d});
            return false;
        }
    }
    if (!m_engine.start(m_document->graph(), options)) {
        m_watch.stop();
        return false;
    }
    m_accepted = true;
    emit runningChanged(true);
    return true;
}

void RunController::stop()
{
    if (m_stopping || !isRunning())
        return;
    if (m_accepted) {
        m_stopping = true;
        emit stopping();
        m_engine.cancel();
    } else {
        endWatch();
    }
}

void RunController::setKeepConverging(bool on)
{
    m_keepConverging = on;
    if (!on && isWatching() && !m_stopping)
        endWatch();
}

void RunController::engineRefused(const Diagnostics &reasons)
{
    m_diagnostics = reasons;
    m_stopping = false;
    for (Diagnostic &d : m_diagnostics) {
        if (d.file.isEmpty())
            d.file = m_document->filePath();
    }
    m_accepted = false;
    m_watch.stop();
    emit runRefused(m_diagnostics);
    emit runningChanged(false);
}

void RunController::engineStarted()
{
    m_replay.stop();
    m_replayed = false;
    m_hasRun = false;
    m_timeline.clear();
    m_summary = RunSummary();
    m_diagnostics.clear();
    m_eventIndex = 0;
    m_runIds.clear();
    std::vector<ResourceId> changed;
    for (ResourceId id : m_document->graph().resourceIds()) {
        if (!m_engine.inRun(id))
            continue;
        m_runIds.push_back(id);
        m_startUs[id] = -1;
        if (m_states[id] != ResourceState::Pending) {
            m_states[id] = ResourceState::Pending;
            changed.push_back(id);
        }
    }
    emit runStarted(m_dryRun);
    if (!changed.empty())
        emit statesChanged(changed);
}

void RunController::handOn(const std::vector<RunEvent> &events, const std::vector<WatchNote> &notes)
{
    std::vector<ResourceId> changed;
    for (const RunEvent &e : events) {
        if (e.type != RunEvent::Type::State || e.resource >= m_states.size())
            continue;
        if (e.state == ResourceState::Running)
            m_startUs[e.resource] = e.timeUs;
        if (m_states[e.resource] != e.state) {
            m_states[e.resource] = e.state;
            changed.push_back(e.resource);
        }
    }
    // A resource can change more than once in a batch; each view updates it once.
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    m_timeline.apply(events);
    if (!events.empty())
        emit eventsRead(events);
    if (!notes.empty())
        emit watchNotes(notes);
    if (!changed.empty())
        emit statesChanged(changed);
}

void RunController::readBatch()
{
    std::vector<RunEvent> events;
    m_eventIndex = m_engine.readEvents(m_eventIndex, &events, MaxEventsPerBatch);
    handOn(events);
    if (m_eventIndex < m_engine.eventCount())
        m_backlog.start();
    else if (m_finished)
        completeRun();
}

void RunController::engineFinished(const RunSummary &summary)
{
    // The engine announced its last events just before; whatever of them is left is read in
    // bounded batches, and the run counts as going until the last one is handed on.
    m_finished = summary;
    if (!m_backlog.isActive())
        readBatch();
}

void RunController::completeRun()
{
    for (ResourceId id : m_runIds)
        m_records[id] = m_engine.record(id);
    m_accepted = false;
    m_summary = *std::exchange(m_finished, std::nullopt);
    // A dry run's durations are checks, not the work: no path through them is critical.
    if (m_summary.noop) {
        m_summary.criticalPathIds.clear();
        m_summary.criticalPath = 0;
    }
    m_hasRun = true;
    if (m_watch.isActive() && !m_summary.interrupted && m_summary.error.isEmpty()) {
        std::vector<ResourceId> failed;
        for (ResourceId id : m_runIds) {
            if (m_states[id] != ResourceState::Done)
                failed.push_back(id);
        }
        m_watch.resume(m_summary.startedAt, failed);
        emit watchingChanged(true);
        return;
    }
    if (m_watch.isActive()) {
        // Its watchcmds may still be going; the run is over once they are gone.
        m_watchWasOn = false;
        m_watch.stopLater();
        return;
    }
    m_stopping = false;
    emit runFinished(m_summary);
    emit runningChanged(false);
}

void RunController::watchBatch(const std::vector<RunEvent> &events,
                               const std::vector<RunRecord> &records,
                               const std::vector<WatchNote> &notes)
{
    for (size_t i = 0; i < events.size(); ++i) {
        const RunEvent &e = events[i];
        if (e.type != RunEvent::Type::State || e.resource >= m_records.size())
            continue;
        if (isFinal(e.state)) {
            m_records[e.resource] = records[i];
        } else if (m_records[e.resource]) {
            // A repair is going: its record says so until its final state arrives.
            m_records[e.resource]->state = e.state;
            m_records[e.resource]->startUs = e.timeUs;
            m_records[e.resource]->endUs = -1;
        }
    }
    handOn(events, notes);
}

void RunController::endWatch()
{
    m_watchWasOn = m_watch.isWatching();
    // The user ended it: the run says "stopped", as a cancelled pass does.
    m_summary.interrupted = true;
    m_stopping = true;
    emit stopping();
    m_watch.stopLater();
}

void RunController::watchStopped()
{
    m_stopping = false;
    if (std::exchange(m_watchWasOn, false))
        emit watchingChanged(false);
    emit runFinished(m_summary);
    emit runningChanged(false);
}

ResourceState RunController::state(ResourceId id) const
{
    return id < m_states.size() ? m_states[id] : ResourceState::Pending;
}

StateCounts RunController::counts() const
{
    StateCounts counts{};
    if (m_runIds.empty()) {
        for (ResourceId id : m_document->graph().resourceIds())
            ++counts[int(state(id))];
    }
    for (ResourceId id : m_runIds)
        ++counts[int(m_states[id])];
    return counts;
}

std::optional<RunRecord> RunController::record(ResourceId id) const
{
    if (m_accepted && std::binary_search(m_runIds.begin(), m_runIds.end(), id)) {
        // The engine publishes a record once it is final; until then what the events told.
        RunRecord r = isFinal(m_states[id]) ? m_engine.record(id) : RunRecord{};
        r.state = m_states[id];
        if (r.state == ResourceState::Running)
            r.startUs = m_startUs[id];
        return r;
    }
    return id < m_records.size() ? m_records[id] : std::nullopt;
}

double RunController::seconds(ResourceId id) const
{
    const std::optional<RunRecord> r = record(id);
    if (!r || r->startUs < 0)
        return 0;
    if (r->endUs >= 0)
        return r->seconds();
    return m_accepted ? std::max<qint64>(0, m_engine.runTimeUs() - r->startUs) / 1e6 : 0;
}

bool RunController::openRecordedRun(const QString &path, Diagnostics *diagnostics)
{
    if (isRunning() || !m_document->hasGraph()) {
        Diagnostic d;
        d.file = path;
        d.message = isRunning() ? tr("a run is going: stop it before a replay")
                                : tr("open the graph the run was recorded from first");
        diagnostics->append(d);
        return false;
    }
    const std::optional<RecordedRun> run = RecordedRun::readFile(path, diagnostics);
    if (!run)
        return false;
    const Graph &graph = m_document->graph();
    std::vector<RunEvent> events = run->bind(graph, diagnostics);
    m_replayed = true;
    m_replayFile = path;
    m_hasRun = false;
    m_timeline.clear();
    m_summary = RunSummary();
    // Every node starts grey, as at the start of the recorded run.
    m_replayStates.assign(graph.resourceCapacity(), ResourceState::Pending);
    emit replayStarted();
    const double seconds = run->durationUs() / 1e6;
    m_replay.start(std::move(events), std::max(1.0, seconds / MaxReplaySeconds));
    return true;
}

void RunController::replayAdvanced(const std::vector<RunEvent> &events)
{
    std::vector<ResourceId> changed;
    for (const RunEvent &e : events) {
        if (e.type == RunEvent::Type::State && e.resource < m_replayStates.size()) {
            m_replayStates[e.resource] = e.state;
            changed.push_back(e.resource);
        }
    }
    m_timeline.apply(events);
    emit replayRead(events, changed);
}

void RunController::endReplay()
{
    const Graph &graph = m_document->graph();
    const std::vector<RunRecord> records = m_timeline.records(graph.resourceCapacity());
    RunSummary s;
    std::vector<double> durations(graph.resourceCapacity(), 0.0);
    for (ResourceId id : graph.resourceIds()) {
        const RunRecord &r = records[id];
        s.done += r.state == ResourceState::Done;
        s.changed += r.state == ResourceState::Done && r.changed;
        s.failed += r.state == ResourceState::Failed;
        s.skipped += r.state == ResourceState::Skipped;
        s.cancelled += r.state == ResourceState::Cancelled;
        durations[id] = r.seconds();
    }
    s.seconds = m_timeline.lastEventUs() / 1e6;
    s.criticalPathIds = m_timeline.criticalPath(graph);
    for (ResourceId id : s.criticalPathIds)
        s.criticalPath += durations[id];
    m_summary = s;
    m_hasRun = true;
    emit replayFinished();
}

RunReport RunController::runReport() const
{
    const Graph &graph = m_document->graph();
    std::vector<RunRecord> records;
    if (m_replayed) {
        records = m_timeline.records(graph.resourceCapacity());
    } else {
        records.resize(graph.resourceCapacity());
        for (ResourceId id : graph.resourceIds()) {
            if (const std::optional<RunRecord> r = record(id))
                records[id] = *r;
        }
    }
    RunReport report = RunReport::fromRecords(graph, records, m_summary);
    report.setFileName(m_replayed ? m_replayFile : m_document->filePath());
    return report;
}

} // namespace converge
