#pragma once

#include "document/statecounts.h"
#include "engine/engine.h"
#include "layout/graphlayout.h"
#include "layout/graphvizlayout.h"
#include "layout/layoutjob.h"
#include "model/diagnostic.h"
#include "model/graph.h"
#include "model/graphmodel.h"
#include "model/runrecord.h"

#include <QElapsedTimer>
#include <QFont>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace converge {

/// One open graph file and everything the window does with it: loading (off the GUI thread),
/// laying out (through LayoutJob), and running (through Engine), so that MainWindow only wires
/// widgets to it.
///
/// The document owns the GraphModel (and through it the Graph), the file path, the layout the
/// window shows, the Engine and the LayoutJob. A newly loaded graph replaces the current one
/// only once its layout is ready, so the old picture stays up until the new one can be shown.
/// The model is locked from runStarted() to runFinished(): nothing edits a running graph. During a
/// run the engine's lock-free states are polled at screen rate and handed on in batches; nothing is
/// emitted per engine event. GUI thread only.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    /// Starts loading path in the background; loaded() or loadFailed() follows. A later open()
    /// supersedes one in flight. Refused (false) while a run is going.
    bool open(const QString &path);
    /// open() on the current file.
    bool reload();
    QString filePath() const { return m_path; }
    bool hasGraph() const { return m_hasGraph; }
    const Graph &graph() const { return m_graph; }
    /// The only way to change the graph (GraphEditor edits through it; views observe it).
    GraphModel *model() { return &m_model; }
    /// Replaces the graph without reading a file (File > New, crash recovery); emits loaded()
    /// but lays nothing out: the editor places the nodes. path may be empty (untitled). Refused
    /// (false) during a run.
    bool replaceGraph(Graph graph, const QString &path);
    /// Where the graph now lives, after Save As.
    void setFilePath(const QString &path) { m_path = path; }
    /// Loading problems of the current file plus the reasons the last run could not start.
    Diagnostics diagnostics() const { return m_loadDiagnostics + m_runDiagnostics; }
    /// Loading or laying out.
    bool isBusy() const { return m_loading || m_layoutJob.isRunning(); }

    /// The font node labels are drawn in: the layout sizes boxes to fit it (NodeBox).
    void setLabelFont(const QFont &font) { m_labelFont = font; }
    GraphvizLayout::Options layoutOptions() const { return m_layoutOptions; }
    /// Lays the current graph out again with these options (engine, direction).
    void setLayoutOptions(const GraphvizLayout::Options &options);
    /// The Graphviz layout the picture is built on: the one copy. A layout delivered by
    /// layoutReady() becomes it only through setLayout() (the editor decides: the first after a
    /// load, or a re-layout as an undo step).
    const GraphLayout &layout() const { return m_layout; }
    void setLayout(const GraphLayout &layout) { m_layout = layout; }
    /// Drops the load or layout in flight; the current picture stays.
    void cancelBusy();
    /// The thread the last delivered layout ran on; never the GUI thread.
    Qt::HANDLE lastLayoutThread() const { return m_layoutJob.lastWorkerThread(); }

    /// Runs the whole graph, or only checks it (dry run). Returns false and emits runRefused()
    /// with the reasons when it cannot start.
    bool run(bool dryRun = false);
    /// Runs ids, and with prerequisites every resource they depend on.
    bool runResources(const std::vector<ResourceId> &ids, bool withPrerequisites);
    /// Runs the resources that failed or were skipped in the last run, nothing else.
    bool rerunFailed();
    /// Cancels the run; runFinished() still follows.
    void stop();
    /// From a successful start until runFinished(), which follows the engine's end once
    /// every event has been handed on.
    bool isRunning() const { return m_engine.isRunning() || m_finished.has_value(); }
    /// Failed or skipped resources exist that rerunFailed() would run.
    bool hasFailures() const;

    /// States by ResourceId as last polled; resources outside the last run keep earlier states.
    const std::vector<ResourceState> &states() const { return m_states; }
    ResourceState state(ResourceId id) const;
    /// Resources per state, over the resources of the last run (all before the first run).
    StateCounts counts() const;
    /// The resource's last run record, live during a run; nothing when it never ran.
    std::optional<RunRecord> record(ResourceId id) const;
    /// Seconds the resource has been running, or ran; 0 when it never started.
    double seconds(ResourceId id) const;
    /// The engine, for tests and tools that read the event stream.
    Engine &engine() { return m_engine; }

signals:
    void busyChanged(bool busy, const QString &what);
    /// A new graph replaced the old one (the layout follows at once).
    void loaded();
    /// The file could not be read; the current graph stays.
    void loadFailed(const converge::Diagnostics &diagnostics);
    void layoutReady(const converge::GraphLayout &layout);
    void layoutFailed(const QString &message);
    void runStarted(bool dryRun);
    /// States of the listed resources changed; at most once per screen refresh.
    void statesChanged(const std::vector<converge::ResourceId> &changed);
    /// Output and message events since the last batch, in stream order.
    void eventsRead(const std::vector<converge::RunEvent> &events);
    void runFinished(const converge::RunSummary &summary);
    /// A run could not start; diagnostics() now includes why.
    void runRefused(const converge::Diagnostics &reasons);

private:
    struct Loaded;
    void finishLoad(quint64 generation, std::shared_ptr<Loaded> result);
    void startLayout();
    void layoutDone(const GraphLayout &layout);
    void layoutError(const QString &message);
    bool startRun(RunOptions options);
    void poll();
    void engineFinished(const RunSummary &summary);
    void completeRun();
    void setBusy(bool loading);
    void graphEdited();

    GraphModel m_model;
    const Graph &m_graph = m_model.graph(); ///< read-only: changes go through m_model
    bool m_hasGraph = false;
    QString m_path;
    Diagnostics m_loadDiagnostics;
    Diagnostics m_runDiagnostics;
    std::shared_ptr<Loaded> m_pending; ///< loaded, waiting for its layout
    quint64 m_loadGeneration = 0;
    bool m_loading = false;

    QFont m_labelFont;
    GraphvizLayout::Options m_layoutOptions;
    GraphLayout m_layout;
    LayoutJob m_layoutJob;

    Engine m_engine;
    QTimer m_poll;
    std::optional<RunSummary> m_finished; ///< the engine is done; its events are still read
    QElapsedTimer m_runClock;
    qsizetype m_eventIndex = 0;
    std::vector<ResourceId> m_runIds;
    std::vector<ResourceState> m_states;
    std::vector<std::optional<RunRecord>> m_records; ///< from finished runs
};

} // namespace converge
