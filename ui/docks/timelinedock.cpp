#include "docks/timelinedock.h"

#include "docks/timelineview.h"
#include "document/document.h"
#include "document/runcontroller.h"
#include "scene/criticalpathoverlay.h"
#include "scene/graphscene.h"

#include <QToolBar>
#include <QVBoxLayout>

namespace converge {

namespace {
// Screen rate for the running bars' growth; the events themselves come from the run
// controller.
constexpr int ClockIntervalMs = 33;
} // namespace

TimelineDock::TimelineDock(Document *document, GraphScene *scene, QWidget *parent)
    : QDockWidget(tr("Timeline"), parent), m_document(document), m_runs(document->runs()),
      m_scene(scene), m_view(new TimelineView)
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
    m_view->setTimeline(&m_runs->timeline(), {});

    m_tick.setInterval(ClockIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &TimelineDock::advanceClock);
    connect(document, &Document::loaded, this, &TimelineDock::resetForGraph);
    // After a layout the scene may create a large graph's items over several passes of the
    // event loop: the halo follows once the last node it circles is there.
    connect(scene, &GraphScene::built, this, &TimelineDock::placeOverlay);
    connect(m_runs, &RunController::runStarted, this, &TimelineDock::runStarted);
    connect(m_runs, &RunController::eventsRead, this, &TimelineDock::advanceClock);
    connect(m_runs, &RunController::runFinished, this, &TimelineDock::runFinished);
    connect(m_runs, &RunController::replayStarted, this, &TimelineDock::replayStarted);
    connect(m_runs, &RunController::replayRead, this, &TimelineDock::replayRead);
    connect(m_runs, &RunController::replayFinished, this, &TimelineDock::runFinished);
    connect(scene, &QGraphicsScene::selectionChanged, this, &TimelineDock::sceneSelectionChanged);
    connect(m_view, &TimelineView::resourceClicked, scene, &GraphScene::selectResource);
}

TimelineDock::~TimelineDock() = default;

const RunTimeline &TimelineDock::timeline() const
{
    return m_runs->timeline();
}

void TimelineDock::resetForGraph()
{
    m_tick.stop();
    showNames();
    showCriticalPath({});
}

void TimelineDock::showNames()
{
    m_view->setTimeline(&m_runs->timeline(), m_document->graph());
}

void TimelineDock::startClock()
{
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
    // Resources added or renamed in the editor since the graph was loaded get their rows'
    // names now.
    showNames();
    startClock();
    m_tick.start();
}

void TimelineDock::advanceClock()
{
    m_view->setNowUs(m_clock.nsecsElapsed() / 1000);
    m_view->refresh();
}

void TimelineDock::runFinished()
{
    m_tick.stop();
    m_view->setNowUs(m_runs->timeline().lastEventUs());
    m_view->refresh();
    showCriticalPath(m_runs->criticalPath());
}

void TimelineDock::replayStarted()
{
    m_tick.stop();
    startClock();
    m_scene->updateStates(m_runs->replayStates(), m_document->graph().resourceIds());
}

void TimelineDock::replayRead(const std::vector<RunEvent> &, const std::vector<ResourceId> &changed)
{
    m_scene->updateStates(m_runs->replayStates(), changed);
    m_view->setNowUs(m_runs->replayNowUs());
    m_view->refresh();
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

} // namespace converge
