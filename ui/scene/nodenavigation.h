#pragma once

#include <vector>

namespace converge {

class NodeItem;

/// Which node the arrow keys go to next: a pure choice over the nodes' positions, so the scene
/// only selects what it returns. GUI thread only (it reads items).
class NodeNavigation
{
public:
    /// The node one step from current in direction (dx, dy) (each -1, 0 or 1): the nearest
    /// inside a 90-degree cone around the direction, sideways distance costing more than
    /// forward distance. Without current, the top-left node, where reading starts. nullptr when
    /// there is none; items may hold nullptr.
    static NodeItem *next(const std::vector<NodeItem *> &items, const NodeItem *current, int dx,
                          int dy);
};

} // namespace converge
