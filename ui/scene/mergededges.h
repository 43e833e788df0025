#pragma once

#include "model/resource.h"

#include <QPointer>
#include <QRectF>

#include <functional>
#include <span>
#include <vector>

namespace converge {

class Graph;
class GraphScene;
class GroupEdgeItem;

/// The arrows that stand for the edges between collapsed groups and the rest: one GroupEdgeItem
/// per pair of ends, with the number of edges it stands for.
///
/// Items no longer needed are hidden and kept for the next drawing rather than deleted:
/// removing an item from a scene searches all of its items, which made expanding 500 groups of
/// a 100,000-resource graph take 10 s. The items belong to the scene; this object deletes them
/// when it goes first. GUI thread only.
class MergedEdges
{
public:
    /// One end of an edge as drawn: a collapsed group (negative: -1 - group) or a resource id.
    using End = qint64;

    explicit MergedEdges(GraphScene *scene);
    ~MergedEdges();
    MergedEdges(const MergedEdges &) = delete;
    MergedEdges &operator=(const MergedEdges &) = delete;

    /// Draws one arrow per pair of different ends, at least one of them a group, between the
    /// boxes box() gives; ends with an empty box are left out.
    void draw(const Graph &graph, const std::function<End(ResourceId)> &end,
              const std::function<QRectF(End)> &box);
    /// Hides every arrow.
    void clear();
    /// The arrows drawn now.
    std::span<GroupEdgeItem *const> drawn() const { return {m_items.data(), m_used}; }

private:
    QPointer<GraphScene> m_scene;         ///< null once the scene is gone: it deleted our items
    std::vector<GroupEdgeItem *> m_items; ///< the first m_used drawn, the rest hidden
    size_t m_used = 0;
};

} // namespace converge
