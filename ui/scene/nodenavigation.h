#pragma once

#include <QPointF>

#include <vector>

namespace converge {

class NodeItem;

/// Which node the arrow keys go to next: a pure choice over the nodes' positions, so the scene
/// only selects what it returns. GUI thread only (it reads items).
class NodeNavigation
{
public:
    /// The node one step from current in direction (dx, dy) (each -1, 0 or 1): the nearest
    /// visible one inside a 90-degree cone around the direction, sideways distance costing more
    /// than forward distance. Without current, the top-left visible node, where reading starts.
    /// nullptr when there is none; items may hold nullptr. Hidden nodes (filtered out, inside a
    /// collapsed group) are never chosen.
    static NodeItem *next(const std::vector<NodeItem *> &items, const NodeItem *current, int dx,
                          int dy);
    /// The same from a point that is no node (the centre of a selected group box).
    static NodeItem *nextFrom(const std::vector<NodeItem *> &items, QPointF origin, int dx, int dy);
};

} // namespace converge
