#include "editor/sceneeditor.h"

#include "editor/commands/addelementscommand.h"
#include "editor/grapheditor.h"
#include "model/graph.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

#include <QApplication>
#include <QGraphicsLineItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPalette>
#include <QPen>

#include <cmath>

namespace converge {

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
    default:
        return false;
    }
}

NodeItem *SceneEditor::nodeAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : m_editor->scene()->items(scenePos)) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            return node;
    }
    return nullptr;
}

QPointF SceneEditor::snapped(QPointF pos) const
{
    if (!m_snap)
        return pos;
    return {std::round(pos.x() / GridStep) * GridStep, std::round(pos.y() / GridStep) * GridStep};
}

bool SceneEditor::mousePress(QGraphicsSceneMouseEvent *event)
{
    m_pressed = InvalidId;
    if (event->button() != Qt::LeftButton || !m_editor->canEdit())
        return false;
    NodeItem *node = nodeAt(event->scenePos());
    if (!node)
        return false;
    const bool connect = m_editor->scene()->mode() == GraphScene::Mode::Connect ||
                         (event->modifiers() & Qt::ShiftModifier);
    if (!connect) {
        // The scene selects as usual; a move may follow.
        m_pressed = node->resourceId();
        m_pressPos = event->scenePos();
        m_moving = false;
        return false;
    }
    m_connectFrom = node->resourceId();
    m_rubberLine = new QGraphicsLineItem(QLineF(node->pos(), event->scenePos()));
    QPen pen(m_editor->scene()->palette().color(QPalette::Highlight), 2, Qt::DashLine);
    m_rubberLine->setPen(pen);
    m_rubberLine->setZValue(10);
    m_editor->scene()->addItem(m_rubberLine);
    event->accept();
    return true;
}

bool SceneEditor::mouseMove(QGraphicsSceneMouseEvent *event)
{
    if (m_rubberLine) {
        m_rubberLine->setLine(QLineF(m_rubberLine->line().p1(), event->scenePos()));
        return true;
    }
    if (m_pressed == InvalidId || !(event->buttons() & Qt::LeftButton) || !m_editor->canEdit())
        return false;
    const QPointF delta = event->scenePos() - m_pressPos;
    if (!m_moving) {
        if (delta.manhattanLength() < QApplication::startDragDistance())
            return true;
        m_moving = true;
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
    return true;
}

bool SceneEditor::mouseRelease(QGraphicsSceneMouseEvent *event)
{
    m_pressed = InvalidId;
    m_moving = false;
    if (!m_rubberLine)
        return false;
    const ResourceId from = m_connectFrom;
    endConnect();
    NodeItem *target = nodeAt(event->scenePos());
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
}

bool SceneEditor::mouseDoubleClick(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_editor->canEdit() || nodeAt(event->scenePos()))
        return false;
    addResource(m_newKind, event->scenePos());
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
    fragment.edges.push_back({graph.resource(from).key(), graph.resource(to).key(), edge});
    m_editor->push(new AddElementsCommand(
        m_editor, fragment,
        tr("Connect %1 -> %2").arg(graph.resource(from).key(), graph.resource(to).key())));
    return true;
}

} // namespace converge
