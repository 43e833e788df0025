// Layered layouts of big DAGs, candidates side by side (issue 15): layered random DAGs of
// 2,000, 10,000 and 100,000 resources (each resource depends on one or two of the layer above),
// laid out by
//   dot       Graphviz dot as Converge runs it (default speed settings)
//   dot-fast  dot with its speed settings: nslimit=1 nslimit1=1 mclimit=0.1 searchsize=10
//             remincross=false
//   layered   LayeredLayout: longest-path layers, SugiyamaOrdering's order and coordinates
//   ranks     RankPlacement: layers in input order, no crossing reduction
//   sfdp      what the automatic choice used above 4,000 resources before "layered"
// Prints wall time, the share of edges whose head is below their tail, and overlapping boxes.
// Engines that ran past a minute on the smaller size are not run on the bigger ones.
//
//   bench_layered [--max N] [--only ENGINE]
//   bench_layered --write N FILE.yaml   writes the DAG of N resources (for `converge export`)
//   bench_layered --check FILE.dot      reads an export's positions: edges down, overlaps

#include "benchgraphs.h"
#include "formats/yamlgraphwriter.h"
#include "layout/graphvizlayout.h"
#include "layout/layeredlayout.h"
#include "layout/rankplacement.h"
#include "model/graph.h"

#include <gvc.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

using namespace converge;

namespace {

/// The layered random DAG of resources noop resources the bench and `--write` use.
Graph layeredDag(int resources, quint32 seed)
{
    return bench::randomDag(resources, true, seed, QStringLiteral("noop"));
}

struct Quality
{
    double down = 0;     ///< share of edges whose head centre is below the tail's
    qint64 overlaps = 0; ///< pairs of boxes that intersect
};

/// Boxes by centre and size; edges as (from, to) indexes into them.
Quality measure(const std::vector<QRectF> &boxes,
                const std::vector<std::pair<size_t, size_t>> &edges)
{
    Quality quality;
    qint64 down = 0;
    for (const auto &[from, to] : edges)
        down += boxes[to].center().y() > boxes[from].center().y() ? 1 : 0;
    quality.down = edges.empty() ? 1.0 : double(down) / double(edges.size());
    // A grid of cells as big as the biggest box: only boxes in neighbouring cells can meet.
    double cell = 1;
    for (const QRectF &box : boxes)
        cell = std::max({cell, box.width(), box.height()});
    std::unordered_map<qint64, std::vector<size_t>> grid;
    const auto key = [](qint64 x, qint64 y) {
        return (x << 32) ^ (y & 0xffffffff);
    };
    for (size_t i = 0; i < boxes.size(); ++i) {
        grid[key(qint64(std::floor(boxes[i].center().x() / cell)),
                 qint64(std::floor(boxes[i].center().y() / cell)))]
            .push_back(i);
    }
    for (size_t i = 0; i < boxes.size(); ++i) {
        const qint64 cx = qint64(std::floor(boxes[i].center().x() / cell));
        const qint64 cy = qint64(std::floor(boxes[i].center().y() / cell));
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto found = grid.find(key(cx + dx, cy + dy));
                if (found == grid.end())
                    continue;
                for (size_t j : found->second) {
                    if (j > i && boxes[i].intersects(boxes[j]))
                        ++quality.overlaps;
                }
            }
        }
    }
    return quality;
}

Quality measure(const GraphvizLayout::Input &input, const GraphLayout &layout)
{
    std::unordered_map<ResourceId, size_t> index;
    std::vector<QRectF> boxes;
    for (const auto &node : layout.nodes) {
        index[node.id] = boxes.size();
        QRectF box(QPointF(), node.size);
        box.moveCenter(node.centre);
        boxes.push_back(box);
    }
    std::vector<std::pair<size_t, size_t>> edges;
    for (const auto &edge : input.edges)
        edges.emplace_back(index.at(edge.from), index.at(edge.to));
    return measure(boxes, edges);
}

/// dot with its speed settings, straight through Graphviz (Converge has no option for them).
std::optional<GraphLayout> fastDot(const GraphvizLayout::Input &input)
{
    static GVC_t *context = gvContext();
    Agraph_t *graph = agopen(const_cast<char *>("g"), Agdirected, nullptr);
    for (const char *attribute :
         {"nslimit=1", "nslimit1=1", "mclimit=0.1", "searchsize=10", "remincross=false"}) {
        const QByteArray pair(attribute);
        const QByteArray name = pair.left(pair.indexOf('=')),
                         value = pair.mid(pair.indexOf('=') + 1);
        agsafeset(graph, const_cast<char *>(name.constData()),
                  const_cast<char *>(value.constData()), const_cast<char *>(""));
    }
    // Boxes of the sizes Converge measured, with no label to size them by.
    for (const auto &[name, value] :
         {std::pair{"shape", "box"}, {"fixedsize", "true"}, {"label", ""}})
        agattr(graph, AGNODE, const_cast<char *>(name), const_cast<char *>(value));
    Agsym_t *width = agattr(graph, AGNODE, const_cast<char *>("width"), const_cast<char *>("1"));
    Agsym_t *height =
        agattr(graph, AGNODE, const_cast<char *>("height"), const_cast<char *>("0.5"));
    std::unordered_map<ResourceId, Agnode_t *> nodes;
    for (const auto &node : input.nodes) {
        QByteArray name = "n" + QByteArray::number(node.id);
        Agnode_t *n = agnode(graph, name.data(), 1);
        agxset(n, width, QByteArray::number(node.size.width() / 72, 'f', 4).data());
        agxset(n, height, QByteArray::number(node.size.height() / 72, 'f', 4).data());
        nodes[node.id] = n;
    }
    for (const auto &edge : input.edges)
        agedge(graph, nodes.at(edge.from), nodes.at(edge.to), nullptr, 1);
    if (gvLayout(context, graph, "dot") != 0) {
        agclose(graph);
        return std::nullopt;
    }
    GraphLayout layout;
    for (const auto &node : input.nodes) {
        Agnode_t *n = nodes.at(node.id);
        // Graphviz's y points up: flip it so "down" means the same as in Converge's layouts.
        layout.nodes.push_back({node.id, QPointF(ND_coord(n).x, -ND_coord(n).y), node.size});
    }
    gvFreeLayout(context, graph);
    agclose(graph);
    return layout;
}

std::optional<GraphLayout> layOut(const QString &engine, const GraphvizLayout::Input &input)
{
    if (engine == u"dot-fast")
        return fastDot(input);
    if (engine == u"layered")
        return LayeredLayout::place(input);
    if (engine == u"ranks")
        return RankPlacement::place(input);
    QString text;
    return GraphvizLayout::layoutConnected(input, engine, &text);
}

/// A node or graph attribute of an exported drawing, or "" where it is not set.
const char *attribute(void *object, const char *name)
{
    const char *value = agget(object, const_cast<char *>(name));
    return value ? value : "";
}

int check(QTextStream &out, const QString &path)
{
    // Converge's DOT reader takes a file's resources and edges, not its drawing: the positions
    // (points, y upwards) and sizes (inches) an export wrote are read with cgraph itself.
    FILE *file = std::fopen(QFile::encodeName(path).constData(), "r");
    Agraph_t *drawing = file ? agread(file, nullptr) : nullptr;
    if (file)
        std::fclose(file);
    if (!drawing) {
        out << path << ": cannot read" << Qt::endl;
        return 1;
    }
    std::unordered_map<Agnode_t *, size_t> index;
    std::vector<QRectF> boxes;
    for (Agnode_t *node = agfstnode(drawing); node; node = agnxtnode(drawing, node)) {
        double x = 0;
        double y = 0;
        if (std::sscanf(attribute(node, "pos"), "%lf,%lf", &x, &y) != 2) {
            out << path << ": " << agnameof(node) << " has no position" << Qt::endl;
            agclose(drawing);
            return 1;
        }
        QRectF box(0, 0, std::atof(attribute(node, "width")) * 72,
                   std::atof(attribute(node, "height")) * 72);
        box.moveCenter(QPointF(x, -y)); // y downwards, as measure() reads it
        index[node] = boxes.size();
        boxes.push_back(box);
    }
    std::vector<std::pair<size_t, size_t>> edges;
    for (Agnode_t *node = agfstnode(drawing); node; node = agnxtnode(drawing, node)) {
        for (Agedge_t *edge = agfstout(drawing, node); edge; edge = agnxtout(drawing, edge))
            edges.emplace_back(index.at(agtail(edge)), index.at(aghead(edge)));
    }
    agclose(drawing);
    const Quality quality = measure(boxes, edges);
    out << QStringLiteral("%1: %2 resources, %3 edges, %4 % pointing down, %5 overlaps")
               .arg(path)
               .arg(boxes.size())
               .arg(edges.size())
               .arg(quality.down * 100, 0, 'f', 1)
               .arg(quality.overlaps)
        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args[1] == u"--write") {
        QString error;
        if (!YamlGraphWriter::writeFile(layeredDag(args[2].toInt(), 1), args[3], &error)) {
            out << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    if (args.size() == 3 && args[1] == u"--check")
        return check(out, args[2]);
    const qsizetype maxAt = args.indexOf(u"--max"_qs);
    const int maxSize = maxAt > 0 ? args.value(maxAt + 1).toInt() : 100000;
    const qsizetype onlyAt = args.indexOf(u"--only"_qs);
    const QString only = onlyAt > 0 ? args.value(onlyAt + 1) : QString();
    QStringList engines{u"layered"_qs, u"ranks"_qs, u"dot-fast"_qs, u"dot"_qs, u"sfdp"_qs};
    for (int size : {2000, 10000, 100000}) {
        if (size > maxSize)
            continue;
        const Graph graph = layeredDag(size, quint32(size));
        const GraphvizLayout::Input input = GraphvizLayout::snapshot(graph, {});
        for (const QString &engine : QStringList(engines)) {
            if (!only.isEmpty() && engine != only)
                continue;
            QElapsedTimer timer;
            timer.start();
            const std::optional<GraphLayout> layout = layOut(engine, input);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!layout) {
                out << engine << " failed on " << size << Qt::endl;
                continue;
            }
            const Quality quality = measure(input, *layout);
            out << QStringLiteral("%1 resources %2 edges  %3  %4 s  %5 % down  %6 overlaps")
                       .arg(size, 6)
                       .arg(input.edges.size(), 6)
                       .arg(engine, -8)
                       .arg(seconds, 7, 'f', 2)
                       .arg(quality.down * 100, 5, 'f', 1)
                       .arg(quality.overlaps)
                << Qt::endl;
            if (seconds > 60)
                engines.removeAll(engine); // would take many minutes on the next size
        }
    }
    return 0;
}
