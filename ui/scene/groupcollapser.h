#pragma once

#include "model/resource.h"
#include "model/resourcegrouping.h"

#include <QObject>
#include <QPointer>

#include <vector>

namespace converge {

class Graph;
class GraphScene;
class GroupEdgeItem;
class GroupItem;

/// Collapses groups of a scene's nodes into one box each, and expands them again: a view
/// state that never touches the graph.
///
/// Collapsing hides the members' node items and every edge that touches them, and shows a
/// GroupItem at the centre of the members' area with their state counts; the edges between
/// anything collapsed and the rest are drawn merged, one GroupEdgeItem per pair of ends with
/// the number of edges it stands for. Expanding shows the members and their edges again where
/// they were, and selects again the members that were selected when the group collapsed.
/// Items are hidden, never moved, removed nor recreated, so positions, states and the undo
/// history are untouched.
///
/// The graph and scene must outlive the collapser, and the scene must show the graph. GUI
/// thread only.
class GroupCollapser : public QObject
{
    Q_OBJECT
public:
    GroupCollapser(const Graph &graph, GraphScene *scene, QObject *parent = nullptr);
    ~GroupCollapser() override;

    /// Expands every group and takes grouping as the groups to work with.
    void setGrouping(ResourceGrouping grouping);
    const ResourceGrouping &grouping() const { return m_grouping; }

    /// Collapses a group; false when it is not a group or already collapsed.
    bool collapse(int group);
    /// Expands a group; false when it was not collapsed.
    bool expand(int group);
    void collapseAll();
    void expandAll();
    bool isCollapsed(int group) const;
    int collapsedCount() const { return m_collapsedCount; }
    /// The collapsed group's box, or nullptr.
    GroupItem *groupItem(int group) const;
    /// The groups whose boxes are selected, ascending.
    std::vector<int> selectedGroups() const;
    /// The merged edges drawn now.
    const std::vector<GroupEdgeItem *> &groupEdges() const { return m_groupEdges; }

    /// Counts the members' states again for the groups of changed resources. Call after the
    /// scene took the same batch (GraphScene::updateStates()): the counts read its node items.
    void statesChanged(const std::vector<ResourceId> &changed);
    /// Hides the collapsed groups' members and edges again, after someone else (a filter)
    /// showed them.
    void reapply();
    /// Drops every group without reading the graph, which may already be another one: removes
    /// the boxes and merged edges and shows every node and edge item again.
    void forget();

signals:
    /// A group collapsed or expanded.
    void collapsedChanged();
    /// The user asked for the menu of a group's box (now selected) at screenPos.
    void groupContextMenuRequested(int group, const QPoint &screenPos);

private:
    void hideMembers(int group);
    void recount(int group);
    void rebuildGroupEdges();
    QRectF membersArea(int group) const;

    const Graph &m_graph;
    QPointer<GraphScene> m_scene; ///< null once the scene is gone: it deleted our items
    ResourceGrouping m_grouping;
    std::vector<GroupItem *> m_items;                ///< indexed by group, nullptr while expanded
    std::vector<std::vector<ResourceId>> m_selected; ///< per group: selected when it collapsed
    std::vector<GroupEdgeItem *> m_groupEdges;
    int m_collapsedCount = 0;
};

} // namespace converge
