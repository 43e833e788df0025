#pragma once

#include "layout/graphlayout.h"
#include "model/resource.h"
#include "model/resourcestate.h"
#include "scene/scenesketch.h"
#include "scene/sketchgrid.h"

#include <QGraphicsScene>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace converge {

class EdgeItem;
class Graph;
class NodeItem;

/// The picture of one graph: a NodeItem per resource and an EdgeItem per edge, placed where a
/// GraphLayout put them, coloured by run state.
///
/// The scene owns its items and the interaction mode; it refers to resources and edges only by
/// id and keeps no pointer to the Graph. Whoever presents the graph (GraphEditor) builds the
/// picture once with showLayout() and then changes single items through addNode(), moveNode()
/// and the like, so an edit touches only the items it concerns. Selection, hover tooltips, the
/// node context menu and arrow-key navigation between nodes live here. GUI thread only.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    /// What a mouse drag on the background does.
    enum class Mode
    {
        Browse,     ///< click selects a node, drag pans the view
        SelectArea, ///< drag draws a rubber band that selects every node it touches
        Connect,    ///< drag from one node to another adds an edge (SceneEditor does it)
    };

    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);

    /// How showLayout() creates items.
    enum class Pace
    {
        AtOnce,    ///< every item before returning (exports, tests)
        InBatches, ///< a bounded batch per pass of the event loop, so the window keeps answering
    };

    /// Shows graph as layout placed it. Items whose id is still in the layout are moved, not
    /// recreated, so selection and states survive a relayout; the others are created or removed.
    /// InBatches creates new items over several passes of the event loop, the first at once;
    /// built() follows the last. Any other change to the scene finishes the build first.
    void showLayout(const Graph &graph, GraphLayout layout, Pace pace = Pace::AtOnce);
    /// True while showLayout() still has items to create.
    bool isBuilding() const { return m_build != nullptr; }
    /// Creates whatever showLayout() has not created yet, now.
    void finishBuild();

    /// Adds the node of a resource at centre (scene coordinates), replacing any it had.
    NodeItem *addNode(ResourceId id, const Resource &resource, QPointF centre, QSizeF size);
    void removeNode(ResourceId id);
    /// Moves a node; its edges stay as they are until routeEdge().
    void moveNode(ResourceId id, QPointF centre);
    /// Shows a node's new name in a box of size.
    void renameNode(ResourceId id, const QString &name, QSizeF size);
    /// Adds the edge from -> to drawn as geometry, replacing any it had.
    EdgeItem *addEdge(EdgeId id, ResourceId from, ResourceId to, const GraphLayout::Edge &geometry);
    void removeEdge(EdgeId id);
    /// Draws an edge along new geometry.
    void routeEdge(EdgeId id, const GraphLayout::Edge &geometry);
    /// The scene's extent: bounds plus a margin.
    void setBounds(const QRectF &bounds);

    NodeItem *nodeItem(ResourceId id) const;
    EdgeItem *edgeItem(EdgeId id) const;
    /// Every node item, indexed by ResourceId, nullptr where none (overviews walk it).
    const std::vector<NodeItem *> &nodeItems() const { return m_nodeItems; }
    /// What the far-out view draws of the nodes and edges, kept current by the items.
    const SceneSketch &sketch() const { return m_sketch; }
    /// The grid over the sketch that close views and hit tests search; filed on demand.
    SketchGrid &grid() const { return m_grid; }
    /// The topmost node whose shape holds scenePos, or nullptr. Found through grid(): items()
    /// tests every item of a scene without an index, 30 ms a hover at 100,000 resources.
    NodeItem *nodeAt(QPointF scenePos) const;
    int nodeCount() const { return m_nodeCount; }
    int edgeCount() const { return m_edgeCount; }

    /// Applies new states to the listed resources; a batch per screen refresh, never per event.
    /// A large batch asks the views for one repaint of the whole scene rather than one per
    /// item.
    void updateStates(const std::vector<ResourceState> &states,
                      const std::vector<ResourceId> &changed);

    /// Selected resources in id order.
    std::vector<ResourceId> selectedResources() const;
    /// Selects only id (or nothing for InvalidId) and scrolls every view to it.
    void selectResource(ResourceId id);

    /// Where hover tooltips come from: rich text for a resource, or empty for none.
    void setToolTipProvider(std::function<QString(ResourceId)> provider);

signals:
    void modeChanged(converge::GraphScene::Mode mode);
    /// showLayout() has created its last item.
    void built();
    /// updateStates() applied a batch: the node items of changed show their new states.
    void statesUpdated(const std::vector<converge::ResourceId> &changed);
    /// The user asked for the context menu of a node (now selected) at screenPos.
    void nodeContextMenuRequested(converge::ResourceId id, const QPoint &screenPos);
    /// The user double-clicked a node.
    void nodeActivated(converge::ResourceId id);

protected:
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct EdgeEnds
    {
        ResourceId from = InvalidId;
        ResourceId to = InvalidId;
    };
    struct Build;
    void moveSelection(int dx, int dy);
    void highlightSelectedEdges();
    void advanceAnimation();
    /// Creates pending items until budgetNs has passed; true when none are left.
    bool buildBatch(qint64 budgetNs);
    void buildMore();
    NodeItem *createNode(ResourceId id, const QString &kind, const QString &name, QPointF centre,
                         QSizeF size);
    EdgeItem *createEdge(const GraphLayout::Edge &geometry);
    void recount();

    Mode m_mode = Mode::Browse;
    SceneSketch m_sketch; ///< before the items: they leave it as they are deleted
    mutable SketchGrid m_grid;
    std::vector<NodeItem *> m_nodeItems; ///< indexed by ResourceId, nullptr where none
    std::vector<EdgeItem *> m_edgeItems; ///< indexed by EdgeId, nullptr where none
    std::vector<EdgeEnds> m_edgeEnds;    ///< indexed by EdgeId
    std::vector<EdgeItem *> m_highlighted;
    std::vector<NodeItem *> m_running;
    int m_nodeCount = 0;
    int m_edgeCount = 0;
    ResourceId m_cursor = InvalidId; ///< where arrow-key navigation starts
    std::function<QString(ResourceId)> m_toolTipProvider;
    QTimer m_animation;
    std::unique_ptr<Build> m_build; ///< what showLayout() has yet to create
    QTimer m_buildTimer;
};

} // namespace converge
