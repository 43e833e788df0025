#pragma once

#include "editor/commands/moveresourcescommand.h"
#include "model/resource.h"

#include <QCursor>
#include <QObject>
#include <QPointF>
#include <QSizeF>

#include <functional>
#include <vector>

class QGraphicsEllipseItem;
class QGraphicsLineItem;
class QGraphicsSceneContextMenuEvent;
class QGraphicsSceneDragDropEvent;
class QGraphicsSceneMouseEvent;

namespace converge {

class GraphEditor;
class NodeItem;

/// What the mouse does to the graph on the canvas: drag nodes to move them; drag from one of
/// the handles a hovered node shows on its border (or Shift+drag, or any drag in
/// GraphScene::Mode::Connect) to another node to connect them with a live rubber line;
/// double-click the background or drop a kind from the palette to add a resource; right-click
/// an edge or the background for their menus (ContextMenus shows them).
///
/// Watches the scene's events (an event filter) and turns gestures into undo commands on the
/// editor's stack; it never moves or creates items itself: they follow the model. Clicks,
/// Ctrl-clicks and rubber bands stay the scene's own selection handling. Does nothing while the
/// editor refuses edits (during a run). GUI thread only.
class SceneEditor : public QObject
{
    Q_OBJECT
public:
    /// The MIME type a palette drag carries: the kind as UTF-8.
    static QString kindMimeType();
    /// Grid step used when snapping, in points.
    static constexpr qreal GridStep = 20;

    explicit SceneEditor(GraphEditor *editor, QObject *parent = nullptr);

    /// The kind a double-click on the background adds.
    void setNewKind(const QString &kind) { m_newKind = kind; }
    QString newKind() const { return m_newKind; }
    void setSnapToGrid(bool snap) { m_snap = snap; }
    bool snapToGrid() const { return m_snap; }
    /// Nodes are dragged only while allowed() says so; a drag otherwise is refused (refused()
    /// says why). The window closes it while collapsed groups are drawn: nodes are then not
    /// where the file puts them, and a move from there would make no sense expanded.
    void setMoveGate(std::function<bool()> allowed) { m_moveAllowed = std::move(allowed); }

    /// Adds a resource of kind centred at pos, with a free name; returns its key.
    QString addResource(const QString &kind, QPointF pos);
    /// Adds the edge from -> to, or refuses it (refused() says why): a self-loop, an edge that
    /// is already there, or one that would close a cycle (the message names the cycle).
    bool connectResources(ResourceId from, ResourceId to);
    /// Starts a connection from the node from, as "Connect From Here" does: a rubber line
    /// follows the mouse; the next click on another node connects, a click elsewhere or Escape
    /// gives up.
    void startConnect(ResourceId from, QPointF scenePos);
    bool isConnecting() const { return m_rubberLine != nullptr; }
    /// The node whose connect handles show (the one under the mouse), or InvalidId.
    ResourceId handleNode() const { return m_handleNode; }
    /// Where the handles of the node with centre and size sit: the middle of each side.
    static std::vector<QPointF> handlePositions(QPointF centre, QSizeF size);

signals:
    /// An edit was refused; message is ready for the user.
    void refused(const QString &message);
    /// The user asked for the context menu of an edge (now selected alone) at screenPos. A
    /// node's menu is the scene's own (GraphScene::nodeContextMenuRequested).
    void edgeMenuRequested(converge::EdgeId id, const QPoint &screenPos);
    /// The user asked for the context menu of the empty canvas at scenePos.
    void canvasMenuRequested(QPointF scenePos, const QPoint &screenPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool mousePress(QGraphicsSceneMouseEvent *event);
    bool mouseMove(QGraphicsSceneMouseEvent *event);
    bool mouseRelease(QGraphicsSceneMouseEvent *event);
    bool mouseDoubleClick(QGraphicsSceneMouseEvent *event);
    bool drop(QGraphicsSceneDragDropEvent *event, bool dropped);
    bool contextMenu(QGraphicsSceneContextMenuEvent *event);
    QPointF snapped(QPointF pos) const;
    /// The cross over a node's handle, or the view's own cursor back.
    void showHandleCursor(QWidget *viewport, bool shown);
    void endConnect();
    void beginConnect(ResourceId from, QPointF scenePos);
    void showHandles(NodeItem *node);
    bool onHandle(QPointF scenePos) const;

    GraphEditor *m_editor;
    QString m_newKind = QStringLiteral("exec");
    bool m_snap = false;
    std::function<bool()> m_moveAllowed;

    ResourceId m_pressed = InvalidId; ///< node under a plain left press, a possible move
    QPointF m_pressPos;
    bool m_moving = false;
    int m_drag = 0; ///< drag number: the moves of one drag merge into one undo step
    MoveResourcesCommand::Positions m_before; ///< the model's positions when the drag began
    std::vector<QPointF> m_startCentres;      ///< where those resources were drawn then

    ResourceId m_connectFrom = InvalidId;
    QGraphicsLineItem *m_rubberLine = nullptr; ///< owned by the scene while connecting
    bool m_clickToConnect = false;             ///< the connection ends with a click, not a release

    ResourceId m_handleNode = InvalidId;
    std::vector<QGraphicsEllipseItem *> m_handles; ///< owned by the scene; hidden when unused
    bool m_handleCursor = false; ///< the view shows the cross; m_cursorBefore is its own
    QCursor m_cursorBefore;
};

} // namespace converge
