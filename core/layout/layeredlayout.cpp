#include "layout/layeredlayout.h"

#include "layout/rankplacement.h"
#include "layout/sugiyamaordering.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace converge {

namespace {

constexpr double NodeGap = 18.0;     ///< least space between two boxes of one layer, in points
constexpr double RankGap = 54.0;     ///< between layers, room for the edges
constexpr double ArrowLength = 10.0; ///< the part of an edge its arrowhead draws, in points

/// Where the line from a box's centre towards a point leaves the box.
QPointF border(QPointF centre, QSizeF size, QPointF towards)
{
    const QPointF d = towards - centre;
    const double inf = std::numeric_limits<double>::infinity();
    const double tx = d.x() != 0 ? size.width() / 2 / std::abs(d.x()) : inf;
    const double ty = d.y() != 0 ? size.height() / 2 / std::abs(d.y()) : inf;
    return centre + d * std::min({tx, ty, 1.0});
}

/// An edge within a layer (or a self-loop's stand-in): straight between the borders of its end
/// boxes, its last ArrowLength left to the arrowhead.
GraphLayout::Edge straight(EdgeId id, std::vector<QPointF> points, QSizeF tail, QSizeF head)
{
    GraphLayout::Edge line;
    line.id = id;
    points.front() = border(points.front(), tail, points[1]);
    const QPointF before = points[points.size() - 2];
    const QPointF tip = border(points.back(), head, before);
    const QPointF d = tip - before;
    const double length = std::hypot(d.x(), d.y());
    points.back() = length > 2 * ArrowLength ? tip - d * (ArrowLength / length) : before + d / 2;
    for (const QPointF &p : points)
        line.lineTo(p);
    line.hasArrowHead = true;
    line.arrowTip = tip;
    return line;
}

/// An edge between layers, layers stacked along y: it leaves the middle of the tail box's face
/// towards the head and enters the head's facing side with its arrowhead along the layer axis,
/// curving through its dummy vertices with tangents along that axis. A nearly level line from
/// far across the layer would otherwise hit the head's side and point sideways.
GraphLayout::Edge acrossLayers(EdgeId id, std::vector<QPointF> points, QSizeF tail, QSizeF head)
{
    const double down = points[1].y() > points.front().y() ? 1 : -1;
    const QPointF centre = points.back();
    const QPointF before = points[points.size() - 2];
    // Several edges into one box meet its face spread out, each on the side it comes from.
    const double reach = std::max(0.0, head.width() / 2 - ArrowLength);
    const double offset = std::clamp((before.x() - centre.x()) / 4, -reach, reach);
    const QPointF tip(centre.x() + offset, centre.y() - down * head.height() / 2);
    points.front() += QPointF(0, down * tail.height() / 2);
    points.back() = tip - QPointF(0, down * ArrowLength);
    GraphLayout::Edge line;
    line.id = id;
    line.spline.reserve(points.size() * 3 - 2);
    line.spline.push_back(points.front());
    for (size_t i = 1; i < points.size(); ++i) {
        const QPointF bend(0, (points[i].y() - points[i - 1].y()) / 2);
        line.spline.push_back(points[i - 1] + bend);
        line.spline.push_back(points[i] - bend);
        line.spline.push_back(points[i]);
    }
    line.hasArrowHead = true;
    line.arrowTip = tip;
    return line;
}

QPointF transposed(QPointF p)
{
    return {p.y(), p.x()};
}

/// An edge through points (centres of its ends and its dummy vertices, tail first) between
/// boxes of sizes tail and head; layers are stacked along x when leftToRight.
GraphLayout::Edge route(EdgeId id, std::vector<QPointF> points, QSizeF tail, QSizeF head,
                        bool leftToRight)
{
    if (leftToRight) {
        for (QPointF &p : points)
            p = transposed(p);
        tail.transpose();
        head.transpose();
    }
    GraphLayout::Edge line = qFuzzyCompare(points.front().y(), points[1].y())
                                 ? straight(id, std::move(points), tail, head)
                                 : acrossLayers(id, std::move(points), tail, head);
    if (leftToRight) {
        for (QPointF &p : line.spline)
            p = transposed(p);
        line.arrowTip = transposed(line.arrowTip);
    }
    return line;
}

} // namespace

bool LayeredLayout::isAcyclic(const GraphvizLayout::Input &input)
{
    bool acyclic = false;
    RankPlacement::ranks(input, &acyclic);
    return acyclic;
}

GraphLayout LayeredLayout::place(const GraphvizLayout::Input &input)
{
    const std::vector<int> rank = RankPlacement::ranks(input);
    // Vertex i of the ordering is input.nodes[i].
    std::vector<int> index(rank.size(), -1);
    for (size_t i = 0; i < input.nodes.size(); ++i)
        index[input.nodes[i].id] = int(i);
    const auto vertexOf = [&](ResourceId id) {
        return id < index.size() ? index[id] : -1;
    };

    // Sizes across and along the layers: left to right, layers are columns.
    const bool leftToRight = input.options.direction == LayoutDirection::LeftToRight;
    const auto across = [&](const QSizeF &size) {
        return leftToRight ? size.height() : size.width();
    };
    const auto along = [&](const QSizeF &size) {
        return leftToRight ? size.width() : size.height();
    };

    SugiyamaOrdering::Input order;
    order.vertexCount = int(input.nodes.size());
    order.gap = NodeGap;
    order.layer.reserve(input.nodes.size());
    order.width.reserve(input.nodes.size());
    double deepest = 0;
    for (const auto &node : input.nodes) {
        order.layer.push_back(rank[node.id]);
        order.width.push_back(across(node.size));
        deepest = std::max(deepest, along(node.size));
    }
    // One ordering edge per input edge, so chain(e) is input edge e. An edge against the ranks
    // (on a cycle) is ordered reversed and drawn from its real tail; one within a layer is kept
    // out of the ordering and drawn straight.
    order.edges.reserve(input.edges.size());
    for (const auto &edge : input.edges) {
        const int from = vertexOf(edge.from), to = vertexOf(edge.to);
        if (from >= 0 && to >= 0 && rank[edge.from] > rank[edge.to])
            order.edges.emplace_back(to, from);
        else
            order.edges.emplace_back(from, to);
    }
    const SugiyamaOrdering::Result drawn = SugiyamaOrdering::place(order);

    const double pitch = deepest + RankGap;
    const auto point = [&](int v) {
        const double a = drawn.position[size_t(v)];
        const double b = drawn.layer[size_t(v)] * pitch + deepest / 2;
        return leftToRight ? QPointF(b, a) : QPointF(a, b);
    };
    GraphLayout layout;
    double extentAcross = 0;
    int layerCount = 0;
    layout.nodes.reserve(input.nodes.size());
    for (size_t i = 0; i < input.nodes.size(); ++i) {
        extentAcross = std::max(extentAcross, drawn.position[i] + order.width[i] / 2);
        layerCount = std::max(layerCount, drawn.layer[i] + 1);
        layout.nodes.push_back({input.nodes[i].id, point(int(i)), input.nodes[i].size});
    }
    const double extentAlong = std::max(0, layerCount - 1) * pitch + deepest;
    layout.bounds = leftToRight ? QRectF(0, 0, extentAlong, extentAcross)
                                : QRectF(0, 0, extentAcross, extentAlong);

    layout.edges.reserve(input.edges.size());
    for (size_t e = 0; e < input.edges.size(); ++e) {
        const auto &edge = input.edges[e];
        const std::span<const int> chain = drawn.chain(e);
        if (chain.size() < 2)
            continue; // an end is not in this piece
        std::vector<QPointF> points;
        points.reserve(chain.size());
        for (int v : chain)
            points.push_back(point(v));
        if (order.edges[e].first != vertexOf(edge.from))
            std::reverse(points.begin(), points.end());
        layout.edges.push_back(route(edge.id, std::move(points),
                                     input.nodes[size_t(vertexOf(edge.from))].size,
                                     input.nodes[size_t(vertexOf(edge.to))].size, leftToRight));
    }
    return layout;
}

} // namespace converge
