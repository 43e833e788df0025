#include "scene/scenesketch.h"

namespace converge {

namespace {
template <typename Mark> Mark &at(std::vector<Mark> &marks, size_t id)
{
    if (marks.size() <= id)
        marks.resize(id + 1);
    return marks[id];
}
} // namespace

void SceneSketch::setNode(ResourceId id, const QRectF &box, std::uint8_t look, bool shown)
{
    Node &node = at(m_nodes, id);
    const Node now{
        float(box.left()), float(box.top()), float(box.width()), float(box.height()), look, shown};
    if (now.left != node.left || now.top != node.top || now.width != node.width ||
        now.height != node.height)
        ++m_geometryVersion;
    node = now;
}

void SceneSketch::dropNode(ResourceId id)
{
    if (id < m_nodes.size()) {
        m_nodes[id] = {};
        ++m_geometryVersion;
    }
}

void SceneSketch::setEdge(EdgeId id, const QPolygonF &line, const QRectF &bounds, bool strong,
                          bool shown)
{
    Edge &edge = at(m_edges, id);
    const Edge placed{float(bounds.left()), float(bounds.top()), float(bounds.right()),
                      float(bounds.bottom())};
    if (placed.left != edge.left || placed.top != edge.top || placed.right != edge.right ||
        placed.bottom != edge.bottom) {
        edge.left = placed.left;
        edge.top = placed.top;
        edge.right = placed.right;
        edge.bottom = placed.bottom;
        ++m_geometryVersion;
    }
    const auto count = std::uint32_t(line.size());
    if (count != edge.count) {
        // A new length takes room at the end; what it leaves is reclaimed once it outweighs
        // the points in use.
        m_livePoints += count;
        m_livePoints -= edge.count;
        edge.first = std::uint32_t(m_points.size());
        edge.count = count;
        m_points.resize(m_points.size() + count);
    }
    for (std::uint32_t i = 0; i < count; ++i)
        m_points[edge.first + i] = {float(line[i].x()), float(line[i].y())};
    edge.strong = strong;
    edge.shown = shown;
    if (m_points.size() > 2 * m_livePoints + 1024)
        compactPoints();
}

void SceneSketch::dropEdge(EdgeId id)
{
    if (id >= m_edges.size())
        return;
    m_livePoints -= m_edges[id].count;
    m_edges[id] = {};
    ++m_geometryVersion;
}

void SceneSketch::compactPoints()
{
    std::vector<Point> kept;
    kept.reserve(m_livePoints);
    for (Edge &edge : m_edges) {
        const auto first = std::uint32_t(kept.size());
        kept.insert(kept.end(), m_points.begin() + edge.first,
                    m_points.begin() + edge.first + edge.count);
        edge.first = first;
    }
    m_points = std::move(kept);
}

} // namespace converge
