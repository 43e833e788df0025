#include "scene/graphscene.h"

#include "model/graph.h"
#include "model/resourceschema.h"
#include "scene/edgeitem.h"
#include "scene/graphscenebuild.h"
#include "scene/nodeitem.h"
#include "scene/nodenavigation.h"

#include <QElapsedTimer>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QToolTip>

#include <algorithm>
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
// Item creation per pass of the event loop while a large picture is built, so the window
// answers input between batches (all 25,000 items of a 10,000-resource graph in one go took
// about 100 ms of the GUI thread).
constexpr qint64 BuildBudgetNs = 20'000'000;

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
    // No BSP index: thousands of long edges sit in most of its leaves, so every repaint and
    // every hover walked large parts of it. Measured on a 10,000-resource graph, a node drag
    // repainted in 10 ms per move with the index and 3 ms without, a hover took 4.7 ms against
    // 1.3 ms; building the picture needs no index either.
    setItemIndexMethod(NoIndex);
    m_buildTimer.setInterval(0);
    connect(&m_buildTimer, &QTimer::timeout, this, &GraphScene::buildMore);
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

void GraphScene::showLayout(const Graph &graph, GraphLayout layout, Pace pace)
{
    // A new picture supersedes one still being built.
    m_build.reset();
    m_buildTimer.stop();
    QSignalBlocker blocker(this); // one selectionChanged at the end, not one per item
    auto build = std::make_unique<Build>();
    std::vector<NodeItem *> nodes(graph.resourceCapacity(), nullptr);
    std::vector<bool> placed(graph.resourceCapacity(), false);
    for (const GraphLayout::Node &n : layout.nodes) {
        if (!graph.contains(n.id) || placed[n.id])
            continue;
        placed[n.id] = true;
        const Resource &r = graph.resource(n.id);
        NodeItem *item =
            n.id < m_nodeItems.size() ? std::exchange(m_nodeItems[n.id], nullptr) : nullptr;
        if (item && (item->kind() != r.kind || item->name() != r.name)) {
            delete item;
            item = nullptr;
        }
        if (item) {
            item->setGeometry(n.centre, n.size);
            nodes[n.id] = item;
        } else {
            build->nodes.push_back({n.id, r.kind, r.name, n.centre, n.size});
        }
    }
    adoptOrDelete(m_nodeItems, nodes);

    std::vector<EdgeItem *> edges(graph.edgeCapacity(), nullptr);
    std::vector<bool> routed(graph.edgeCapacity(), false);
    m_edgeEnds.assign(graph.edgeCapacity(), EdgeEnds{});
    for (GraphLayout::Edge &e : layout.edges) {
        if (!graph.containsEdge(e.id) || routed[e.id])
            continue;
        routed[e.id] = true;
        m_edgeEnds[e.id] = {graph.edge(e.id).from, graph.edge(e.id).to};
        EdgeItem *item =
            e.id < m_edgeItems.size() ? std::exchange(m_edgeItems[e.id], nullptr) : nullptr;
        if (item) {
            item->setGeometry(e);
            edges[e.id] = item;
        } else {
            build->edges.push_back(std::move(e)); // a spline each: copying 150,000 took ~10 ms
        }
    }
    adoptOrDelete(m_edgeItems, edges);

    m_highlighted.clear();
    m_running.clear();
    for (NodeItem *item : m_nodeItems) {
        if (item && item->state() == ResourceState::Running)
            m_running.push_back(item);
    }
    setBounds(layout.bounds);
    m_build = std::move(build);
    buildBatch(pace == Pace::AtOnce ? std::numeric_limits<qint64>::max() : BuildBudgetNs);
    recount();
    blocker.unblock();
    highlightSelectedEdges();
    emit selectionChanged();
    if (m_build)
        m_buildTimer.start();
    else
        emit built();
}

bool GraphScene::buildBatch(qint64 budgetNs)
{
    QElapsedTimer clock;
    clock.start();
    Build &build = *m_build;
    // The clock is read every few items: reading it costs about as much as creating one.
    constexpr size_t Step = 32;
    while (build.nextNode < build.nodes.size()) {
        const Build::Node &n = build.nodes[build.nextNode++];
        createNode(n.id, n.kind, n.name, n.centre, n.size);
        if (build.nextNode % Step == 0 && clock.nsecsElapsed() > budgetNs)
            return false;
    }
    while (build.nextEdge < build.edges.size()) {
        createEdge(build.edges[build.nextEdge++]);
        if (build.nextEdge % Step == 0 && clock.nsecsElapsed() > budgetNs)
            return false;
    }
    m_build.reset();
    m_buildTimer.stop();
    return true;
}

void GraphScene::buildMore()
{
    if (!buildBatch(BuildBudgetNs))
        return;
    recount();
    // Edges created since the selection was last looked at may touch a selected node.
    highlightSelectedEdges();
    emit built();
}

void GraphScene::finishBuild()
{
    if (!m_build)
        return;
    buildBatch(std::numeric_limits<qint64>::max());
    recount();
    highlightSelectedEdges();
    emit built();
}

NodeItem *GraphScene::createNode(ResourceId id, const QString &kind, const QString &name,
                                 QPointF centre, QSizeF size)
{
    auto *item = new NodeItem(id, kind, name, ResourceSchema::isRunnable(kind));
    item->setGeometry(centre, size);
    addItem(item);
    item->setSketch(&m_sketch);
    if (m_nodeItems.size() <= id)
        m_nodeItems.resize(id + 1, nullptr);
    m_nodeItems[id] = item;
    return item;
}

EdgeItem *GraphScene::createEdge(const GraphLayout::Edge &geometry)
{
    auto *item = new EdgeItem(geometry.id);
    item->setGeometry(geometry);
    addItem(item);
    item->setSketch(&m_sketch);
    if (m_edgeItems.size() <= geometry.id)
        m_edgeItems.resize(geometry.id + 1, nullptr);
    m_edgeItems[geometry.id] = item;
    return item;
}

void GraphScene::recount()
{
    m_nodeCount = int(std::count_if(m_nodeItems.begin(), m_nodeItems.end(),
                                    [](NodeItem *i) { return i != nullptr; }));
    m_edgeCount = int(std::count_if(m_edgeItems.begin(), m_edgeItems.end(),
                                    [](EdgeItem *i) { return i != nullptr; }));
}

NodeItem *GraphScene::addNode(ResourceId id, const Resource &resource, QPointF centre, QSizeF size)
{
    removeNode(id);
    ++m_nodeCount;
    return createNode(id, resource.kind, resource.name, centre, size);
}

void GraphScene::removeNode(ResourceId id)
{
    finishBuild();
    NodeItem *item = nodeItem(id);
    if (!item)
        return;
    std::erase(m_running, item);
    if (m_cursor == id)
        m_cursor = InvalidId;
    m_nodeItems[id] = nullptr;
    --m_nodeCount;
    delete item;
}

void GraphScene::moveNode(ResourceId id, QPointF centre)
{
    finishBuild();
    if (NodeItem *item = nodeItem(id))
        item->setPos(centre);
}

void GraphScene::renameNode(ResourceId id, const QString &name, QSizeF size)
{
    finishBuild();
    if (NodeItem *item = nodeItem(id)) {
        item->setName(name);
        item->setGeometry(item->pos(), size);
    }
}

EdgeItem *GraphScene::addEdge(EdgeId id, ResourceId from, ResourceId to,
                              const GraphLayout::Edge &geometry)
{
    removeEdge(id);
    if (m_edgeEnds.size() <= id)
        m_edgeEnds.resize(id + 1);
    m_edgeEnds[id] = {from, to};
    ++m_edgeCount;
    EdgeItem *item = createEdge(geometry);
    NodeItem *fromItem = nodeItem(from);
    NodeItem *toItem = nodeItem(to);
    if ((fromItem && fromItem->isSelected()) || (toItem && toItem->isSelected())) {
        item->setHighlighted(true);
        m_highlighted.push_back(item);
    }
    return item;
}

void GraphScene::removeEdge(EdgeId id)
{
    finishBuild();
    EdgeItem *item = edgeItem(id);
    if (!item)
        return;
    std::erase(m_highlighted, item);
    m_edgeItems[id] = nullptr;
    m_edgeEnds[id] = {};
    --m_edgeCount;
    delete item;
}

void GraphScene::routeEdge(EdgeId id, const GraphLayout::Edge &geometry)
{
    finishBuild();
    if (EdgeItem *item = edgeItem(id))
        item->setGeometry(geometry);
}

void GraphScene::setBounds(const QRectF &bounds)
{
    setSceneRect(bounds.adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
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
    emit statesUpdated(changed);
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
    std::vector<ResourceId> nodes;
    std::vector<EdgeId> edges;
    m_grid.find(m_sketch, QRectF(scenePos, QSizeF()), nodes, edges);
    NodeItem *top = nullptr;
    for (ResourceId id : nodes) {
        NodeItem *item = nodeItem(id);
        // At equal height the later id is on top, as Qt stacks the items in creation order.
        if (item && item->contains(item->mapFromScene(scenePos)) &&
            (!top || item->zValue() >= top->zValue()))
            top = item;
    }
    return top;
}

void GraphScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    NodeItem *node = nodeAt(event->scenePos());
    if (!node) {
        QGraphicsScene::contextMenuEvent(event); // other items (group boxes) have their own
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
    int dx = 0, dy = 0;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        dx = event->key() == Qt::Key_Left ? -1 : 1;
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
        dy = event->key() == Qt::Key_Up ? -1 : 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_cursor != InvalidId && nodeItem(m_cursor)) {
            emit nodeActivated(m_cursor);
            event->accept();
            return;
        }
        [[fallthrough]];
    default:
        QGraphicsScene::keyPressEvent(event);
        return;
    }
    moveSelection(dx, dy);
    event->accept();
}

void GraphScene::moveSelection(int dx, int dy)
{
    NodeItem *current = nodeItem(m_cursor);
    if (!current || !current->isSelected()) {
        const std::vector<ResourceId> selected = selectedResources();
        current = selected.empty() ? nullptr : nodeItem(selected.front());
    }
    // Without a node, something else may be selected (a collapsed group's box): go on from there.
    NodeItem *best =
        current || selectedItems().empty()
            ? NodeNavigation::next(m_nodeItems, current, dx, dy)
            : NodeNavigation::nextFrom(
                  m_nodeItems, selectedItems().front()->sceneBoundingRect().center(), dx, dy);
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
