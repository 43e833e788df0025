#include "layout/graphvizlayout.h"

#include "layout/graphvizsupport.h"
#include "layout/layeredlayout.h"
#include "layout/layoutplan.h"
#include "layout/rankplacement.h"
#include "model/graph.h"
#include "model/nodebox.h"

#include <gvc.h>

#include <QMutexLocker>

#include <algorithm>
#include <limits>

namespace converge {

namespace {

constexpr double PointsPerInch = 72.0;

// One context for the process, used under graphviz::mutex(): gvContext() reads the plugin
// configuration every time, and Graphviz 2.42 leaks that buffer (3.6 KB per context, found with
// valgrind). The context is never freed: its plugin table points into that buffer, so the buffer
// stays reachable while the context lives, and gvFreeContext() at exit would only turn it into
// a leak that LeakSanitizer reports in every process that laid out a graph.
GVC_t *sharedContext()
{
    static GVC_t *const context = gvContext();
    return context;
}

// Frees what gvLayout() attached to the graph; must run before the graph is closed.
class LayoutData
{
public:
    LayoutData(GVC_t *context, Agraph_t *graph) : m_context(context), m_graph(graph) {}
    ~LayoutData() { gvFreeLayout(m_context, m_graph); }
    LayoutData(const LayoutData &) = delete;
    LayoutData &operator=(const LayoutData &) = delete;

private:
    GVC_t *m_context;
    Agraph_t *m_graph;
};

// The most work (see layoutWork()) each engine gets through in about 1.5 s of CPU on this 2-core
// machine with Graphviz 2.42, half the 3 s budget the GUI has for a layout, measured with
// bench_layout --engines on layered random DAGs (resources, ~1.5 edges each). dot: 1,000
// resources 0.4 s, 2,000 1.7 s. neato: 400 0.6 s, 1,000 5.5 s. fdp: 1,000 1.0 s. circo: 100
// 0.5 s, 200 5 s. twopi: 1,000 0.7 s. sfdp, the multilevel force-directed engine, lays out
// 5,000 resources in 1.6 s (layered) to 2.1 s (random edges) with the settings below, so it is
// where big graphs go, and it has no limit.
struct EngineLimit
{
    const char *engine;
    qint64 maxWork;
    /// Above this much work the engine is refused even when asked for by name: it crashed or
    /// ran past a minute in the measurements above the limit (see refusalFor()).
    qint64 maxSafeWork;
};
// maxSafeWork, measured with `converge export --layout ENGINE` on chains and complete graphs
// on this machine under load: neato ran past 100 s on a 2,000-resource chain (work 3,999) and
// crashed on 50,000 (an int overflow in its all-pairs distances); circo took 69 s on 1,000
// (work 1,999) and overflowed the stack on 50,000; sfdp took 7 s on a 10,000 chain, 22 s on
// 20,000 and over 100 s on 50,000. fdp and twopi were not seen to fail; their
// safe limits are four times the budget limit, where their time grows past half a minute.
constexpr EngineLimit EngineLimits[] = {
    {"dot", 4000, 40000},
    {"neato", 1200, 2500},
    {"fdp", 3000, 12000},
    {"sfdp", -1, 20000},
    {"circo", 250, 600},
    {"twopi", 5000, 20000},
    {"layered", -1, std::numeric_limits<qint64>::max()},
};
constexpr const char *FastEngine = "sfdp";
// dot's crossing minimisation explodes on dense graphs, where nearly all of its work is virtual
// nodes: every pair of 30 resources linked (4,060 virtual nodes) took 19 s, 50 (19,600) ran
// past 100 s, 200 past 120 s at 1.4 GB; a layered DAG of 2,000 resources has almost none.
constexpr qint64 MaxSafeVirtualNodes = 6000;

const EngineLimit *engineLimits(const QString &engine)
{
    for (const auto &limit : EngineLimits) {
        if (engine == QLatin1String(limit.engine))
            return &limit;
    }
    return nullptr;
}

qint64 engineLimit(const QString &engine)
{
    const EngineLimit *limit = engineLimits(engine);
    return limit ? limit->maxWork : 0;
}

// dot puts a virtual node on every rank an edge crosses and its cost follows nodes plus virtual
// nodes, so a graph with long edges is far slower than its node count suggests. A longest-path
// ranking (which dot's own ranking can only shorten) estimates that count in linear time.
// Other engines work on nodes and edges as given.
qint64 layoutWork(const GraphvizLayout::Input &input, const QString &engine,
                  qint64 *virtualCount = nullptr)
{
    const qint64 plain = qint64(input.nodes.size() + input.edges.size());
    if (engine != u"dot")
        return plain;
    const std::vector<int> rank = RankPlacement::ranks(input);
    const ResourceId maxId = ResourceId(rank.size()) - 1;
    // Nodes on a cycle keep rank 0: dot reverses an edge there, and the estimate stays rough.
    qint64 virtualNodes = 0;
    for (const auto &edge : input.edges) {
        if (edge.from <= maxId && edge.to <= maxId)
            virtualNodes += std::max(0, std::abs(rank[edge.to] - rank[edge.from]) - 1);
    }
    if (virtualCount)
        *virtualCount = virtualNodes;
    return plain + virtualNodes;
}

QPointF toQt(pointf p, const boxf &bb)
{
    return {p.x - bb.LL.x, bb.UR.y - p.y};
}

// A straight line as a cubic Bézier, for edges Graphviz left unrouted and for joining the
// pieces of an edge split into several Béziers.
void appendLine(std::vector<QPointF> &spline, QPointF to)
{
    const QPointF from = spline.back();
    spline.push_back(from + (to - from) / 3);
    spline.push_back(from + (to - from) * 2 / 3);
    spline.push_back(to);
}

GraphLayout::Edge edgeGeometry(Agedge_t *edge, const boxf &bb)
{
    GraphLayout::Edge out;
    const QPointF tail = toQt(ND_coord(agtail(edge)), bb);
    const QPointF head = toQt(ND_coord(aghead(edge)), bb);
    const splines *spl = ED_spl(edge);
    if (!spl || spl->size == 0) {
        out.spline.push_back(tail);
        appendLine(out.spline, head);
        return out;
    }
    for (int i = 0; i < spl->size; ++i) {
        const bezier &bz = spl->list[i];
        if (bz.size == 0)
            continue;
        const QPointF start = toQt(bz.list[0], bb);
        if (out.spline.empty())
            out.spline.push_back(start);
        else if (out.spline.back() != start)
            appendLine(out.spline, start);
        for (int p = 1; p + 2 < bz.size; p += 3) {
            out.spline.push_back(toQt(bz.list[p], bb));
            out.spline.push_back(toQt(bz.list[p + 1], bb));
            out.spline.push_back(toQt(bz.list[p + 2], bb));
        }
        if (bz.eflag) {
            out.hasArrowHead = true;
            out.arrowTip = toQt(bz.ep, bb);
        }
    }
    if (out.spline.size() < 4) {
        out.spline = {tail};
        appendLine(out.spline, head);
    }
    return out;
}

// Above this many resources the force-directed engines remove overlaps by scaling the whole
// drawing, which is nearly free, instead of Graphviz's prism, which triples sfdp's time there,
// and sfdp approximates more coarsely.
constexpr size_t ScaleOverlapAbove = 1000;

void setGraphAttributes(Agraph_t *graph, const QString &engine, LayoutDirection direction,
                        size_t nodeCount)
{
    using graphviz::setAttribute;
    setAttribute(graph, "rankdir",
                 direction == LayoutDirection::LeftToRight ? QStringLiteral("LR")
                                                           : QStringLiteral("TB"));
    if (engine != u"dot") {
        // The force-directed and radial engines let nodes overlap unless told not to; the GUI
        // promises separate boxes. A few points of separation keep edges readable.
        setAttribute(graph, "overlap",
                     nodeCount > ScaleOverlapAbove ? QStringLiteral("scale")
                                                   : QStringLiteral("false"));
        setAttribute(graph, "sep", QStringLiteral("+6"));
    }
    if (engine == u"sfdp" && nodeCount > ScaleOverlapAbove) {
        // The coarser Barnes-Hut approximation halves sfdp's time on thousands of nodes, and
        // at that size the difference does not show.
        setAttribute(graph, "quadtree", QStringLiteral("fast"));
    }
}

} // namespace

QStringList GraphvizLayout::engines()
{
    QStringList names;
    for (const auto &limit : EngineLimits)
        names << QLatin1String(limit.engine);
    return names;
}

GraphvizLayout::Input GraphvizLayout::snapshot(const Graph &graph, const Options &options)
{
    Input input;
    input.options = options;
    input.options.nodeSizes.clear();
    input.nodes.reserve(size_t(graph.resourceCount()));
    for (ResourceId id : graph.resourceIds()) {
        QSizeF size;
        if (id < options.nodeSizes.size())
            size = options.nodeSizes[id];
        if (!size.isEmpty()) {
            input.nodes.push_back({id, size, {}});
            continue;
        }
        const Resource &resource = graph.resource(id);
        if (options.measureFont)
            input.nodes.push_back({id, {}, resource.name});
        else
            input.nodes.push_back({id, estimateNodeSize(resource.kind, resource.name), {}});
    }
    input.edges.reserve(size_t(graph.edgeCount()));
    for (EdgeId id : graph.edgeIds()) {
        const Edge &edge = graph.edge(id);
        input.edges.push_back({id, edge.from, edge.to});
    }
    return input;
}

void GraphvizLayout::measure(Input &input)
{
    if (!input.options.measureFont)
        return;
    for (Input::Node &node : input.nodes) {
        if (node.size.isEmpty())
            node.size = NodeBox::size(node.name, *input.options.measureFont);
        node.name.clear();
    }
    input.options.measureFont.reset();
}

QString GraphvizLayout::chooseEngine(const Input &input, QString *note)
{
    QString engine = input.options.engine;
    if (engineLimit(engine) == 0)
        engine = QStringLiteral("dot");
    if (note)
        note->clear();
    if (!input.options.automaticEngine)
        return engine;
    const qint64 limit = engineLimit(engine);
    if ((limit < 0 || layoutWork(input, engine) <= limit) && refusalFor(input, engine).isEmpty())
        return engine;
    const int resources = int(input.nodes.size());
    QString faster = QString::fromUtf16(LayoutPlan::LayeredEngine);
    // Direction is a resource graph's meaning: an acyclic piece stays layered at any size.
    if (!LayeredLayout::isAcyclic(input)) {
        faster = QLatin1String(FastEngine);
        if (!refusalFor(input, faster).isEmpty()) {
            // Too big even for sfdp (a 20,000-resource chain took 22 s, 50,000 over 100 s).
            if (note) {
                *note = tr("%n resources: placed in ranks by Converge, as every Graphviz engine "
                           "would take minutes",
                           nullptr, resources);
            }
            return QString::fromUtf16(LayoutPlan::RankEngine);
        }
    }
    if (note) {
        *note = tr("%n resources: laid out with %1 instead of %2 to stay fast", nullptr, resources)
                    .arg(faster, engine);
    }
    return faster;
}

QString GraphvizLayout::refusalFor(const Input &input, const QString &engine)
{
    const EngineLimit *limit = engineLimits(engine);
    qint64 virtualNodes = 0;
    if (!limit || (layoutWork(input, engine, &virtualNodes) <= limit->maxSafeWork &&
                   virtualNodes <= MaxSafeVirtualNodes))
        return {};
    return tr("%1 cannot lay out a connected group of %n resources and %2 edges: Graphviz's %1 "
              "crashes or runs for minutes on graphs this big; leave the engine to Converge or "
              "use sfdp",
              nullptr, int(input.nodes.size()))
        .arg(engine)
        .arg(input.edges.size());
}

QSizeF GraphvizLayout::estimateNodeSize(const QString &kind, const QString &name)
{
    // About 10 pt text: 6.5 pt per character for the name, 5.5 pt for the smaller kind line,
    // plus a 16 pt icon and padding, as the GUI draws it.
    constexpr double Padding = 12, Icon = 16, Gap = 6;
    const double text = std::max(name.size() * 6.5, kind.size() * 5.5);
    return {std::max(72.0, Padding * 2 + Icon + Gap + text), 36.0};
}

std::optional<GraphLayout> GraphvizLayout::layout(const Graph &graph, const Options &options,
                                                  QString *error)
{
    return layout(snapshot(graph, options), error);
}

std::optional<GraphLayout> GraphvizLayout::layoutConnected(const Input &input,
                                                           const QString &engineName,
                                                           QString *graphvizText)
{
    GraphLayout result;
    result.engine = engineName;
    QMutexLocker locker(&graphviz::mutex());
    graphviz::ErrorCapture capture;
    GVC_t *context = sharedContext();
    graphviz::GraphPtr graph(agopen(const_cast<char *>("layout"), Agdirected, nullptr));
    if (!context || !graph) {
        *graphvizText = capture.text();
        return std::nullopt;
    }
    setGraphAttributes(graph.get(), result.engine, input.options.direction, input.nodes.size());

    // Node sizes are fixed and labels empty: the caller draws the text, and Graphviz need not
    // measure fonts, which is slow and would differ from what the GUI shows.
    agattr(graph.get(), AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
    agattr(graph.get(), AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    agattr(graph.get(), AGNODE, const_cast<char *>("label"), const_cast<char *>(""));
    Agsym_t *width =
        agattr(graph.get(), AGNODE, const_cast<char *>("width"), const_cast<char *>("1"));
    Agsym_t *height =
        agattr(graph.get(), AGNODE, const_cast<char *>("height"), const_cast<char *>("0.5"));

    std::vector<Agnode_t *> nodeById;
    std::vector<std::pair<Agnode_t *, ResourceId>> nodes;
    nodes.reserve(input.nodes.size());
    for (const auto &node : input.nodes) {
        // Named by id: names built from kind and name could collide and need escaping.
        QByteArray name = "n" + QByteArray::number(node.id);
        Agnode_t *n = agnode(graph.get(), name.data(), 1);
        agxset(n, width, QByteArray::number(node.size.width() / PointsPerInch, 'f', 4).data());
        agxset(n, height, QByteArray::number(node.size.height() / PointsPerInch, 'f', 4).data());
        if (nodeById.size() <= node.id)
            nodeById.resize(node.id + 1, nullptr);
        nodeById[node.id] = n;
        nodes.emplace_back(n, node.id);
    }
    std::vector<std::pair<Agedge_t *, EdgeId>> edges;
    edges.reserve(input.edges.size());
    for (const auto &edge : input.edges) {
        if (edge.from >= nodeById.size() || edge.to >= nodeById.size() || !nodeById[edge.from] ||
            !nodeById[edge.to])
            continue;
        // Anonymous edges: a multigraph keeps each one, and pointers map them back to ids.
        Agedge_t *e = agedge(graph.get(), nodeById[edge.from], nodeById[edge.to], nullptr, 1);
        edges.emplace_back(e, edge.id);
    }

    const QByteArray engine = result.engine.toLatin1();
    if (gvLayout(context, graph.get(), engine.constData()) != 0) {
        *graphvizText = capture.text();
        return std::nullopt;
    }
    const LayoutData layoutData(context, graph.get());

    const boxf bb = GD_bb(graph.get());
    result.bounds = QRectF(0, 0, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
    result.nodes.reserve(nodes.size());
    for (const auto &[n, id] : nodes) {
        result.nodes.push_back({id, toQt(ND_coord(n), bb),
                                QSizeF(ND_width(n) * PointsPerInch, ND_height(n) * PointsPerInch)});
    }
    result.edges.reserve(edges.size());
    for (const auto &[e, id] : edges) {
        GraphLayout::Edge geometry = edgeGeometry(e, bb);
        geometry.id = id;
        result.edges.push_back(std::move(geometry));
    }
    return result;
}

std::optional<GraphLayout> GraphvizLayout::layout(const Input &input, QString *error)
{
    const std::optional<LayoutPlan> plan = LayoutPlan::make(input, error);
    if (!plan)
        return std::nullopt;
    LayoutPlan::Failure failure;
    std::optional<GraphLayout> layout = plan->execute(&failure);
    if (!layout && error)
        *error = LayoutPlan::describe(failure);
    return layout;
}

} // namespace converge
