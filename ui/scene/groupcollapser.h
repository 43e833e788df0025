#pragma once

#include "layout/graphlayout.h"
#include "layout/graphvizlayout.h"
#include "layout/layoutjob.h"
#include "model/resource.h"
#include "model/resourcegrouping.h"
#include "scene/mergededges.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <span>
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
/// Items are hidden, never removed nor recreated, so states and the undo history are untouched.
///
/// With arrangeWith(), the picture is laid out again while groups are collapsed: each collapsed
/// group is one node of its box's size and the edges between the same two ends one edge, laid
/// out by a LayoutJob (the layout helper, off the GUI thread, with the window's engine and
/// cache), so boxes never sit over other nodes and a layered drawing keeps every edge pointing
/// down. The visible nodes, their edges and the boxes then move there (arranged() follows); the
/// members stay hidden where they were. When the last group expands, every item moved goes back
/// where Home says, which is where the editor draws it: the graph and its positions never
/// change. Until the layout arrives, a new box sits at the centre of its members' area.
///
/// The graph and scene must outlive the collapser, and the scene must show the graph. GUI
/// thread only.
class GroupCollapser : public QObject
{
    Q_OBJECT
public:
    /// Where items go when nothing is collapsed: a node's centre and an edge's geometry.
    struct Home
    {
        std::function<QPointF(ResourceId)> centre;
        std::function<GraphLayout::Edge(EdgeId)> route;
    };

    GroupCollapser(const Graph &graph, GraphScene *scene, QObject *parent = nullptr);
    ~GroupCollapser() override;

    /// Lays the picture out again whenever the collapsed groups change, with the engine and
    /// direction options() gives then, and puts items back at home once none is collapsed.
    /// Without it, boxes only cover their members' area.
    void arrangeWith(Home home, std::function<GraphvizLayout::Options()> options);
    /// The job that lays out the collapsed picture (for its cache and limits).
    LayoutJob *layoutJob() { return &m_job; }
    /// True while the picture shows a collapsed layout (arranged() came and nothing expanded
    /// every group since).
    bool isArranged() const { return m_arranged; }

    /// Expands every group and takes grouping as the groups to work with.
    void setGrouping(ResourceGrouping grouping);
    const ResourceGrouping &grouping() const { return m_grouping; }

    /// Collapses a group; false when it is not a group or already collapsed.
    bool collapse(int group);
    /// Expands a group; false when it was not collapsed.
    bool expand(int group);
    /// Collapses (expands) the groups listed at once, with one rebuild of the merged edges and
    /// one collapsedChanged(); returns how many changed.
    int collapseGroups(const std::vector<int> &groups);
    int expandGroups(const std::vector<int> &groups);
    void collapseAll();
    void expandAll();
    bool isCollapsed(int group) const;
    int collapsedCount() const { return m_collapsedCount; }
    /// The collapsed group's box, or nullptr.
    GroupItem *groupItem(int group) const;
    /// The groups whose boxes are selected, ascending.
    std::vector<int> selectedGroups() const;
    /// The merged edges drawn now.
    std::span<GroupEdgeItem *const> groupEdges() const { return m_mergedEdges.drawn(); }

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
    /// The collapsed picture's layout arrived and every visible item is where it put them.
    void arranged();
    /// The collapsed picture could not be laid out; the boxes stay on their members' area.
    void arrangeFailed(const QString &message);
    /// The user asked for the menu of a group's box (now selected) at screenPos.
    void groupContextMenuRequested(int group, const QPoint &screenPos);

private:
    bool collapseOne(int group);
    bool expandOne(int group);
    int changeGroups(const std::vector<int> &groups, bool (GroupCollapser::*one)(int));
    /// After groups collapsed or expanded: merged edges, layout, signal.
    void changed();
    void hideMembers(int group);
    void recount(int group);
    void rebuildGroupEdges();
    QRectF membersArea(int group) const;
    /// Lays the picture out again on the next pass of the event loop, or, with nothing
    /// collapsed, puts every item arranged() moved back home now.
    void rearrange();
    void startArranging();
    GraphvizLayout::Input collapsedInput();
    void placeArranged(const GraphLayout &layout);
    /// Places the next batch of the layout being placed; arranged() after the last.
    void placeBatch();
    void stopPlacing();
    void goHome();
    void showAutoEdges(bool show);

    const Graph &m_graph;
    QPointer<GraphScene> m_scene; ///< null once the scene is gone: it deleted our items
    ResourceGrouping m_grouping;
    std::vector<GroupItem *> m_items;                ///< indexed by group, nullptr while expanded
    std::vector<std::vector<ResourceId>> m_selected; ///< per group: selected when it collapsed
    MergedEdges m_mergedEdges;
    int m_collapsedCount = 0;

    Home m_home; ///< empty: no arranging
    std::function<GraphvizLayout::Options()> m_options;
    LayoutJob m_job;
    QTimer m_arrange; ///< coalesces a burst of collapses (Collapse All) into one layout
    /// A collapsed layout on its way into the scene, a bounded batch per pass of the event loop.
    struct Placing
    {
        GraphLayout layout;
        size_t nextNode = 0;
        size_t nextEdge = 0;
        std::vector<bool> moved;  ///< by ResourceId: in m_movedNodes already
        std::vector<bool> routed; ///< by EdgeId: in m_movedEdges already
    };
    std::unique_ptr<Placing> m_placing; ///< the layout arriving in batches, null when none
    QTimer m_place;
    /// Ids of the collapsed layout's nodes and edges at and above these stand for groups and
    /// merged edges; taken when it was asked for.
    ResourceId m_groupBase = 0;
    EdgeId m_mergedBase = 0;
    std::vector<ResourceId> m_movedNodes; ///< moved by the collapsed layout, to send home
    std::vector<EdgeId> m_movedEdges;
    QRectF m_homeRect;       ///< the scene rectangle before the first collapsed layout
    bool m_arranged = false; ///< items moved by a collapsed layout, not home yet
};

} // namespace converge
