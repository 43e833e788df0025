#include "editor/sceneeditor.h"

#include "editor/commands/addelementscommand.h"
#include "editor/grapheditor.h"
#include "model/graph.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

#include <QApplication>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPalette>
#include <QPen>

#include <cmath>

namespace converge {

namespace {
// A handle's radius and how far from its centre a press still takes it, in points.
constexpr qreal HandleRadius = 4.5;
constexpr qreal HandleReach = 8;
} // namespace

QString SceneEditor::kindMimeType()
{
    return QStringLiteral("application/x-converge-kind");
}

SceneEditor::SceneEditor(GraphEditor *editor, QObject *parent) : QObject(parent), m_editor(editor)
{
    m_editor->scene()->installEventFilter(this);
}

bool SceneEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor->scene())
        return false;
    switch (event->type()) {
    case QEvent::GraphicsSceneMousePress:
        return mousePress(static_cast<QGraphicsSceneMouseEvent *>(event));
    case QEvent::GraphicsSceneMouseMove:
        return mouseMove(static_cast<QGraphicsSceneMouseEvent *>(event));
    case QEvent::GraphicsSceneMouseRelease:
        return mouseRelease(static_cast<QGraphicsSceneMouseEvent *>(event));
    case QEvent::GraphicsSceneMouseDoubleClick:
        return mouseDoubleClick(static_cast<QGraphicsSceneMouseEvent *>(event));
    case QEvent::GraphicsSceneDragEnter:
    case QEvent::GraphicsSceneDragMove:
        return drop(static_cast<QGraphicsSceneDragDropEvent *>(event), false);
    case QEvent::GraphicsSceneDrop:
        return drop(static_cast<QGraphicsSceneDragDropEvent *>(event), true);
    case QEvent::GraphicsSceneContextMenu:
        return contextMenu(static_cast<QGraphicsSceneContextMenuEvent *>(event));
    case QEvent::KeyPress:
        if (m_rubberLine && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            endConnect();
            return true;
        }
        return false;
    case QEvent::GraphicsSceneLeave:
        showHandles(nullptr);
        return false;
    default:
        return false;
    }
}

QPointF SceneEditor::snapped(QPointF pos) const
{
    if (!m_snap)
        return pos;
    return {std::round(pos.x() / GridStep) * GridStep, std::round(pos.y() / GridStep) * GridStep};
}

std::vector<QPointF> SceneEditor::handlePositions(QPointF centre, QSizeF size)
{
    const qreal w = size.width() / 2;
    const qreal h = size.height() / 2;
    return {centre + QPointF(0, -h), centre + QPointF(w, 0), centre + QPointF(0, h),
            centre + QPointF(-w, 0)};
}

void SceneEditor::showHandles(NodeItem *node)
{
    const ResourceId id = node && m_editor->canEdit() ? node->resourceId() : InvalidId;
    if (id == InvalidId && m_handleNode == InvalidId)
        return;
    m_handleNode = id;
    if (m_handles.empty()) {
        const QColor colour = m_editor->scene()->palette().color(QPalette::Highlight);
        for (int i = 0; i < 4; ++i) {
            auto *handle = new QGraphicsEllipseItem(-HandleRadius, -HandleRadius, 2 * HandleRadius,
                                                    2 * HandleRadius);
            handle->setBrush(colour);
            handle->setPen(QPen(Qt::white, 1.5));
            handle->setZValue(20);
            handle->setToolTip(tr("Drag to another resource to make it depend on this one"));
            m_editor->scene()->addItem(handle);
            m_handles.push_back(handle);
        }
    }
    const std::vector<QPointF> at =
        node ? handlePositions(node->pos(), node->size()) : std::vector<QPointF>();
    for (size_t i = 0; i < m_handles.size(); ++i) {
        m_handles[i]->setVisible(id != InvalidId);
        if (id != InvalidId)
            m_handles[i]->setPos(at[i]);
    }
}

void SceneEditor::showHandleCursor(QWidget *viewport, bool shown)
{
    // Set on the view, not on the handles: one item with a cursor of its own makes the view
    // look for the items under the mouse at every move, 30 ms at 100,000 resources.
    if (!viewport || shown == m_handleCursor)
        return;
    m_handleCursor = shown;
    if (shown) {
        m_cursorBefore = viewport->cursor();
        viewport->setCursor(Qt::CrossCursor);
    } else {
        viewport->setCursor(m_cursorBefore);
    }
}

bool SceneEditor::onHandle(QPointF scenePos) const
{
    // The node may have gone (undo, delete) since its handles were shown.
    if (m_handleNode == InvalidId || !m_editor->scene()->nodeItem(m_handleNode))
        return false;
    for (const QGraphicsEllipseItem *handle : m_handles) {
        if (QLineF(handle->pos(), scenePos).length() <= HandleReach)
            return true;
    }
    return false;
}

void SceneEditor::startConnect(ResourceId from, QPointF scenePos)
{
    if (!m_editor->canEdit() || !m_editor->scene()->nodeItem(from))
        return;
    beginConnect(from, scenePos);
    m_clickToConnect = true;
}

void SceneEditor::beginConnect(ResourceId from, QPointF scenePos)
{
    endConnect();
    m_connectFrom = from;
    m_rubberLine =
        new QGraphicsLineItem(QLineF(m_editor->scene()->nodeItem(from)->pos(), scenePos));
    QPen pen(m_editor->scene()->palette().color(QPalette::Highlight), 2, Qt::DashLine);
    m_rubberLine->setPen(pen);
    m_rubberLine->setZValue(10);
    m_editor->scene()->addItem(m_rubberLine);
}

bool SceneEditor::mousePress(QGraphicsSceneMouseEvent *event)
{
    GraphScene *scene = m_editor->scene();
    m_pressed = InvalidId;
    if (m_rubberLine && m_clickToConnect) {
        // "Connect From Here" ends with this click: on a node it connects, elsewhere it gives up.
        const ResourceId from = m_connectFrom;
        endConnect();
        NodeItem *target = scene->nodeAt(event->scenePos());
        if (event->button() == Qt::LeftButton && target)
            connectResources(from, target->resourceId());
        event->accept();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    const bool editable = m_editor->canEdit();
    if (editable && onHandle(event->scenePos())) {
        beginConnect(m_handleNode, event->scenePos());
        showHandles(nullptr);
        event->accept();
        return true;
    }
    NodeItem *node = scene->nodeAt(event->scenePos());
    if (!node)
        return false;
    const bool connect =
        scene->mode() == GraphScene::Mode::Connect || (event->modifiers() & Qt::ShiftModifier);
    if (editable && connect) {
        beginConnect(node->resourceId(), event->scenePos());
        event->accept();
        return true;
    }
    // Taken here, selecting as Qt would: the scene would search its items for the one under
    // the mouse, testing all 250,000 of a 100,000-resource graph, 60 to 400 ms a click.
    scene->setFocusItem(node, Qt::MouseFocusReason);
    if (!(event->modifiers() & Qt::ControlModifier) && !node->isSelected()) {
        scene->clearSelection();
        node->setSelected(true);
    }
    // A move may follow; without one the release is a click.
    m_pressed = node->resourceId();
    m_pressPos = event->scenePos();
    m_moving = false;
    event->accept();
    return true;
}

bool SceneEditor::mouseMove(QGraphicsSceneMouseEvent *event)
{
    // A move taken here is accepted: a view that drags by hand reads an unaccepted last move
    // at the release as a click on the background, and clears the selection.
    if (m_rubberLine) {
        m_rubberLine->setLine(QLineF(m_rubberLine->line().p1(), event->scenePos()));
        event->accept();
        return true;
    }
    if (!(event->buttons() & Qt::LeftButton)) {
        // Hovering: the node under the mouse, or the one whose handle it is near, offers its
        // handles.
        NodeItem *node = m_editor->scene()->nodeAt(event->scenePos());
        const bool overHandle = !node && onHandle(event->scenePos());
        showHandleCursor(event->widget(), overHandle);
        if (!overHandle)
            showHandles(node);
        return false;
    }
    if (m_pressed == InvalidId)
        return false;
    if (!m_editor->canEdit()) {
        event->accept();
        return true;
    }
    const QPointF delta = event->scenePos() - m_pressPos;
    if (!m_moving) {
        if (delta.manhattanLength() < QApplication::startDragDistance()) {
            event->accept();
            return true;
        }
        if (m_moveAllowed && !m_moveAllowed()) {
            m_pressed = InvalidId;
            emit refused(tr("Expand the collapsed groups to move resources: while they are "
                            "collapsed, resources are not where the file puts them"));
            event->accept();
            return true;
        }
        m_moving = true;
        showHandles(nullptr);
        ++m_drag;
        m_before.clear();
        m_startCentres.clear();
        const Graph &graph = m_editor->graph();
        std::vector<ResourceId> ids = m_editor->scene()->selectedResources();
        if (std::find(ids.begin(), ids.end(), m_pressed) == ids.end())
            ids = {m_pressed};
        for (ResourceId id : ids) {
            // A resource placed only by the layout has no position: undo gives that back.
            m_before.emplace_back(graph.resource(id).key(), graph.resource(id).position);
            m_startCentres.push_back(m_editor->centre(id));
        }
    }
    MoveResourcesCommand::Positions after = m_before;
    for (size_t i = 0; i < after.size(); ++i)
        after[i].second = snapped(m_startCentres[i] + delta);
    m_editor->push(new MoveResourcesCommand(m_editor, m_drag, m_before, after));
    event->accept();
    return true;
}

bool SceneEditor::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    const ResourceId clicked = m_moving ? InvalidId : m_pressed;
    m_pressed = InvalidId;
    m_moving = false;
    if (NodeItem *node = m_editor->scene()->nodeItem(clicked);
        node && event->button() == Qt::LeftButton) {
        // A click: Ctrl toggles the node, a plain one leaves it the only one selected.
        if (event->modifiers() & Qt::ControlModifier) {
            node->setSelected(!node->isSelected());
        } else if (m_editor->scene()->selectedItems().size() > 1) {
            m_editor->scene()->clearSelection();
            node->setSelected(true);
        }
        event->accept();
        return true;
    }
    if (!m_rubberLine || m_clickToConnect)
        return false;
    const ResourceId from = m_connectFrom;
    endConnect();
    NodeItem *target = m_editor->scene()->nodeAt(event->scenePos());
    if (target && target->resourceId() != from)
        connectResources(from, target->resourceId());
    else if (target)
        connectResources(from, from);
    event->accept();
    return true;
}

void SceneEditor::endConnect()
{
    delete m_rubberLine;
    m_rubberLine = nullptr;
    m_connectFrom = InvalidId;
    m_clickToConnect = false;
}

bool SceneEditor::mouseDoubleClick(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_editor->canEdit() ||
        m_editor->scene()->nodeAt(event->scenePos()))
        return false;
    addResource(m_newKind, event->scenePos());
    event->accept();
    return true;
}

bool SceneEditor::contextMenu(QGraphicsSceneContextMenuEvent *event)
{
    // Nodes lie above edges: the topmost of either is what was clicked; a node's menu is the
    // scene's.
    for (QGraphicsItem *item : m_editor->scene()->items(event->scenePos())) {
        if (qgraphicsitem_cast<NodeItem *>(item))
            return false;
        if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item)) {
            m_editor->scene()->clearSelection();
            edge->setSelected(true);
            emit edgeMenuRequested(edge->edgeId(), event->screenPos());
            event->accept();
            return true;
        }
    }
    emit canvasMenuRequested(event->scenePos(), event->screenPos());
    event->accept();
    return true;
}

bool SceneEditor::drop(QGraphicsSceneDragDropEvent *event, bool dropped)
{
    if (!event->mimeData()->hasFormat(kindMimeType()) || !m_editor->canEdit())
        return false;
    event->setDropAction(Qt::CopyAction);
    event->accept();
    if (dropped)
        addResource(QString::fromUtf8(event->mimeData()->data(kindMimeType())), event->scenePos());
    return true;
}

QString SceneEditor::addResource(const QString &kind, QPointF pos)
{
    Resource r;
    r.kind = kind;
    r.name = m_editor->freeName(kind, kind);
    r.position = snapped(pos);
    // The parameter without which the kind cannot run, so a new node is valid at once.
    if (kind == u"exec")
        r.params.insert(u"cmd"_qs, Value::scalar(u"echo "_qs + r.name));
    else if (kind == u"file")
        r.params.insert(u"path"_qs, Value::scalar(u"/tmp/"_qs + r.name));
    else if (kind == u"timer")
        r.params.insert(u"interval"_qs, Value::scalar(u"60"_qs));
    GraphFragment fragment;
    fragment.resources.push_back(r);
    m_editor->push(new AddElementsCommand(m_editor, fragment, tr("Add %1").arg(r.key())));
    return r.key();
}

bool SceneEditor::connectResources(ResourceId from, ResourceId to)
{
    const Graph &graph = m_editor->graph();
    if (!m_editor->canEdit() || !graph.contains(from) || !graph.contains(to))
        return false;
    for (ResourceId next : graph.successors(from)) {
        if (next == to) {
            emit refused(tr("%1 already depends on %2")
                             .arg(graph.resource(to).key(), graph.resource(from).key()));
            return false;
        }
    }
    std::vector<ResourceId> cycle = graph.wouldCreateCycle(from, to);
    if (!cycle.empty()) {
        cycle.push_back(cycle.front());
        emit refused(tr("Not connected: %1 -> %2 would close the cycle %3")
                         .arg(graph.resource(from).key(), graph.resource(to).key(),
                              graph.describePath(cycle)));
        return false;
    }
    GraphFragment fragment;
    Edge edge;
    edge.name = m_editor->freeEdgeName();
    fragment.edges.push_back(
        {graph.resource(from).key(), graph.resource(to).key(), edge, std::nullopt});
    m_editor->push(new AddElementsCommand(
        m_editor, fragment,
        tr("Connect %1 -> %2").arg(graph.resource(from).key(), graph.resource(to).key())));
    return true;
}

} // namespace converge
