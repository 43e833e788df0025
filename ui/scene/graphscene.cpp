#include "scene/graphscene.h"

#include "model/graph.h"
#include "model/resourceschema.h"
#include "scene/edgeitem.h"
#include "scene/nodeitem.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace converge {

namespace {
// Room around the drawing so that nodes at the border do not touch the window edge.
constexpr qreal SceneMargin = 24;
// Running borders move at about 20 frames per second: smooth, yet cheap, and only the running
// nodes repaint.
constexpr int AnimationIntervalMs = 50;
// More state changes than this in one batch repaint the whole scene at once.
constexpr size_t LargeStateBatch = 200;

template <typename Item> void adoptOrDelete(std::vector<Item *> &items, std::vector<Item *> &kept)
{
    for (Item *item : items)
        delete item;
    items = std::move(kept);
}
} // namespace

GraphScene::GraphScene(QObject *parent) : QGraphicsScene(parent)
{
    m_animation.setInterval(AnimationIntervalMs);
    connect(&m_animation, &QTimer::timeout, this, &GraphScene::advanceAnimation);
    connect(this, &QGraphicsScene::selectionChanged, this, &GraphScene::highlightSelectedEdges);
}

GraphScene::~GraphScene()
{
    // Items go before the vectors that point at them; selectionChanged must not reach them.
    disconnect(this, nullptr, this, nullptr);
    clear();
}

void GraphScene::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emit modeChanged(mode);
}

void GraphScene::showLayout(const Graph &graph, const GraphLayout &layout)
{
    QSignalBlocker blocker(this); // one selectionChanged at the end, not one per item
    std::vector<NodeItem *> nodes(graph.resourceCapacity(), nullptr);
    for (const GraphLayout::Node &n : layout.nodes) {
        if (!graph.contains(n.id) || nodes[n.id])
            continue;
        const Resource &r = graph.resource(n.id);
        NodeItem *item =
            n.id < m_nodeItems.size() ? std::exchange(m_nodeItems[n.id], nullptr) : nullptr;
        if (item && (item->kind() != r.kind || item->name() != r.name)) {
            delete item;
            item = nullptr;
        }
        if (!item) {
            item = new NodeItem(n.id, r.kind, r.name, ResourceSchema::isRunnable(r.kind));
            addItem(item);
        }
        item->setGeometry(n.centre, n.size);
        nodes[n.id] = item;
    }
    adoptOrDelete(m_nodeItems, nodes);

    std::vector<EdgeItem *> edges(graph.edgeCapacity(), nullptr);
    m_edgeEnds.assign(graph.edgeCapacity(), EdgeEnds{});
    for (const GraphLayout::Edge &e : layout.edges) {
        if (!graph.containsEdge(e.id) || edges[e.id])
            continue;
        EdgeItem *item =
            e.id < m_edgeItems.size() ? std::exchange(m_edgeItems[e.id], nullptr) : nullptr;
        if (!item) {
            item = new EdgeItem(e.id);
            addItem(item);
        }
        item->setGeometry(e);
        edges[e.id] = item;
        m_edgeEnds[e.id] = {graph.edge(e.id).from, graph.edge(e.id).to};
    }
    adoptOrDelete(m_edgeItems, edges);

    m_nodeCount = int(std::count_if(m_nodeItems.begin(), m_nodeItems.end(),
                                    [](NodeItem *i) { return i != nullptr; }));
    m_edgeCount = int(std::count_if(m_edgeItems.begin(), m_edgeItems.end(),
                                    [](EdgeItem *i) { return i != nullptr; }));
    m_highlighted.clear();
    m_running.clear();
    for (NodeItem *item : m_nodeItems) {
        if (item && item->state() == ResourceState::Running)
            m_running.push_back(item);
    }
    setSceneRect(layout.bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
    blocker.unblock();
    highlightSelectedEdges();
    emit selectionChanged();
}

void GraphScene::clearGraph()
{
    QSignalBlocker blocker(this);
    m_highlighted.clear();
    m_running.clear();
    m_nodeItems.clear();
    m_edgeItems.clear();
    m_edgeEnds.clear();
    m_nodeCount = 0;
    m_edgeCount = 0;
    m_cursor = InvalidId;
    clear();
    setSceneRect(QRectF());
    blocker.unblock();
    emit selectionChanged();
}

NodeItem *GraphScene::nodeItem(ResourceId id) const
{
    return id < m_nodeItems.size() ? m_nodeItems[id] : nullptr;
}

EdgeItem *GraphScene::edgeItem(EdgeId id) const
{
    return id < m_edgeItems.size() ? m_edgeItems[id] : nullptr;
}

void GraphScene::updateStates(const std::vector<ResourceState> &states,
                              const std::vector<ResourceId> &changed)
{
    if (changed.size() > LargeStateBatch) {
        // One repaint of everything instead of thousands of item rectangles merged into a
        // region one by one (quadratic) and tested against every item at paint time; the
        // items' own update() calls are then no-ops.
        update();
    }
    bool runningChanged = false;
    for (ResourceId id : changed) {
        NodeItem *item = nodeItem(id);
        if (!item || id >= states.size() || item->state() == states[id])
            continue;
        runningChanged |=
            item->state() == ResourceState::Running || states[id] == ResourceState::Running;
        item->setState(states[id]);
    }
    if (runningChanged) {
        m_running.clear();
        for (NodeItem *item : m_nodeItems) {
            if (item && item->state() == ResourceState::Running)
                m_running.push_back(item);
        }
    }
    if (m_running.empty())
        m_animation.stop();
    else if (!m_animation.isActive())
        m_animation.start();
}

void GraphScene::advanceAnimation()
{
    for (NodeItem *item : m_running)
        item->advanceAnimation();
}

std::vector<ResourceId> GraphScene::selectedResources() const
{
    std::vector<ResourceId> ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            ids.push_back(node->resourceId());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void GraphScene::selectResource(ResourceId id)
{
    NodeItem *item = nodeItem(id);
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        if (item)
            item->setSelected(true);
    }
    m_cursor = item ? id : InvalidId;
    emit selectionChanged();
    if (!item)
        return;
    for (QGraphicsView *view : views())
        view->ensureVisible(item, 40, 40);
}

void GraphScene::setToolTipProvider(std::function<QString(ResourceId)> provider)
{
    m_toolTipProvider = std::move(provider);
}

NodeItem *GraphScene::nodeAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            return node;
    }
    return nullptr;
}

void GraphScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    NodeItem *node = nodeAt(event->scenePos());
    if (!node) {
        event->ignore();
        return;
    }
    if (!node->isSelected())
        selectResource(node->resourceId());
    emit nodeContextMenuRequested(node->resourceId(), event->screenPos());
    event->accept();
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    NodeItem *node = nodeAt(event->scenePos());
    const QString text =
        node && m_toolTipProvider ? m_toolTipProvider(node->resourceId()) : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    QToolTip::showText(event->screenPos(), text, event->widget());
    event->accept();
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseDoubleClickEvent(event);
    if (NodeItem *node = nodeAt(event->scenePos()))
        emit nodeActivated(node->resourceId());
}

void GraphScene::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        moveSelection(-1, 0);
        break;
    case Qt::Key_Right:
        moveSelection(1, 0);
        break;
    case Qt::Key_Up:
        moveSelection(0, -1);
        break;
    case Qt::Key_Down:
        moveSelection(0, 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_cursor != InvalidId && nodeItem(m_cursor)) {
            emit nodeActivated(m_cursor);
            break;
        }
        QGraphicsScene::keyPressEvent(event);
        return;
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    event->accept();
}

void GraphScene::moveSelection(int dx, int dy)
{
    NodeItem *current = nodeItem(m_cursor);
    if (!current || !current->isSelected()) {
        const std::vector<ResourceId> selected = selectedResources();
        current = selected.empty() ? nullptr : nodeItem(selected.front());
    }
    NodeItem *best = nullptr;
    if (!current) {
        // Nothing selected yet: start at the top-left node, where reading starts.
        for (NodeItem *item : m_nodeItems) {
            if (item &&
                (!best || std::pair(item->y(), item->x()) < std::pair(best->y(), best->x())))
                best = item;
        }
    } else {
        // Nearest node inside a 90-degree cone around the direction; sideways distance costs
        // more than forward distance, so the pick follows the arrow the user pressed.
        double bestScore = std::numeric_limits<double>::max();
        const QPointF origin = current->pos();
        for (NodeItem *item : m_nodeItems) {
            if (!item || item == current)
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
    }
    if (best)
        selectResource(best->resourceId());
}

void GraphScene::highlightSelectedEdges()
{
    for (EdgeItem *edge : m_highlighted)
        edge->setHighlighted(false);
    m_highlighted.clear();
    const std::vector<ResourceId> selected = selectedResources();
    if (selected.size() == 1)
        m_cursor = selected.front();
    if (selected.empty())
        return;
    for (EdgeId e = 0; e < m_edgeItems.size(); ++e) {
        EdgeItem *edge = m_edgeItems[e];
        if (!edge)
            continue;
        const EdgeEnds &ends = m_edgeEnds[e];
        if (std::binary_search(selected.begin(), selected.end(), ends.from) ||
            std::binary_search(selected.begin(), selected.end(), ends.to)) {
            edge->setHighlighted(true);
            m_highlighted.push_back(edge);
        }
    }
}

} // namespace converge
