// SugiyamaOrdering (Converge's own layered drawing, issue 15) against Graphviz dot, its peer, run
// in this process on the same graphs. Two shapes of random DAG, as bench_layered (eb3db79) and
// bench_layout make them:
//   layered  layers of sqrt(N) resources, each depending on one or two of the layer above
//   random   each resource depending on one or two earlier resources: long edges, many dummies
// Each resource is a box of the size Converge estimates for it; layers are longest paths
// (RankPlacement::ranks), as LayeredLayout computes them. Prints wall time of the layout (the
// ranks included), crossings between adjacent layers (edges drawn straight through their bends),
// dummy vertices, and dot's time and crossings with the ratio where dot runs (2,000 layered).
//
//   bench_sugiyama               the table
//   bench_sugiyama --rounds      crossings and time by rounds of sweeps (to choose the default)
//   bench_sugiyama --png N FILE [random]  draws the layered (or random) DAG of N resources

#include "benchgraphs.h"
#include "layout/graphvizlayout.h"
#include "layout/rankplacement.h"
#include "layout/sugiyamaordering.h"
#include "model/graph.h"

#include <gvc.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace converge;

namespace {

/// The bench's graphs: noop resources, as in eb3db79's bench_layered.
Graph dag(int resources, bool layered)
{
    return bench::randomDag(resources, layered, quint32(resources) + (layered ? 0u : 1u),
                            QStringLiteral("noop"));
}

/// What LayeredLayout gives SugiyamaOrdering: vertex i is input.nodes[i].
SugiyamaOrdering::Input orderingInput(const GraphvizLayout::Input &graph)
{
    const std::vector<int> rank = RankPlacement::ranks(graph);
    std::vector<int> index(rank.size(), -1);
    SugiyamaOrdering::Input input;
    input.vertexCount = int(graph.nodes.size());
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        index[graph.nodes[i].id] = int(i);
        input.layer.push_back(rank[graph.nodes[i].id]);
        input.width.push_back(graph.nodes[i].size.width());
    }
    for (const auto &edge : graph.edges) {
        if (rank[edge.from] < rank[edge.to])
            input.edges.emplace_back(index[edge.from], index[edge.to]);
    }
    return input;
}

/// Pairs of straight segments that cross between adjacent layers: segments (upper x, lower x)
/// grouped by upper layer, sorted, inversions of the lower ends counted by merge sort.
qint64 crossings(std::vector<std::vector<std::pair<double, double>>> segmentsBelow)
{
    qint64 total = 0;
    std::vector<double> lower, scratch;
    for (auto &segments : segmentsBelow) {
        std::sort(segments.begin(), segments.end());
        lower.clear();
        for (const auto &segment : segments)
            lower.push_back(segment.second);
        scratch.resize(lower.size());
        for (size_t width = 1; width < lower.size(); width *= 2) {
            for (size_t left = 0; left + width < lower.size(); left += 2 * width) {
                const size_t mid = left + width, right = std::min(lower.size(), left + 2 * width);
                size_t i = left, j = mid, k = left;
                while (i < mid && j < right) {
                    if (lower[j] < lower[i]) {
                        total += qint64(mid - i);
                        scratch[k++] = lower[j++];
                    } else {
                        scratch[k++] = lower[i++];
                    }
                }
                while (i < mid)
                    scratch[k++] = lower[i++];
                while (j < right)
                    scratch[k++] = lower[j++];
                std::copy(scratch.begin() + qsizetype(left), scratch.begin() + qsizetype(right),
                          lower.begin() + qsizetype(left));
            }
        }
    }
    return total;
}

qint64 crossings(const SugiyamaOrdering::Result &result, size_t edges)
{
    std::vector<std::vector<std::pair<double, double>>> below;
    for (size_t e = 0; e < edges; ++e) {
        const auto chain = result.chain(e);
        for (size_t i = 1; i < chain.size(); ++i) {
            const size_t layer = size_t(result.layer[size_t(chain[i - 1])]);
            below.resize(std::max(below.size(), layer + 1));
            below[layer].emplace_back(result.position[size_t(chain[i - 1])],
                                      result.position[size_t(chain[i])]);
        }
    }
    return crossings(std::move(below));
}

struct DotRun
{
    double seconds = 0;
    qint64 crossings = 0; ///< of edges between adjacent ranks, the shape's only edges
    double across = 0;    ///< width of the drawing across the ranks
};

/// dot with Converge's defaults on the whole graph, boxes as the layered layout gets them.
DotRun dot(const GraphvizLayout::Input &input)
{
    QElapsedTimer timer;
    timer.start();
    GVC_t *context = gvContext();
    Agraph_t *graph = agopen(const_cast<char *>("g"), Agdirected, nullptr);
    agattr(graph, AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
    agattr(graph, AGNODE, const_cast<char *>("fixedsize"), const_cast<char *>("true"));
    agattr(graph, AGNODE, const_cast<char *>("label"), const_cast<char *>(""));
    Agsym_t *width = agattr(graph, AGNODE, const_cast<char *>("width"), const_cast<char *>("1"));
    Agsym_t *height =
        agattr(graph, AGNODE, const_cast<char *>("height"), const_cast<char *>("0.5"));
    std::vector<Agnode_t *> nodes(input.nodes.size());
    std::vector<int> index(input.nodes.size() + 1, -1);
    for (size_t i = 0; i < input.nodes.size(); ++i) {
        QByteArray name = "n" + QByteArray::number(qulonglong(i));
        nodes[i] = agnode(graph, name.data(), 1);
        agxset(nodes[i], width, QByteArray::number(input.nodes[i].size.width() / 72).data());
        agxset(nodes[i], height, QByteArray::number(input.nodes[i].size.height() / 72).data());
        index.resize(std::max(index.size(), size_t(input.nodes[i].id) + 1), -1);
        index[input.nodes[i].id] = int(i);
    }
    for (const auto &edge : input.edges)
        agedge(graph, nodes[size_t(index[edge.from])], nodes[size_t(index[edge.to])], nullptr, 1);
    DotRun run;
    if (gvLayout(context, graph, "dot") == 0) {
        run.seconds = double(timer.nsecsElapsed()) / 1e9;
        std::vector<std::vector<std::pair<double, double>>> below;
        for (const auto &edge : input.edges) {
            Agnode_t *tail = nodes[size_t(index[edge.from])], *head = nodes[size_t(index[edge.to])];
            if (ND_rank(head) != ND_rank(tail) + 1)
                continue;
            below.resize(std::max(below.size(), size_t(ND_rank(tail)) + 1));
            below[size_t(ND_rank(tail))].emplace_back(ND_coord(tail).x, ND_coord(head).x);
        }
        run.crossings = crossings(std::move(below));
        double left = INFINITY, right = -INFINITY;
        for (size_t i = 0; i < nodes.size(); ++i) {
            left = std::min(left, ND_coord(nodes[i]).x - input.nodes[i].size.width() / 2);
            right = std::max(right, ND_coord(nodes[i]).x + input.nodes[i].size.width() / 2);
        }
        run.across = right - left;
        gvFreeLayout(context, graph);
    }
    agclose(graph);
    gvFreeContext(context);
    return run;
}

struct OwnRun
{
    double seconds = 0;
    qint64 crossings = 0;
    int dummies = 0;
    double across = 0; ///< width of the drawing across the layers
    SugiyamaOrdering::Result result;
    SugiyamaOrdering::Input input;
};

OwnRun own(const GraphvizLayout::Input &graph, int rounds)
{
    OwnRun run;
    QElapsedTimer timer;
    timer.start();
    run.input = orderingInput(graph);
    run.input.rounds = rounds;
    run.result = SugiyamaOrdering::place(run.input);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.crossings = crossings(run.result, run.input.edges.size());
    run.dummies = run.result.vertexCount - run.input.vertexCount;
    for (int v = 0; v < run.input.vertexCount; ++v)
        run.across =
            std::max(run.across, run.result.position[size_t(v)] + run.input.width[size_t(v)] / 2);
    return run;
}

int table(QTextStream &out)
{
    const int rounds = SugiyamaOrdering::Input().rounds;
    out << "shape    resources  edges   dummies  layers  own s   own crossings  width pt   "
           "dot s    dot crossings  dot width  dot/own time  own/dot crossings"
        << Qt::endl;
    for (bool layered : {true, false}) {
        for (int size : {2000, 10000, 100000}) {
            const Graph graph = dag(size, layered);
            const GraphvizLayout::Input input = GraphvizLayout::snapshot(graph, {});
            const OwnRun mine = own(input, rounds);
            int layers = 0;
            for (int l : mine.input.layer)
                layers = std::max(layers, l + 1);
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 ")
                       .arg(layered ? u"layered"_qs : u"random"_qs, -8)
                       .arg(size, 9)
                       .arg(input.edges.size(), 7)
                       .arg(mine.dummies, 8)
                       .arg(layers, 6)
                       .arg(mine.seconds, 7, 'f', 3)
                       .arg(mine.crossings, 13)
                       .arg(mine.across, 10, 'f', 0);
            if (layered && size == 2000) {
                const DotRun peer = dot(input);
                out << QStringLiteral("%1 %2 %3 %4 %5")
                           .arg(peer.seconds, 7, 'f', 2)
                           .arg(peer.crossings, 14)
                           .arg(peer.across, 9, 'f', 0)
                           .arg(peer.seconds / mine.seconds, 12, 'f', 0)
                           .arg(double(mine.crossings) /
                                    double(std::max<qint64>(1, peer.crossings)),
                                18, 'f', 2);
            } else {
                out << (layered ? "dot not run: minutes at 10,000 (eb3db79: > 12 min with its "
                                  "speed flags), growth faster than linear"
                                : "dot not run: long edges are dot's worst case (bench_layout)");
            }
            out << Qt::endl;
        }
    }
    return 0;
}

int rounds(QTextStream &out)
{
    out << "resources  rounds  seconds  crossings" << Qt::endl;
    for (int size : {10000, 100000}) {
        const GraphvizLayout::Input input = GraphvizLayout::snapshot(dag(size, true), {});
        for (int r : {0, 1, 2, 3, 4, 6, 8, 12}) {
            const OwnRun run = own(input, r);
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(size, 9)
                       .arg(r, 7)
                       .arg(run.seconds, 8, 'f', 3)
                       .arg(run.crossings, 10)
                << Qt::endl;
        }
    }
    return 0;
}

/// The drawing as LayeredLayout would make it (boxes, edges through their bends), scaled to fit
/// 4,000 pixels across.
int png(QTextStream &out, int size, const QString &path, bool layered)
{
    const GraphvizLayout::Input input = GraphvizLayout::snapshot(dag(size, layered), {});
    const OwnRun run = own(input, SugiyamaOrdering::Input().rounds);
    double tallest = 0;
    for (const auto &node : input.nodes)
        tallest = std::max(tallest, node.size.height());
    const double pitch = tallest + 54;
    int layers = 0;
    for (int l : run.input.layer)
        layers = std::max(layers, l + 1);
    const double scale = std::min(1.0, 4000 / run.across);
    QImage image(int(run.across * scale) + 20, int(layers * pitch * scale) + 20,
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(10, 10);
    painter.scale(scale, scale);
    const auto point = [&](int v) {
        return QPointF(run.result.position[size_t(v)],
                       run.result.layer[size_t(v)] * pitch + tallest / 2);
    };
    painter.setPen(QPen(QColor(40, 90, 200, 160), 1.2 / scale));
    for (size_t e = 0; e < run.input.edges.size(); ++e) {
        const auto chain = run.result.chain(e);
        for (size_t i = 1; i < chain.size(); ++i)
            painter.drawLine(point(chain[i - 1]), point(chain[i]));
    }
    painter.setPen(QPen(Qt::black, 1 / scale));
    painter.setBrush(QColor(250, 230, 160));
    for (int v = 0; v < run.input.vertexCount; ++v) {
        QRectF box(QPointF(), input.nodes[size_t(v)].size);
        box.moveCenter(point(v));
        painter.drawRect(box);
    }
    painter.end();
    if (!image.save(path)) {
        out << path << ": cannot write" << Qt::endl;
        return 1;
    }
    // How far edges run sideways: the shorter, the easier to follow.
    double sideways = 0;
    for (size_t e = 0; e < run.input.edges.size(); ++e) {
        const auto chain = run.result.chain(e);
        for (size_t i = 1; i < chain.size(); ++i)
            sideways += std::abs(point(chain[i]).x() - point(chain[i - 1]).x());
    }
    out << path << ": " << size << " resources, " << run.crossings << " crossings, "
        << int(run.across) << " x " << int(layers * pitch) << " pt, edges run "
        << int(sideways / double(std::max<size_t>(1, run.input.edges.size())))
        << " pt sideways on average" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() >= 4 && args[1] == u"--png")
        return png(out, args[2].toInt(), args[3], args.value(4) != u"random");
    if (args.size() == 2 && args[1] == u"--rounds")
        return rounds(out);
    return table(out);
}
