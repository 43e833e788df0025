#include "layout/layoutcomponents.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace converge {

namespace {

/// Space between packed pieces and between the boxes of the grid, in points.
constexpr double Gap = 18.0;

ResourceId findRoot(std::vector<ResourceId> &parent, ResourceId id)
{
    while (parent[id] != id) {
        parent[id] = parent[parent[id]];
        id = parent[id];
    }
    return id;
}

void shift(GraphLayout &layout, QPointF by)
{
    for (auto &node : layout.nodes)
        node.centre += by;
    for (auto &edge : layout.edges) {
        for (QPointF &point : edge.spline)
            point += by;
        edge.arrowTip += by;
    }
    layout.bounds.translate(by);
}

// The extent of a piece along the rows of the packing, and across them.
QSizeF extent(const GraphLayout &part, bool columns)
{
    return columns ? part.bounds.size().transposed() : part.bounds.size();
}

// Rows of pieces, each as long as twice the square root of the total area allows (but at least
// the longest piece): a few pieces share one row as dot would draw them, many stay square.
double rowLength(const std::vector<GraphLayout> &parts, bool columns)
{
    double area = 0, longest = 0;
    for (const auto &part : parts) {
        const QSizeF size = extent(part, columns);
        area += (size.width() + Gap) * (size.height() + Gap);
        longest = std::max(longest, size.width());
    }
    return std::max(longest, 2 * std::sqrt(area));
}

} // namespace

std::vector<GraphvizLayout::Input> LayoutComponents::split(const GraphvizLayout::Input &input)
{
    ResourceId maxId = 0;
    for (const auto &node : input.nodes)
        maxId = std::max(maxId, node.id);
    std::vector<ResourceId> parent(size_t(maxId) + 1);
    std::iota(parent.begin(), parent.end(), ResourceId(0));
    std::vector<bool> present(parent.size(), false), linked(parent.size(), false);
    for (const auto &node : input.nodes)
        present[node.id] = true;
    std::vector<const GraphvizLayout::Input::Edge *> edges;
    for (const auto &edge : input.edges) {
        if (edge.from > maxId || edge.to > maxId || !present[edge.from] || !present[edge.to])
            continue; // GraphvizLayout skips such edges too
        edges.push_back(&edge);
        linked[edge.from] = linked[edge.to] = true;
        parent[findRoot(parent, edge.from)] = findRoot(parent, edge.to);
    }

    std::vector<GraphvizLayout::Input> parts;
    std::vector<int> partOfRoot(parent.size(), -1);
    GraphvizLayout::Input alone;
    alone.options = input.options;
    for (const auto &node : input.nodes) {
        if (!linked[node.id]) {
            alone.nodes.push_back(node);
            continue;
        }
        int &part = partOfRoot[findRoot(parent, node.id)];
        if (part < 0) {
            part = int(parts.size());
            parts.emplace_back().options = input.options;
        }
        parts[size_t(part)].nodes.push_back(node);
    }
    for (const auto *edge : edges)
        parts[size_t(partOfRoot[findRoot(parent, edge->from)])].edges.push_back(*edge);
    if (!alone.nodes.empty())
        parts.push_back(std::move(alone));
    return parts;
}

GraphLayout LayoutComponents::grid(const GraphvizLayout::Input &input)
{
    GraphLayout layout;
    double widest = 0, tallest = 0;
    for (const auto &node : input.nodes) {
        widest = std::max(widest, node.size.width());
        tallest = std::max(tallest, node.size.height());
    }
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(input.nodes.size())))));
    const double cellWidth = widest + Gap, cellHeight = tallest + Gap;
    int index = 0;
    for (const auto &node : input.nodes) {
        const QPointF centre((index % columns) * cellWidth + widest / 2,
                             (index / columns) * cellHeight + tallest / 2);
        layout.nodes.push_back({node.id, centre, node.size});
        ++index;
    }
    const int rows = (index + columns - 1) / columns;
    layout.bounds =
        QRectF(0, 0, std::min(index, columns) * cellWidth - Gap, rows * cellHeight - Gap);
    return layout;
}

GraphLayout LayoutComponents::pack(std::vector<GraphLayout> parts, LayoutDirection direction)
{
    GraphLayout out;
    if (parts.empty())
        return out;
    // Top to bottom, pieces stand side by side in rows; left to right, they stack in columns.
    const bool columns = direction == LayoutDirection::LeftToRight;
    const double length = rowLength(parts, columns);
    double along = 0, across = 0, rowDepth = 0;
    for (GraphLayout &part : parts) {
        const QSizeF size = extent(part, columns);
        if (along > 0 && along + size.width() > length) {
            along = 0;
            across += rowDepth + Gap;
            rowDepth = 0;
        }
        const QPointF at = columns ? QPointF(across, along) : QPointF(along, across);
        shift(part, at - part.bounds.topLeft());
        along += size.width() + Gap;
        rowDepth = std::max(rowDepth, size.height());
        out.bounds = out.bounds.isNull() ? part.bounds : out.bounds.united(part.bounds);
        std::move(part.nodes.begin(), part.nodes.end(), std::back_inserter(out.nodes));
        std::move(part.edges.begin(), part.edges.end(), std::back_inserter(out.edges));
    }
    out.bounds.setTopLeft(QPointF(0, 0));
    return out;
}

} // namespace converge
