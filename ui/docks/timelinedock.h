#pragma once

#include "model/resource.h"
#include "model/runevent.h"
#include "model/runrecord.h"
#include "records/runtimeline.h"
#include "scene/criticalpathoverlay.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <vector>

namespace converge {

class Document;
class GraphScene;
class RunController;
class TimelineView;

/// The Timeline dock: the run its Document's RunController shows (live, or replayed from a
/// recorded run) as bars over time, with zoom buttons, and the run's critical path marked on
/// the timeline and on the graph.
///
/// A view: the run controller keeps the timeline and hands on each batch of events; the dock
/// never reads the engine. A run start clears it, and the end of a run or replay marks the
/// critical path. During a replay it also colours the graph's nodes with the replayed states.
/// Clicking a bar selects the node in the scene; selecting a node highlights its row. The
/// document and scene must outlive the dock. GUI thread only.
class TimelineDock : public QDockWidget
{
    Q_OBJECT
public:
    TimelineDock(Document *document, GraphScene *scene, QWidget *parent = nullptr);
    ~TimelineDock() override;

    TimelineView *view() const { return m_view; }
    const RunTimeline &timeline() const;
    /// The critical path shown, empty until a run finished.
    const std::vector<ResourceId> &criticalPath() const { return m_criticalPath; }
    /// The overlay on the graph, or nullptr when the scene has dropped it.
    CriticalPathOverlay *overlay() const { return m_overlay; }

private:
    void resetForGraph();
    /// Names every resource's row as the graph has it now.
    void showNames();
    void runStarted();
    /// Moves "now" on, so running bars grow between batches.
    void advanceClock();
    void runFinished();
    void replayStarted();
    void replayRead(const std::vector<RunEvent> &events, const std::vector<ResourceId> &changed);
    void showCriticalPath(const std::vector<ResourceId> &path);
    void placeOverlay();
    void sceneSelectionChanged();
    void startClock();

    Document *m_document;
    RunController *m_runs;
    GraphScene *m_scene;
    TimelineView *m_view;
    QPointer<CriticalPathOverlay> m_overlay;
    QTimer m_tick; ///< advanceClock() while a run goes
    QElapsedTimer m_clock;
    std::vector<ResourceId> m_criticalPath;
};

} // namespace converge
