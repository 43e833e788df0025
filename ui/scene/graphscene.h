#pragma once

#include "layout/graphlayout.h"
#include "model/resource.h"
#include "model/resourcestate.h"

#include <QGraphicsScene>
#include <QTimer>

#include <functional>
#include <vector>

namespace converge {

class EdgeItem;
class Graph;
class NodeItem;

/// The picture of one graph: a NodeItem per resource and an EdgeItem per edge, placed where a
/// GraphLayout put them, coloured by run state.
///
/// The scene owns its items and the interaction mode; it refers to resources and edges only by
/// id and keeps no pointer to the Graph. Selection, hover tooltips, the node context menu and
/// arrow-key navigation between nodes live here. GUI thread only.
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

    /// Shows graph as layout placed it. Items whose id is still in the layout are moved, not
    /// recreated, so selection and states survive a relayout; the others are created or removed.
    void showLayout(const Graph &graph, const GraphLayout &layout);
    /// Removes every item.
    void clearGraph();

    NodeItem *nodeItem(ResourceId id) const;
    EdgeItem *edgeItem(EdgeId id) const;
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
    NodeItem *nodeAt(QPointF scenePos) const;
    void moveSelection(int dx, int dy);
    void highlightSelectedEdges();
    void advanceAnimation();

    Mode m_mode = Mode::Browse;
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
};

} // namespace converge
