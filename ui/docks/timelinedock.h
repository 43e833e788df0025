#pragma once

#include "model/diagnostic.h"
#include "model/resource.h"
#include "model/runrecord.h"
#include "records/runreplay.h"
#include "records/runreport.h"
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
class TimelineView;

/// The Timeline dock: the last run (live, or replayed from a recorded run) as bars over time,
/// with zoom buttons, and the run's critical path marked on the timeline and on the graph.
///
/// It follows its Document's RunController: a run start clears it, each batch of the run's
/// events extends the bars (the dock never reads the engine), and the end of the run marks
/// the critical path. Clicking a bar selects the node in the scene; selecting a node highlights its
/// row. openRecordedRun() plays a `converge run --events` file back on the shown graph. The
/// document and scene must outlive the dock. GUI thread only.
class TimelineDock : public QDockWidget
{
    Q_OBJECT
public:
    TimelineDock(Document *document, GraphScene *scene, QWidget *parent = nullptr);
    ~TimelineDock() override;

    /// Reads path and replays it on the current graph, compressed to at most about 20 seconds.
    /// False with error diagnostics when the file is bad, there is no graph, or a run is
    /// going; warnings (resources the graph lacks) may come with true.
    bool openRecordedRun(const QString &path, Diagnostics *diagnostics);
    /// Whether a run (live or replayed) has been shown, so a report can be saved.
    bool hasRun() const { return m_hasRun; }
    /// The report of the run shown: engine records after a live run (with exit codes), the
    /// timeline's after a replay.
    RunReport runReport() const;

    TimelineView *view() const { return m_view; }
    const RunTimeline &timeline() const { return m_timeline; }
    /// The critical path shown, empty until a run finished.
    const std::vector<ResourceId> &criticalPath() const { return m_criticalPath; }
    /// The overlay on the graph, or nullptr when the scene has dropped it.
    CriticalPathOverlay *overlay() const { return m_overlay; }

signals:
    /// A replay handed out its last event.
    void replayFinished();

private:
    void resetForGraph();
    void runStarted();
    void eventsRead(const std::vector<RunEvent> &events);
    /// Moves "now" on, so running bars grow between batches.
    void advanceClock();
    void runFinished(const RunSummary &summary);
    void replayAdvanced(const std::vector<RunEvent> &events);
    void endReplay();
    void showCriticalPath(const std::vector<ResourceId> &path);
    void placeOverlay();
    void sceneSelectionChanged();
    void startClock();

    Document *m_document;
    GraphScene *m_scene;
    TimelineView *m_view;
    QPointer<CriticalPathOverlay> m_overlay;
    RunTimeline m_timeline;
    RunReplay m_replay;
    QTimer m_tick; ///< advanceClock() while a run goes
    QElapsedTimer m_clock;
    bool m_hasRun = false;
    bool m_replayed = false;
    QString m_replayFile;
    RunSummary m_summary;
    std::vector<ResourceId> m_criticalPath;
    std::vector<ResourceState> m_replayStates;
};

} // namespace converge
