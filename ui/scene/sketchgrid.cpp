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

bool isPlaced(const SceneSketch::Node &node)
{
    return node.width > 0 || node.height > 0;
}

bool isPlaced(const SceneSketch::Edge &edge)
{
    return edge.right > edge.left;
}

struct Bounds
{
    float left, top, right, bottom;
};

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

SketchGrid::Span SketchGrid::spanOf(float left, float top, float right, float bottom) const
{
    const auto cell = [this](float at, float origin, int count) {
        return int(std::clamp(std::floor((at - origin) / m_cell), 0.0F, float(count - 1)));
    };
    return {cell(left, m_left, m_columns), cell(top, m_top, m_rows), cell(right, m_left, m_columns),
            cell(bottom, m_top, m_rows)};
}

template <typename Marks>
void SketchGrid::file(const Marks &marks, std::vector<std::uint32_t> &start,
                      std::vector<std::uint32_t> &ids, std::vector<EdgeId> *wide)
{
    const size_t cells = size_t(m_columns) * size_t(m_rows);
    start.assign(cells + 1, 0);
    const auto each = [&](auto visit) {
        for (std::uint32_t id = 0; id < marks.size(); ++id) {
            if (!isPlaced(marks[id]))
                continue;
            const Bounds b = boundsOf(marks[id]);
            const Span span = spanOf(b.left, b.top, b.right, b.bottom);
            if (wide && (span.right - span.left + 1) * (span.bottom - span.top + 1) > WideCells) {
                wide->push_back(id);
                continue;
            }
            for (int y = span.top; y <= span.bottom; ++y) {
                for (int x = span.left; x <= span.right; ++x)
                    visit(size_t(y) * size_t(m_columns) + size_t(x), id);
            }
        }
    };
    each([&](size_t cell, std::uint32_t) { ++start[cell + 1]; });
    for (size_t cell = 0; cell < cells; ++cell)
        start[cell + 1] += start[cell];
    ids.resize(start[cells]);
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    std::vector<EdgeId> again; // the second pass finds the same wide marks
    wide = wide ? &again : nullptr;
    each([&](size_t cell, std::uint32_t id) { ids[next[cell]++] = id; });
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
    m_wideEdges.clear();
    file(sketch.nodes(), m_nodeStart, m_nodeIds, nullptr);
    file(sketch.edges(), m_edgeStart, m_edgeIds, &m_wideEdges);
    m_version = sketch.geometryVersion();
}

void SketchGrid::find(const SceneSketch &sketch, const QRectF &area, std::vector<ResourceId> &nodes,
                      std::vector<EdgeId> &edges)
{
    if (m_version != sketch.geometryVersion())
        build(sketch);
    const Span range =
        spanOf(float(area.left()), float(area.top()), float(area.right()), float(area.bottom()));
    // A mark filed under several cells is reported by the first of them inside the range, so
    // a query needs no set of marks already seen.
    const auto scan = [&](const auto &marks, const std::vector<std::uint32_t> &start,
                          const std::vector<std::uint32_t> &ids, auto &found) {
        for (int y = range.top; y <= range.bottom; ++y) {
            for (int x = range.left; x <= range.right; ++x) {
                const size_t cell = size_t(y) * size_t(m_columns) + size_t(x);
                for (std::uint32_t i = start[cell]; i < start[cell + 1]; ++i) {
                    const auto &mark = marks[ids[i]];
                    const Bounds b = boundsOf(mark);
                    if (!mark.shown || !meets(b, area))
                        continue;
                    const Span own = spanOf(b.left, b.top, b.right, b.bottom);
                    if (std::max(own.left, range.left) == x && std::max(own.top, range.top) == y)
                        found.push_back(ids[i]);
                }
            }
        }
    };
    scan(sketch.nodes(), m_nodeStart, m_nodeIds, nodes);
    scan(sketch.edges(), m_edgeStart, m_edgeIds, edges);
    for (EdgeId id : m_wideEdges) {
        const SceneSketch::Edge &edge = sketch.edges()[id];
        if (edge.shown && meets(boundsOf(edge), area))
            edges.push_back(id);
    }
}

} // namespace converge
