#pragma once

#include "layout/graphlayout.h"
#include "model/resource.h"

#include <QCoreApplication>
#include <QFont>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace converge {

class Graph;

/// Which way the ranks of a hierarchical (dot) layout run.
enum class LayoutDirection
{
    TopToBottom, ///< Graphviz rankdir=TB: prerequisites above their dependents
    LeftToRight, ///< Graphviz rankdir=LR: prerequisites left of their dependents
};

/// Lays out a resource graph with Graphviz (gvc, in-process) and returns plain geometry.
///
/// This is the only place that talks to the Graphviz layout engines. Every call takes one
/// process-wide lock (Graphviz keeps global state), so layouts from several threads run one
/// after the other; any thread may call. The GUI never calls it on its own thread: it uses
/// LayoutJob. Nothing here throws; a Graphviz failure comes back as an empty optional and a
/// message.
class GraphvizLayout
{
    Q_DECLARE_TR_FUNCTIONS(GraphvizLayout)
public:
    struct Options
    {
        /// One of engines(): "dot", "neato", "fdp", "sfdp", "circo", "twopi", or "layered"
        /// (Converge's layered layout for big DAGs, LayeredLayout).
        QString engine = QStringLiteral("dot");
        LayoutDirection direction = LayoutDirection::TopToBottom;
        /// When true, a graph too big for the requested engine to finish within the time budget
        /// is laid out with a faster one, and GraphLayout::note says so: "layered" for an
        /// acyclic piece (direction is its meaning), sfdp otherwise. When false, the requested
        /// engine is used whatever the size.
        bool automaticEngine = true;
        /// Node sizes in points indexed by ResourceId, as the caller will draw them (the GUI
        /// measures kind icon + name with its font). Missing or empty entries are estimated with
        /// estimateNodeSize().
        std::vector<QSizeF> nodeSizes;
        /// When set, nodes without a size in nodeSizes are measured with NodeBox::size() in
        /// this font by measure(), on the layout's worker: 100,000 names took 340 ms on the
        /// GUI thread.
        std::optional<QFont> measureFont;
    };

    /// What a layout reads from a graph: ids, sizes and edges. Cheap to copy to a worker thread,
    /// so the caller may edit or destroy the Graph while the layout runs.
    struct Input
    {
        struct Node
        {
            ResourceId id = InvalidId;
            QSizeF size;  ///< points
            QString name; ///< until measure(), when Options::measureFont is set
        };
        struct Edge
        {
            EdgeId id = InvalidId;
            ResourceId from = InvalidId;
            ResourceId to = InvalidId;
        };
        std::vector<Node> nodes;
        std::vector<Edge> edges;
        Options options;
    };

    /// The engine names Graphviz offers here, in menu order.
    static QStringList engines();
    /// Takes what layout() needs from graph. Call on the thread that owns the graph.
    static Input snapshot(const Graph &graph, const Options &options);
    /// Sizes the nodes of input that its Options::measureFont is for, then drops the names and
    /// the font. About 3 microseconds a name: any thread, best a worker.
    static void measure(Input &input);
    /// The engine that will lay out input, and, when it differs from the requested one, a
    /// translated note for the status bar. Cheap (linear in the graph): any thread.
    static QString chooseEngine(const Input &input, QString *note = nullptr);
    /// A box that holds "kind" above "name" at about 10 pt, for callers without a font.
    static QSizeF estimateNodeSize(const QString &kind, const QString &name);

    /// Lays out input: node centres and sizes, edge splines (1 + 3k Bézier points) and arrow
    /// tips, bounds, all in points with Y pointing down and the top-left of bounds at (0, 0).
    /// Each connected component is laid out alone, with the engine chosen for its size, and
    /// the pieces are packed (LayoutComponents); an engine asked for by name on a piece it
    /// cannot lay out safely is refused (refusalFor()) before Graphviz runs.
    /// Blocks for the whole Graphviz run (seconds for big graphs); any thread. On failure returns
    /// nothing and sets *error to a translated message.
    static std::optional<GraphLayout> layout(const Input &input, QString *error = nullptr);
    /// Convenience: layout(snapshot(graph, options)).
    static std::optional<GraphLayout> layout(const Graph &graph, const Options &options,
                                             QString *error = nullptr);
    /// Empty when engine can lay out input safely; else a translated reason: the engine is
    /// known to crash or to run for minutes on a graph of that size (limits measured with
    /// bench_layout). Cheap: any thread.
    static QString refusalFor(const Input &input, const QString &engine);
    /// Lays out one connected piece with engine, under Graphviz's lock, and calls no tr(): it
    /// runs in the layout helper (see LayoutPlan). On failure sets *graphvizText to what Graphviz
    /// reported, untranslated.
    static std::optional<GraphLayout> layoutConnected(const Input &input, const QString &engine,
                                                      QString *graphvizText);
};

} // namespace converge
