#include "editor/grapheditor.h"

#include "document/document.h"
#include "editor/danglingedgeview.h"
#include "engine/autoedges.h"
#include "model/graph.h"
#include "model/nodebox.h"
#include "scene/autoedgeoverlay.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

#include <QLineF>
#include <QSet>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>
#include <limits>

namespace converge {

namespace {
// Room a new, empty canvas offers before anything is drawn on it.
const QRectF EmptyCanvas(0, 0, 900, 600);
constexpr qreal ArrowLength = 9;

GraphLayout::Edge straightEdge(EdgeId id, const QRectF &from, const QRectF &to)
{
    GraphLayout::Edge edge;
    edge.id = id;
    const QPointF start = NodeBox::borderPoint(from, to.center());
    const QPointF tip = NodeBox::borderPoint(to, from.center());
    QLineF line(start, tip);
    if (line.length() > ArrowLength)
        line.setLength(line.length() - ArrowLength);
    const QPointF end = line.p2();
    edge.spline = {start, start + (end - start) / 3, start + (end - start) * 2 / 3, end};
    edge.hasArrowHead = true;
    edge.arrowTip = tip;
    return edge;
}
} // namespace

GraphEditor::GraphEditor(Document *document, GraphScene *scene, QObject *parent)
    : QObject(parent), m_document(document), m_model(document->model()), m_scene(scene)
{
    // Each change reaches the scene as it happens; removals need no geometry.
    connect(m_model, &GraphModel::resourceAdded, this, &GraphEditor::resourceAdded);
    connect(m_model, &GraphModel::resourceRemoved, m_scene, &GraphScene::removeNode);
    connect(m_model, &GraphModel::resourceRenamed, this, &GraphEditor::resourceRenamed);
    connect(m_model, &GraphModel::positionsChanged, this, &GraphEditor::positionsChanged);
    connect(m_model, &GraphModel::edgeAdded, this, &GraphEditor::edgeAdded);
    connect(m_model, &GraphModel::edgeRemoved, m_scene, &GraphScene::removeEdge);
    connect(m_model, &GraphModel::lockedChanged, this, &GraphEditor::lockedChanged);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &GraphEditor::holdIndex);
    m_dangling = new DanglingEdgeView(document, scene, this);
    m_autoEdgeTimer.setSingleShot(true);
    m_autoEdgeTimer.setInterval(0);
    connect(&m_autoEdgeTimer, &QTimer::timeout, this, &GraphEditor::showAutoEdges);
    const auto later = [this] {
        m_autoEdgeTimer.start();
    };
    connect(m_model, &GraphModel::graphReset, this, later);
    connect(m_model, &GraphModel::resourceAdded, this, later);
    connect(m_model, &GraphModel::resourceRemoved, this, later);
    connect(m_model, &GraphModel::resourceRenamed, this, later);
    connect(m_model, &GraphModel::resourceChanged, this, later);
    connect(m_model, &GraphModel::positionsChanged, this, later);
    connect(m_model, &GraphModel::edgeAdded, this, later);
    connect(m_model, &GraphModel::edgeRemoved, this, later);
}

void GraphEditor::showAutoEdges()
{
    // Nodes may still be on their way into the scene (showLayout() builds in batches): a box
    // comes from the item when there is one, else from the name, as the item will measure it.
    const auto box = [this](ResourceId id) {
        const NodeItem *item = m_scene->nodeItem(id);
        const QSizeF size = item ? item->size() : measure(id);
        return QRectF(centre(id) - QPointF(size.width() / 2, size.height() / 2), size);
    };
    std::vector<AutoEdgeOverlay::Arrow> arrows;
    if (m_document->hasGraph()) {
        for (const AutoEdges::Pair &pair : AutoEdges::find(graph()))
            arrows.push_back({box(pair.from), box(pair.to)});
    }
    if (!m_autoEdges) {
        if (arrows.empty())
            return;
        m_autoEdges = new AutoEdgeOverlay;
        m_scene->addItem(m_autoEdges);
    }
    m_autoEdges->setArrows(arrows);
}

const Graph &GraphEditor::graph() const
{
    return m_document->graph();
}

bool GraphEditor::canEdit() const
{
    return m_document->hasGraph() && !m_model->isLocked();
}

bool GraphEditor::push(QUndoCommand *command)
{
    if (!canEdit()) {
        delete command;
        return false;
    }
    m_undoStack.push(command);
    return true;
}

void GraphEditor::lockedChanged(bool locked)
{
    m_heldIndex = locked ? m_undoStack.index() : -1;
}

void GraphEditor::holdIndex(int index)
{
    // QUndoStack cannot refuse to move: setIndex() (the History view), undo() and redo() call
    // the commands and then move the index whatever the commands did. The model refused their
    // changes, so the graph is as it was; put the index back where the graph is. The nested
    // call lands here again with the held index and stops.
    if (m_heldIndex >= 0 && index != m_heldIndex)
        m_undoStack.setIndex(m_heldIndex);
}

void GraphEditor::reset(const GraphLayout &layout)
{
    m_undoStack.clear();
    if (m_heldIndex >= 0)
        m_heldIndex = m_undoStack.index();
    m_extent = QRectF();
    setBaseLayout(layout);
}

const GraphLayout &GraphEditor::baseLayout() const
{
    return m_document->layout();
}

void GraphEditor::setBaseLayout(const GraphLayout &layout)
{
    m_document->setLayout(layout);
    indexBaseLayout();
    showGraph();
}

void GraphEditor::indexBaseLayout()
{
    const GraphLayout &base = baseLayout();
    m_baseNode.assign(graph().resourceCapacity(), -1);
    for (size_t i = 0; i < base.nodes.size(); ++i) {
        if (base.nodes[i].id < m_baseNode.size())
            m_baseNode[base.nodes[i].id] = int(i);
    }
    m_baseEdge.assign(graph().edgeCapacity(), -1);
    for (size_t i = 0; i < base.edges.size(); ++i) {
        if (base.edges[i].id < m_baseEdge.size())
            m_baseEdge[base.edges[i].id] = int(i);
    }
}

void GraphEditor::showGraph()
{
    // The whole picture, for a load or a re-layout. Node boxes were measured once for the
    // layout request; only names that changed since are measured again.
    const Graph &g = graph();
    const GraphLayout &base = baseLayout();
    GraphLayout shown;
    shown.nodes.reserve(size_t(g.resourceCount()));
    std::vector<QRectF> rects(g.resourceCapacity());
    // Read once here, in id order: looked up per edge end, it cost a tenth of the pass.
    std::vector<bool> wasMoved(g.resourceCapacity());
    QRectF drawn;
    for (ResourceId id : g.resourceIds()) {
        wasMoved[id] = moved(id);
        const NodeItem *item = m_scene->nodeItem(id);
        QSizeF size;
        if (item && item->name() == g.resource(id).name)
            size = item->size();
        else if (id < m_baseNode.size() && m_baseNode[id] >= 0)
            size = base.nodes[size_t(m_baseNode[id])].size;
        else
            size = measure(id);
        const QPointF c = centre(id);
        rects[id] = QRectF(c - QPointF(size.width() / 2, size.height() / 2), size);
        drawn = drawn.united(rects[id]);
        shown.nodes.push_back({id, c, size});
    }
    shown.edges.reserve(size_t(g.edgeCount()));
    for (EdgeId e : g.edgeIds()) {
        const Edge &edge = g.edge(e);
        if (e < m_baseEdge.size() && m_baseEdge[e] >= 0 && !wasMoved[edge.from] &&
            !wasMoved[edge.to])
            shown.edges.push_back(base.edges[size_t(m_baseEdge[e])]);
        else
            shown.edges.push_back(straightEdge(e, rects[edge.from], rects[edge.to]));
    }
    if (m_extent.isNull())
        m_extent = drawn.isNull() ? EmptyCanvas : drawn;
    m_extent = m_extent.united(drawn);
    shown.bounds = m_extent;
    m_scene->showLayout(g, std::move(shown), GraphScene::Pace::InBatches);
    m_autoEdgeTimer.start();
}

GraphEditor::Connected GraphEditor::danglingNow() const
{
    Connected dangling;
    for (EdgeId id : graph().danglingEdgeIds())
        dangling.emplace_back(id, graph().danglingEdge(id));
    return dangling;
}

void GraphEditor::noteConnected(const Connected &before, GraphFragment *connected) const
{
    if (!connected)
        return;
    for (const auto &[id, dangling] : before) {
        if (graph().containsEdge(id))
            connected->edges.push_back(
                {dangling.from.key(), dangling.to.key(), dangling.edge, dangling});
    }
}

bool GraphEditor::insert(const GraphFragment &fragment, bool select, GraphFragment *connected)
{
    if (!canEdit())
        return false;
    const Connected before = danglingNow();
    std::vector<ResourceId> added;
    for (const Resource &r : fragment.resources) {
        const ResourceId id = m_model->addResource(r);
        if (id != InvalidId)
            added.push_back(id);
    }
    noteConnected(before, connected);
    for (const GraphFragment::FragmentEdge &e : fragment.edges) {
        if (e.dangling) {
            m_model->addDanglingEdge(*e.dangling);
            continue;
        }
        Edge edge = e.edge;
        edge.from = findByKey(graph(), e.fromKey);
        edge.to = findByKey(graph(), e.toKey);
        if (edge.from != InvalidId && edge.to != InvalidId)
            m_model->addEdge(edge);
    }
    if (select) {
        // One selectionChanged for the whole insert, not one per resource.
        {
            const QSignalBlocker blocker(m_scene);
            m_scene->clearSelection();
            for (ResourceId id : added) {
                if (NodeItem *item = m_scene->nodeItem(id))
                    item->setSelected(true);
            }
        }
        emit m_scene->selectionChanged();
    }
    return true;
}

bool GraphEditor::remove(const GraphFragment &fragment)
{
    if (!canEdit())
        return false;
    const Graph &g = graph();
    for (const GraphFragment::FragmentEdge &e : fragment.edges) {
        // Still dangling as it was put back; else it connected, and is found below.
        if (e.dangling && m_model->removeDanglingEdge(GraphFragment::findDangling(g, e)))
            continue;
        const ResourceId from = findByKey(g, e.fromKey);
        if (from == InvalidId)
            continue;
        // The last matching edge: the one an insert of this fragment appended.
        const std::vector<EdgeId> &out = g.outEdges(from);
        for (auto it = out.rbegin(); it != out.rend(); ++it) {
            const Edge &edge = g.edge(*it);
            if (g.resource(edge.to).key() == e.toKey && edge.name == e.edge.name) {
                m_model->removeEdge(*it);
                break;
            }
        }
    }
    for (const Resource &r : fragment.resources) {
        const ResourceId id = g.find(r.kind, r.name);
        if (id != InvalidId)
            m_model->removeResource(id);
    }
    return true;
}

bool GraphEditor::rename(const QString &key, const QString &newName, GraphFragment *connected)
{
    const ResourceId id = findByKey(graph(), key);
    const Connected before = danglingNow();
    if (!canEdit() || id == InvalidId || !m_model->renameResource(id, newName))
        return false;
    noteConnected(before, connected);
    return true;
}

EdgeId GraphEditor::findEdge(const QString &fromKey, const QString &toKey,
                             const QString &name) const
{
    const ResourceId from = findByKey(graph(), fromKey);
    if (from == InvalidId)
        return InvalidId;
    // Edge ids change when an undo puts an edge back: its ends and name are what stay.
    for (EdgeId id : graph().outEdges(from)) {
        const Edge &edge = graph().edge(id);
        if (edge.name == name && graph().resource(edge.to).key() == toKey)
            return id;
    }
    return InvalidId;
}

bool GraphEditor::setEdgeNotify(const QString &fromKey, const QString &toKey, const QString &name,
                                bool notify)
{
    const EdgeId id = findEdge(fromKey, toKey, name);
    return canEdit() && id != InvalidId && m_model->setEdgeNotify(id, notify);
}

bool GraphEditor::setPositions(const Positions &positions)
{
    if (!canEdit())
        return false;
    GraphModel::Positions byId;
    byId.reserve(positions.size());
    for (const auto &[key, position] : positions) {
        const ResourceId id = findByKey(graph(), key);
        if (id != InvalidId)
            byId.emplace_back(id, position);
    }
    return m_model->setPositions(byId);
}

bool GraphEditor::setValue(const QString &key, Section section, const QString &name,
                           const std::optional<Value> &value)
{
    const ResourceId id = findByKey(graph(), key);
    return canEdit() && id != InvalidId && m_model->setValue(id, section, name, value);
}

void GraphEditor::resourceAdded(ResourceId id)
{
    const QSizeF size = measure(id);
    const QPointF c = centre(id);
    m_scene->addNode(id, graph().resource(id), c, size);
    grow(QRectF(c - QPointF(size.width() / 2, size.height() / 2), size));
}

void GraphEditor::resourceRenamed(ResourceId id)
{
    m_scene->renameNode(id, graph().resource(id).name, measure(id));
    for (EdgeId e : graph().outEdges(id))
        m_scene->routeEdge(e, route(e));
    for (EdgeId e : graph().inEdges(id))
        m_scene->routeEdge(e, route(e));
}

void GraphEditor::positionsChanged(const std::vector<ResourceId> &ids)
{
    // Elastic nodes: each moved node, then only the edges that touch one, each once.
    QSet<EdgeId> edges;
    for (ResourceId id : ids) {
        m_scene->moveNode(id, centre(id));
        grow(drawnRect(id));
        for (EdgeId e : graph().outEdges(id))
            edges.insert(e);
        for (EdgeId e : graph().inEdges(id))
            edges.insert(e);
    }
    for (EdgeId e : std::as_const(edges))
        m_scene->routeEdge(e, route(e));
}

void GraphEditor::edgeAdded(EdgeId id)
{
    const Edge &edge = graph().edge(id);
    m_scene->addEdge(id, edge.from, edge.to, route(id));
}

QSizeF GraphEditor::measure(ResourceId id) const
{
    return NodeBox::size(graph().resource(id).name, m_scene->font());
}

QRectF GraphEditor::drawnRect(ResourceId id) const
{
    const NodeItem *item = m_scene->nodeItem(id);
    if (!item)
        return {};
    const QSizeF size = item->size();
    return QRectF(item->pos() - QPointF(size.width() / 2, size.height() / 2), size);
}

GraphLayout::Edge GraphEditor::route(EdgeId id) const
{
    const Edge &edge = graph().edge(id);
    if (id < m_baseEdge.size() && m_baseEdge[id] >= 0 && !moved(edge.from) && !moved(edge.to))
        return baseLayout().edges[size_t(m_baseEdge[id])];
    return straightEdge(id, drawnRect(edge.from), drawnRect(edge.to));
}

void GraphEditor::grow(const QRectF &rect)
{
    const QRectF grown = m_extent.united(rect);
    if (grown == m_extent)
        return;
    m_extent = grown;
    m_scene->setBounds(m_extent);
}

QPointF GraphEditor::baseCentre(ResourceId id) const
{
    if (id < m_baseNode.size() && m_baseNode[id] >= 0)
        return baseLayout().nodes[size_t(m_baseNode[id])].centre;
    // Neither placed by the user nor by Graphviz: park it to the right of the drawing.
    return {m_extent.isNull() ? 80.0 : m_extent.right() + 80.0, 40.0 + 50.0 * (id % 10)};
}

QPointF GraphEditor::centre(ResourceId id) const
{
    const std::optional<QPointF> &position = graph().resource(id).position;
    return position ? *position : baseCentre(id);
}

bool GraphEditor::moved(ResourceId id) const
{
    const std::optional<QPointF> &position = graph().resource(id).position;
    return position || id >= m_baseNode.size() || m_baseNode[id] < 0;
}

GraphEditor::Positions GraphEditor::positions() const
{
    Positions all;
    for (ResourceId id : graph().resourceIds())
        all.emplace_back(graph().resource(id).key(), graph().resource(id).position);
    return all;
}

PlacedGraph GraphEditor::graphForSaving(bool everything) const
{
    PlacedGraph placed{graph(), {}};
    const std::vector<ResourceId> ids = graph().resourceIds();
    if (!everything && std::none_of(ids.begin(), ids.end(), [&](ResourceId id) {
            return graph().resource(id).position.has_value();
        }))
        return placed;
    placed.centres.reserve(ids.size());
    for (ResourceId id : ids)
        placed.centres.emplace_back(id, centre(id));
    return placed;
}

GraphFragment GraphEditor::capture(const std::vector<ResourceId> &ids,
                                   const std::vector<EdgeId> &extraEdges) const
{
    GraphFragment fragment = GraphFragment::capture(graph(), ids, extraEdges);
    for (Resource &r : fragment.resources)
        r.position = centre(graph().find(r.kind, r.name));
    return fragment;
}

QString GraphEditor::freeName(const QString &kind, const QString &stem) const
{
    for (int n = 1;; ++n) {
        const QString candidate = stem + QString::number(n);
        if (graph().find(kind, candidate) == InvalidId)
            return candidate;
    }
}

QString GraphEditor::freeEdgeName() const
{
    QSet<QString> used;
    for (EdgeId e : graph().edgeIds())
        used.insert(graph().edge(e).name);
    for (int n = 1;; ++n) {
        const QString candidate = u'e' + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

} // namespace converge
