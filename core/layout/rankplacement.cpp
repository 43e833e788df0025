#include "layout/rankplacement.h"

#include <algorithm>

namespace converge {

namespace {

constexpr double NodeGap = 18.0; ///< between boxes of one rank, in points
constexpr double RankGap = 48.0; ///< between ranks, room for the edges

} // namespace

std::vector<int> RankPlacement::ranks(const GraphvizLayout::Input &input, bool *acyclic)
{
    ResourceId maxId = 0;
    for (const auto &node : input.nodes)
        maxId = std::max(maxId, node.id);
    std::vector<int> rank(size_t(maxId) + 1, 0), waiting(size_t(maxId) + 1, 0);
    std::vector<std::vector<ResourceId>> out(size_t(maxId) + 1);
    for (const auto &edge : input.edges) {
        if (edge.from <= maxId && edge.to <= maxId && edge.from != edge.to) {
            out[edge.from].push_back(edge.to);
            ++waiting[edge.to];
        }
    }
    std::vector<ResourceId> ready;
    for (const auto &node : input.nodes) {
        if (waiting[node.id] == 0)
            ready.push_back(node.id);
    }
    size_t ranked = 0;
    while (!ready.empty()) {
        const ResourceId id = ready.back();
        ready.pop_back();
        ++ranked;
        for (ResourceId next : out[id]) {
            rank[next] = std::max(rank[next], rank[id] + 1);
            if (--waiting[next] == 0)
                ready.push_back(next);
        }
    }
    if (acyclic)
        *acyclic = ranked == input.nodes.size();
    return rank;
}

GraphLayout RankPlacement::place(const GraphvizLayout::Input &input)
{
    const std::vector<int> rank = ranks(input);
    const ResourceId maxId = ResourceId(rank.size()) - 1;
    double widest = 0, tallest = 0;
    for (const auto &node : input.nodes) {
        widest = std::max(widest, node.size.width());
        tallest = std::max(tallest, node.size.height());
    }

    const bool leftToRight = input.options.direction == LayoutDirection::LeftToRight;
    const double across = (leftToRight ? tallest : widest) + NodeGap;
    const double along = (leftToRight ? widest : tallest) + RankGap;
    GraphLayout layout;
    std::vector<int> filled;
    std::vector<QPointF> centre(size_t(maxId) + 1);
    double extentAcross = 0;
    int ranks = 0;
    for (const auto &node : input.nodes) {
        const int r = rank[node.id];
        if (filled.size() <= size_t(r))
            filled.resize(size_t(r) + 1, 0);
        const double a = filled[size_t(r)]++ * across + (across - NodeGap) / 2;
        const double b = r * along + (along - RankGap) / 2;
        centre[node.id] = leftToRight ? QPointF(b, a) : QPointF(a, b);
        layout.nodes.push_back({node.id, centre[node.id], node.size});
        extentAcross = std::max(extentAcross, filled[size_t(r)] * across - NodeGap);
        ranks = std::max(ranks, r + 1);
    }
    const double extentAlong = ranks * along - RankGap;
    layout.bounds = leftToRight ? QRectF(0, 0, extentAlong, extentAcross)
                                : QRectF(0, 0, extentAcross, extentAlong);
    for (const auto &edge : input.edges) {
        if (edge.from > maxId || edge.to > maxId)
            continue;
        GraphLayout::Edge line;
        line.id = edge.id;
        const QPointF from = centre[edge.from], to = centre[edge.to];
        line.spline = {from, from + (to - from) / 3, from + (to - from) * 2 / 3, to};
        layout.edges.push_back(std::move(line));
    }
    return layout;
}

} // namespace converge
