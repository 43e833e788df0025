#pragma once

#include "document/livevalidator.h"
#include "layout/graphlayout.h"
#include "layout/graphvizlayout.h"
#include "layout/layoutjob.h"
#include "model/diagnostic.h"
#include "model/graph.h"
#include "model/graphmodel.h"
#include "model/runrecord.h"

#include <QFont>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace converge {

class RunController;
class SavedText;
struct YamlSource;

/// One open graph file and everything the window does with it: loading (off the GUI thread),
/// laying out (through LayoutJob), and running (through its RunController, runs()), so that
/// MainWindow only wires widgets to it.
///
/// The document owns the GraphModel (and through it the Graph), the file path, the layout the
/// window shows, the LayoutJob and the RunController. A newly loaded graph replaces the current
/// one only once its layout is ready, so the old picture stays up until the new one can be shown.
/// The model is locked from runStarted() to runFinished(): nothing edits a running graph. GUI
/// thread only.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    /// Starts loading path in the background; loaded() or loadFailed() follows. A file that
    /// parses opens even with errors, with every resource and edge that could be read; one that
    /// cannot be read or parsed fails. A later open() supersedes one in flight. Refused (false)
    /// while a run is going, except for the document's own file while Keep Converging
    /// watches: the watch takes the reloaded graph on (RunController::followReload()).
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
    void setFilePath(const QString &path);
    /// The text the graph was read from and where its elements sit in it, so a save can splice
    /// the edits into it (YamlSplicer); null for a graph not read from YAML (New, recovery, DOT).
    std::shared_ptr<const YamlSource> source() const { return m_source; }
    /// After saved was written to the file: its text is the source the next save splices into,
    /// and every line the window shows (problems, their marks and jumps, a resource's line in
    /// Details) names where its element now is in that text; sourceChanged() follows.
    void saved(const SavedText &saved);
    /// The graph's problems now (problems()->diagnostics()): what reading found, what a run
    /// would refuse, values the editor kept out of the model. A refused run's reasons are
    /// among them.
    Diagnostics diagnostics() const;
    /// The graph's problems, kept current while it is edited; problemsChanged() follows each
    /// change.
    LiveValidator *problems() { return &m_problems; }
    const LiveValidator *problems() const { return &m_problems; }
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

    /// Cancels the run if one is going, else the load or layout in flight.
    void stop();
    /// runs()->run(dryRun), for callers that hold only the document.
    bool run(bool dryRun = false);
    /// The runs of this graph: starting them, their states, records and events.
    RunController *runs() const { return m_runs; }
    /// From an accepted run until it is over (see RunController::isRunning()).
    bool isRunning() const;

signals:
    void busyChanged(bool busy, const QString &what);
    /// A new graph replaced the old one (the layout follows at once).
    void loaded();
    /// A save put a new text on disk (setSource()): the graph is the same.
    void sourceChanged();
    /// The file could not be read; the current graph stays.
    void loadFailed(const converge::Diagnostics &diagnostics);
    void layoutReady(const converge::GraphLayout &layout);
    void layoutFailed(const QString &message);
    /// diagnostics() changed: a load, an edit validated, a value rejected.
    void problemsChanged();
    /// A run was accepted: the graph must not change until runFinished(). For the editor; the
    /// views follow runs() instead.
    void runStarted();
    /// The run accepted last is over: finished (with its summary) or refused (empty summary).
    void runFinished(const converge::RunSummary &summary);

private:
    struct Loaded;
    void finishLoad(quint64 generation, std::shared_ptr<Loaded> result);
    void startLayout();
    void layoutDone(const GraphLayout &layout);
    void layoutError(const QString &message);
    void setBusy(bool loading);
    void graphEdited();

    GraphModel m_model;
    const Graph &m_graph = m_model.graph(); ///< read-only: changes go through m_model
    bool m_hasGraph = false;
    QString m_path;
    std::shared_ptr<const YamlSource> m_source;
    LiveValidator m_problems{&m_model};
    std::shared_ptr<Loaded> m_pending; ///< loaded, waiting for its layout
    quint64 m_loadGeneration = 0;
    bool m_loading = false;

    QFont m_labelFont;
    GraphvizLayout::Options m_layoutOptions;
    GraphLayout m_layout;
    LayoutJob m_layoutJob;

    RunController *m_runs;
};

} // namespace converge
