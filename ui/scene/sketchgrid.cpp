#include "scene/sketchgrid.h"

#include "scene/scenesketch.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace converge {

namespace {
// About four node boxes across and a dozen layers down: a close view touches a few dozen cells.
constexpr float CellSize = 512;
// Never more cells than this many per node and edge, however spread out the drawing is.
constexpr size_t CellsPerMark = 4;
// An edge over more cells than this goes in the list every query checks.
constexpr int WideCells = 16;
// Up to this many marks moved since the grid was made (a drag, a rename) are tested one by one;
// more make it again.
constexpr size_t MostMoved = 4096;

bool isPlaced(const SceneSketch::Node &node)
{
    return node.width > 0 || node.height > 0;
}

bool isPlaced(const SceneSketch::Edge &edge)
{
    return edge.right > edge.left;
}

using Bounds = SketchGrid::Bounds;

Bounds boundsOf(const SceneSketch::Node &node)
{
    return {node.left, node.top, node.left + node.width, node.top + node.height};
}

Bounds boundsOf(const SceneSketch::Edge &edge)
{
    return {edge.left, edge.top, edge.right, edge.bottom};
}

bool meets(const Bounds &b, const QRectF &area)
{
    return b.right >= area.left() && b.left <= area.right() && b.bottom >= area.top() &&
           b.top <= area.bottom();
}
} // namespace

SketchGrid::Span SketchGrid::spanOf(const Bounds &b) const
{
    const auto cell = [this](float at, float origin, int count) {
        return int(std::clamp(std::floor((at - origin) / m_cell), 0.0F, float(count - 1)));
    };
    return {cell(b.left, m_left, m_columns), cell(b.top, m_top, m_rows),
            cell(b.right, m_left, m_columns), cell(b.bottom, m_top, m_rows)};
}

template <typename Marks> void SketchGrid::file(const Marks &marks, Filed &filed, bool wideAllowed)
{
    const size_t cells = size_t(m_columns) * size_t(m_rows);
    filed.start.assign(cells + 1, 0);
    filed.bounds.resize(marks.size());
    filed.moved.assign(marks.size(), false);
    filed.movedIds.clear();
    filed.wide.clear();
    const auto each = [&](auto visit) {
        for (std::uint32_t id = 0; id < marks.size(); ++id) {
            if (!isPlaced(marks[id]))
                continue;
            const Span span = spanOf(boundsOf(marks[id]));
            if ((span.right - span.left + 1) * (span.bottom - span.top + 1) > WideCells &&
                wideAllowed) {
                visit(cells, id); // past the last cell: the wide list
                continue;
            }
            for (int y = span.top; y <= span.bottom; ++y) {
                for (int x = span.left; x <= span.right; ++x)
                    visit(size_t(y) * size_t(m_columns) + size_t(x), id);
            }
        }
    };
    each([&](size_t cell, std::uint32_t) {
        if (cell < cells)
            ++filed.start[cell + 1];
    });
    for (size_t cell = 0; cell < cells; ++cell)
        filed.start[cell + 1] += filed.start[cell];
    filed.ids.resize(filed.start[cells]);
    std::vector<std::uint32_t> next(filed.start.begin(), filed.start.end() - 1);
    each([&](size_t cell, std::uint32_t id) {
        if (cell < cells)
            filed.ids[next[cell]++] = id;
        else
            filed.wide.push_back(id);
    });
    for (std::uint32_t id = 0; id < marks.size(); ++id)
        filed.bounds[id] = boundsOf(marks[id]);
}

template <typename Marks> bool SketchGrid::takeMoved(const Marks &marks, Filed &filed)
{
    filed.moved.resize(marks.size(), false);
    for (std::uint32_t id = 0; id < marks.size(); ++id) {
        if (filed.moved[id] ||
            (id < filed.bounds.size() && filed.bounds[id] == boundsOf(marks[id])))
            continue;
        filed.moved[id] = true;
        filed.movedIds.push_back(id);
        if (filed.movedIds.size() > MostMoved)
            return false;
    }
    return true;
}

void SketchGrid::build(const SceneSketch &sketch)
{
    float left = std::numeric_limits<float>::max();
    float top = left;
    float right = std::numeric_limits<float>::lowest();
    float bottom = right;
    size_t marks = 0;
    const auto extend = [&](const Bounds &b) {
        left = std::min(left, b.left);
        top = std::min(top, b.top);
        right = std::max(right, b.right);
        bottom = std::max(bottom, b.bottom);
        ++marks;
    };
    for (const SceneSketch::Node &node : sketch.nodes()) {
        if (isPlaced(node))
            extend(boundsOf(node));
    }
    for (const SceneSketch::Edge &edge : sketch.edges()) {
        if (isPlaced(edge))
            extend(boundsOf(edge));
    }
    m_left = marks == 0 ? 0 : left;
    m_top = marks == 0 ? 0 : top;
    right = std::max(right, m_left);
    bottom = std::max(bottom, m_top);
    m_cell = CellSize;
    // A file may put a resource anywhere: an extent beyond float's range counts as 1e30, which
    // the doubling below brings down to a few thousand cells like any other.
    const auto count = [this](float extent) {
        const float cells = std::ceil((std::isfinite(extent) ? extent : 1e30F) / m_cell);
        return std::max(1, int(std::min(cells, 1e9F)));
    };
    while (size_t(count(right - m_left)) * size_t(count(bottom - m_top)) >
           std::max<size_t>(1024, CellsPerMark * marks))
        m_cell *= 2;
    m_columns = count(right - m_left);
    m_rows = count(bottom - m_top);
    file(sketch.nodes(), m_nodes, false);
    file(sketch.edges(), m_edges, true);
}

template <typename Marks, typename Id>
void SketchGrid::scan(const Marks &marks, const Filed &filed, const QRectF &area,
                      std::vector<Id> &found) const
{
    const auto wanted = [&](std::uint32_t id) {
        return marks[id].shown && meets(boundsOf(marks[id]), area);
    };
    const Span range =
        spanOf({float(area.left()), float(area.top()), float(area.right()), float(area.bottom())});
    // A mark filed under several cells is reported by the first of them inside the range, so
    // a query needs no set of marks already seen.
    for (int y = range.top; y <= range.bottom; ++y) {
        for (int x = range.left; x <= range.right; ++x) {
            const size_t cell = size_t(y) * size_t(m_columns) + size_t(x);
            for (std::uint32_t i = filed.start[cell]; i < filed.start[cell + 1]; ++i) {
                const std::uint32_t id = filed.ids[i];
                if (filed.moved[id] || !wanted(id))
                    continue;
                const Span own = spanOf(filed.bounds[id]);
                if (std::max(own.left, range.left) == x && std::max(own.top, range.top) == y)
                    found.push_back(id);
            }
        }
    }
    for (const std::vector<std::uint32_t> *list : {&filed.wide, &filed.movedIds}) {
        for (std::uint32_t id : *list) {
            if ((list == &filed.movedIds || !filed.moved[id]) && wanted(id))
                found.push_back(id);
        }
    }
}

void SketchGrid::find(const SceneSketch &sketch, const QRectF &area, std::vector<ResourceId> &nodes,
                      std::vector<EdgeId> &edges)
{
    if (m_version != sketch.geometryVersion()) {
        if (m_columns == 0 || !takeMoved(sketch.nodes(), m_nodes) ||
            !takeMoved(sketch.edges(), m_edges))
            build(sketch);
        m_version = sketch.geometryVersion();
    }
    scan(sketch.nodes(), m_nodes, area, nodes);
    scan(sketch.edges(), m_edges, area, edges);
}

} // namespace converge
