#pragma once

#include "layout/graphlayout.h"
#include "model/resource.h"

#include <QPolygonF>
#include <QRectF>

#include <cstdint>
#include <vector>

namespace converge {

/// What the view needs to know of every node and edge without asking the items, in flat arrays
/// indexed by ResourceId and EdgeId: a node's box and look, an edge's bounds and its line
/// through its on-curve points.
///
/// Far out, a 100,000-resource view paints 250,000 items each frame. Asking each item where it
/// is and what colour it has took 20 ms a frame of pointer chasing through QGraphicsItem; the
/// items of a GraphScene tell their sketch instead whenever one of these changes, so a frame
/// reads a few megabytes in order. GUI thread only.
class SceneSketch
{
public:
    /// A node as drawn far out: its box in scene coordinates and NodeItem::overviewLook().
    struct Node
    {
        float left = 0;
        float top = 0;
        float width = 0;
        float height = 0;
        std::uint8_t look = 0;
        bool shown = false; ///< false for a hidden item and for an id with no item
    };
    /// An edge as drawn far out: points()[first .. first + count) in scene coordinates, and
    /// the bounds of all its item paints.
    struct Edge
    {
        float left = 0;
        float top = 0;
        float right = 0;
        float bottom = 0;
        std::uint32_t first = 0;
        std::uint32_t count = 0;
        bool strong = false;
        bool shown = false;
    };
    struct Point
    {
        float x;
        float y;
    };

    void setNode(ResourceId id, const QRectF &box, std::uint8_t look, bool shown);
    void dropNode(ResourceId id);
    void setEdge(EdgeId id, const QPolygonF &line, const QRectF &bounds, bool strong, bool shown);
    void dropEdge(EdgeId id);

    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }
    const std::vector<Point> &points() const { return m_points; }
    /// Changes whenever a node's box or an edge's bounds change, or one is added or dropped;
    /// not for looks, strength or visibility.
    std::uint64_t geometryVersion() const { return m_geometryVersion; }

private:
    void compactPoints();

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<Point> m_points;
    size_t m_livePoints = 0; ///< points still referred to; the rest were left by longer lines
    std::uint64_t m_geometryVersion = 0;
};

} // namespace converge
