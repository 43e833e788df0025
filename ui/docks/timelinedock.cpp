#include "docks/timelinedock.h"

#include "docks/timelineview.h"
#include "document/document.h"
#include "document/runcontroller.h"
#include "records/recordedrun.h"
#include "scene/criticalpathoverlay.h"
#include "scene/graphscene.h"

#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace converge {

namespace {
// Screen rate for the running bars' growth; the events themselves come from the run
// controller.
constexpr int ClockIntervalMs = 33;
// Longer recorded runs are replayed faster, so that watching one never takes much longer.
constexpr double MaxReplaySeconds = 20;
} // namespace

TimelineDock::TimelineDock(Document *document, GraphScene *scene, QWidget *parent)
    : QDockWidget(tr("Timeline"), parent), m_document(document), m_scene(scene),
      m_view(new TimelineView)
{
    setObjectName(u"TimelineDock"_qs);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *tools = new QToolBar;
    tools->setIconSize(QSize(16, 16));
    tools->addAction(QIcon::fromTheme(u"zoom-in"_qs), tr("Zoom In"), m_view, &TimelineView::zoomIn)
        ->setToolTip(tr("Zoom in on the time axis (Ctrl+wheel)"));
    tools->addAction(QIcon::fromTheme(u"zoom-out"_qs), tr("Zoom Out"), m_view,
                     &TimelineView::zoomOut);
    tools
        ->addAction(QIcon::fromTheme(u"zoom-fit-best"_qs), tr("Fit"), m_view,
                    &TimelineView::zoomToFit)
        ->setToolTip(tr("Show the whole run"));
    layout->addWidget(tools);
    layout->addWidget(m_view);
    setWidget(content);
    m_view->setTimeline(&m_timeline, {});

    m_tick.setInterval(ClockIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &TimelineDock::advanceClock);
    connect(document, &Document::loaded, this, &TimelineDock::resetForGraph);
    // Queued: the window moves the items first, then the halo follows them.
    connect(document, &Document::layoutReady, this, &TimelineDock::placeOverlay,
            Qt::QueuedConnection);
    const RunController *runs = document->runs();
    connect(runs, &RunController::runStarted, this, &TimelineDock::runStarted);
    connect(runs, &RunController::eventsRead, this, &TimelineDock::eventsRead);
    connect(runs, &RunController::runFinished, this, &TimelineDock::runFinished);
    connect(&m_replay, &RunReplay::advanced, this, &TimelineDock::replayAdvanced);
    connect(&m_replay, &RunReplay::finished, this, &TimelineDock::endReplay);
    connect(scene, &QGraphicsScene::selectionChanged, this, &TimelineDock::sceneSelectionChanged);
    connect(m_view, &TimelineView::resourceClicked, scene, &GraphScene::selectResource);
}

TimelineDock::~TimelineDock() = default;

void TimelineDock::resetForGraph()
{
    m_replay.stop();
    m_tick.stop();
    m_timeline.clear();
    m_hasRun = false;
    m_replayed = false;
    const Graph &graph = m_document->graph();
    std::vector<QString> names(graph.resourceCapacity());
    for (ResourceId id : graph.resourceIds())
        names[id] = graph.resource(id).key();
    m_view->setTimeline(&m_timeline, std::move(names));
    showCriticalPath({});
}

void TimelineDock::startClock()
{
    m_timeline.clear();
    m_criticalPath.clear();
    m_view->setCriticalPath({});
    if (m_overlay)
        m_overlay->setPath(*m_scene, m_document->graph(), {});
    m_clock.start();
    m_view->setNowUs(0);
    m_view->refresh();
}

void TimelineDock::runStarted()
{
    m_replay.stop();
    m_replayed = false;
    startClock();
    m_tick.start();
}

void TimelineDock::eventsRead(const std::vector<RunEvent> &events)
{
    m_timeline.apply(events);
    advanceClock();
}

void TimelineDock::advanceClock()
{
    m_view->setNowUs(m_clock.nsecsElapsed() / 1000);
    m_view->refresh();
}

void TimelineDock::runFinished(const RunSummary &summary)
{
    m_tick.stop();
    m_view->setNowUs(m_timeline.lastEventUs());
    m_view->refresh();
    m_summary = summary;
    m_hasRun = true;
    showCriticalPath(summary.criticalPathIds);
}

bool TimelineDock::openRecordedRun(const QString &path, Diagnostics *diagnostics)
{
    if (m_document->isRunning() || !m_document->hasGraph()) {
        Diagnostic d;
        d.file = path;
        d.message = m_document->isRunning() ? tr("a run is going: stop it before a replay")
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
    startClock();
    // Every node starts grey, as at the start of the recorded run.
    m_replayStates.assign(graph.resourceCapacity(), ResourceState::Pending);
    m_scene->updateStates(m_replayStates, graph.resourceIds());
    const double seconds = run->durationUs() / 1e6;
    m_replay.start(std::move(events), std::max(1.0, seconds / MaxReplaySeconds));
    return true;
}

void TimelineDock::replayAdvanced(const std::vector<RunEvent> &events)
{
    std::vector<ResourceId> changed;
    for (const RunEvent &e : events) {
        if (e.type == RunEvent::Type::State && e.resource < m_replayStates.size()) {
            m_replayStates[e.resource] = e.state;
            changed.push_back(e.resource);
        }
    }
    m_scene->updateStates(m_replayStates, changed);
    m_timeline.apply(events);
    m_view->setNowUs(m_replay.nowUs());
    m_view->refresh();
}

void TimelineDock::endReplay()
{
    m_view->setNowUs(m_timeline.lastEventUs());
    m_view->refresh();
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
    showCriticalPath(s.criticalPathIds);
    emit replayFinished();
}

void TimelineDock::showCriticalPath(const std::vector<ResourceId> &path)
{
    m_criticalPath = path;
    m_view->setCriticalPath(path);
    placeOverlay();
}

void TimelineDock::placeOverlay()
{
    if (m_criticalPath.empty() && !m_overlay)
        return;
    if (!m_overlay) {
        m_overlay = new CriticalPathOverlay;
        m_scene->addItem(m_overlay);
    }
    m_overlay->setPath(*m_scene, m_document->graph(), m_criticalPath);
}

void TimelineDock::sceneSelectionChanged()
{
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    m_view->setSelectedResource(selected.size() == 1 ? selected.front() : InvalidId);
}

RunReport TimelineDock::runReport() const
{
    const Graph &graph = m_document->graph();
    std::vector<RunRecord> records;
    if (m_replayed) {
        records = m_timeline.records(graph.resourceCapacity());
    } else {
        records.resize(graph.resourceCapacity());
        for (ResourceId id : graph.resourceIds()) {
            if (const std::optional<RunRecord> r = m_document->runs()->record(id))
                records[id] = *r;
        }
    }
    RunReport report = RunReport::fromRecords(graph, records, m_summary);
    report.setFileName(m_replayed ? m_replayFile : m_document->filePath());
    return report;
}

} // namespace converge
