#include "editor/grapheditor.h"

#include "document/document.h"
#include "model/graph.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

#include <QLineF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace converge {

namespace {
// Room a new, empty canvas offers before anything is drawn on it.
const QRectF EmptyCanvas(0, 0, 900, 600);
constexpr qreal ArrowLength = 9;

/// Where the line from rect's centre towards a point leaves rect.
QPointF borderPoint(const QRectF &rect, QPointF towards)
{
    const QPointF c = rect.center();
    const QPointF d = towards - c;
    const qreal inf = std::numeric_limits<qreal>::infinity();
    const qreal sx = d.x() != 0 ? rect.width() / 2 / std::abs(d.x()) : inf;
    const qreal sy = d.y() != 0 ? rect.height() / 2 / std::abs(d.y()) : inf;
    const qreal t = std::min({sx, sy, 1.0});
    return c + d * t;
}

GraphLayout::Edge straightEdge(EdgeId id, const QRectF &from, const QRectF &to)
{
    GraphLayout::Edge edge;
    edge.id = id;
    const QPointF start = borderPoint(from, to.center());
    const QPointF tip = borderPoint(to, from.center());
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
    : QObject(parent), m_document(document), m_scene(scene)
{}

const Graph &GraphEditor::graph() const
{
    return m_document->graph();
}

bool GraphEditor::canEdit() const
{
    return m_document->hasGraph() && !m_document->isRunning();
}

void GraphEditor::reset(const GraphLayout &layout)
{
    m_undoStack.clear();
    m_extent = QRectF();
    m_selectAfter.clear();
    setBaseLayout(layout);
}

void GraphEditor::setBaseLayout(const GraphLayout &layout)
{
    m_base = layout;
    m_baseNode.assign(graph().resourceCapacity(), -1);
    for (size_t i = 0; i < m_base.nodes.size(); ++i) {
        if (m_base.nodes[i].id < m_baseNode.size())
            m_baseNode[m_base.nodes[i].id] = int(i);
    }
    m_baseEdge.assign(graph().edgeCapacity(), -1);
    for (size_t i = 0; i < m_base.edges.size(); ++i) {
        if (m_base.edges[i].id < m_baseEdge.size())
            m_baseEdge[m_base.edges[i].id] = int(i);
    }
    sync();
}

void GraphEditor::insert(const GraphFragment &fragment, bool select)
{
    Graph &g = m_document->editableGraph();
    if (select)
        m_selectAfter.clear();
    for (const Resource &r : fragment.resources) {
        if (g.addResource(r) != InvalidId && select)
            m_selectAfter << r.key();
    }
    for (const GraphFragment::FragmentEdge &e : fragment.edges) {
        Edge edge = e.edge;
        edge.from = findByKey(g, e.fromKey);
        edge.to = findByKey(g, e.toKey);
        if (edge.from != InvalidId && edge.to != InvalidId)
            g.addEdge(edge);
    }
    m_document->graphEdited();
    sync();
}

void GraphEditor::remove(const GraphFragment &fragment)
{
    Graph &g = m_document->editableGraph();
    for (const GraphFragment::FragmentEdge &e : fragment.edges) {
        const ResourceId from = findByKey(g, e.fromKey);
        if (from == InvalidId)
            continue;
        // The last matching edge: the one an insert of this fragment appended.
        const std::vector<EdgeId> out = g.outEdges(from);
        for (auto it = out.rbegin(); it != out.rend(); ++it) {
            const Edge &edge = g.edge(*it);
            if (g.resource(edge.to).key() == e.toKey && edge.name == e.edge.name) {
                g.removeEdge(*it);
                break;
            }
        }
    }
    for (const Resource &r : fragment.resources) {
        const ResourceId id = g.find(r.kind, r.name);
        if (id != InvalidId)
            g.removeResource(id);
    }
    sync();
}

bool GraphEditor::rename(const QString &key, const QString &newName)
{
    const ResourceId id = findByKey(graph(), key);
    if (id == InvalidId || !m_document->editableGraph().renameResource(id, newName))
        return false;
    sync();
    return true;
}

void GraphEditor::setPositions(
    const std::vector<std::pair<QString, std::optional<QPointF>>> &positions)
{
    Graph &g = m_document->editableGraph();
    for (const auto &[key, position] : positions) {
        const ResourceId id = findByKey(g, key);
        if (id != InvalidId)
            g.resource(id).position = position;
    }
    sync();
}

void GraphEditor::setValue(const QString &key, Section section, const QString &name,
                           const std::optional<Value> &value)
{
    const ResourceId id = findByKey(graph(), key);
    if (id == InvalidId)
        return;
    Resource &r = m_document->editableGraph().resource(id);
    Value &map = section == Section::Params ? r.params : r.meta;
    if (!map.isMap())
        map = Value::map();
    if (value)
        map.insert(name, *value);
    else
        map.remove(name);
    sync();
}

QPointF GraphEditor::baseCentre(ResourceId id) const
{
    if (id < m_baseNode.size() && m_baseNode[id] >= 0)
        return m_base.nodes[size_t(m_baseNode[id])].centre;
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

std::vector<std::pair<QString, std::optional<QPointF>>> GraphEditor::positions() const
{
    std::vector<std::pair<QString, std::optional<QPointF>>> all;
    for (ResourceId id : graph().resourceIds())
        all.emplace_back(graph().resource(id).key(), graph().resource(id).position);
    return all;
}

Graph GraphEditor::graphForSaving(bool everything) const
{
    Graph copy = graph();
    const std::vector<ResourceId> ids = copy.resourceIds();
    if (!everything && std::none_of(ids.begin(), ids.end(), [&](ResourceId id) {
            return copy.resource(id).position.has_value();
        }))
        return copy;
    for (ResourceId id : ids)
        copy.resource(id).position = centre(id);
    return copy;
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

void GraphEditor::sync()
{
    const Graph &g = graph();
    GraphLayout layout;
    std::vector<QRectF> rects(g.resourceCapacity());
    QRectF drawn;
    for (ResourceId id : g.resourceIds()) {
        const Resource &r = g.resource(id);
        const QSizeF size = NodeItem::preferredSize(r.name, m_scene->font());
        const QPointF c = centre(id);
        rects[id] = QRectF(c - QPointF(size.width() / 2, size.height() / 2), size);
        drawn = drawn.united(rects[id]);
        layout.nodes.push_back({id, c, size});
    }
    for (EdgeId e : g.edgeIds()) {
        const Edge &edge = g.edge(e);
        if (e < m_baseEdge.size() && m_baseEdge[e] >= 0 && !moved(edge.from) && !moved(edge.to))
            layout.edges.push_back(m_base.edges[size_t(m_baseEdge[e])]);
        else
            layout.edges.push_back(straightEdge(e, rects[edge.from], rects[edge.to]));
    }
    if (m_extent.isNull())
        m_extent = drawn.isNull() ? EmptyCanvas : drawn;
    m_extent = m_extent.united(drawn);
    layout.bounds = m_extent;
    m_scene->showLayout(g, layout);
    for (EdgeId e : g.edgeIds()) {
        if (EdgeItem *item = m_scene->edgeItem(e))
            item->setFlag(QGraphicsItem::ItemIsSelectable); // so an edge can be deleted
    }
    if (!m_selectAfter.isEmpty()) {
        m_scene->clearSelection();
        for (const QString &key : std::as_const(m_selectAfter)) {
            if (NodeItem *item = m_scene->nodeItem(findByKey(g, key)))
                item->setSelected(true);
        }
        m_selectAfter.clear();
    }
    emit graphChanged();
}

} // namespace converge
