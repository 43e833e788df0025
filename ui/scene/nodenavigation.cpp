#include "scene/nodenavigation.h"

#include "scene/nodeitem.h"

#include <cmath>
#include <limits>
#include <utility>

namespace converge {

NodeItem *NodeNavigation::next(const std::vector<NodeItem *> &items, const NodeItem *current,
                               int dx, int dy)
{
    if (current)
        return nextFrom(items, current->pos(), dx, dy);
    NodeItem *best = nullptr;
    for (NodeItem *item : items) {
        if (item && item->isVisible() &&
            (!best || std::pair(item->y(), item->x()) < std::pair(best->y(), best->x())))
            best = item;
    }
    return best;
}

NodeItem *NodeNavigation::nextFrom(const std::vector<NodeItem *> &items, QPointF origin, int dx,
                                   int dy)
{
    // Sideways distance costs twice as much, so the pick follows the arrow the user pressed.
    NodeItem *best = nullptr;
    double bestScore = std::numeric_limits<double>::max();
    for (NodeItem *item : items) {
        if (!item || !item->isVisible())
            continue;
        const QPointF d = item->pos() - origin;
        const double forward = d.x() * dx + d.y() * dy;
        const double sideways = std::abs(d.x() * dy + d.y() * dx);
        if (forward <= 0.5 || sideways > forward)
            continue;
        const double score = forward + 2 * sideways;
        if (score < bestScore) {
            bestScore = score;
            best = item;
        }
    }
    return best;
}

} // namespace converge
