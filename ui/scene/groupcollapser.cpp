#include "scene/groupcollapser.h"

#include "model/graph.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/groupedgeitem.h"
#include "scene/groupitem.h"
#include "scene/nodeitem.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <utility>

namespace converge {

namespace {
constexpr QSizeF BoxSize(200, 60);
// A group of many resources gets a larger box, up to this many times the base size, so it
// stays visible when the view is fitted to thousands of nodes.
constexpr qreal MaxBoxScale = 12;

QRectF nodeBox(const NodeItem *node)
{
    return QRectF(node->pos() - QPointF(node->size().width(), node->size().height()) / 2,
                  node->size());
}
} // namespace

GroupCollapser::GroupCollapser(const Graph &graph, GraphScene *scene, QObject *parent)
    : QObject(parent), m_graph(graph), m_scene(scene)
{}

GroupCollapser::~GroupCollapser()
{
    // A scene that went first deleted the items with its own.
    if (!m_scene)
        return;
    for (GroupItem *item : m_items)
        delete item;
    for (GroupEdgeItem *edge : m_groupEdges)
        delete edge;
}

void GroupCollapser::setGrouping(ResourceGrouping grouping)
{
    expandAll();
    m_grouping = std::move(grouping);
    m_items.assign(m_grouping.groupCount(), nullptr);
    m_selected.assign(m_grouping.groupCount(), {});
}

bool GroupCollapser::isCollapsed(int group) const
{
    return groupItem(group) != nullptr;
}

GroupItem *GroupCollapser::groupItem(int group) const
{
    return group >= 0 && group < int(m_items.size()) ? m_items[group] : nullptr;
}

QRectF GroupCollapser::membersArea(int group) const
{
    QRectF area;
    for (ResourceId id : m_grouping.members[group]) {
        if (NodeItem *node = m_scene->nodeItem(id))
            area |= nodeBox(node);
    }
    return area;
}

bool GroupCollapser::collapse(int group)
{
    if (group < 0 || group >= m_grouping.groupCount() || isCollapsed(group))
        return false;
    m_scene->finishBuild();
    const QRectF area = membersArea(group);
    if (area.isNull())
        return false;
    const int members = int(m_grouping.members[group].size());
    // Larger for more members, but never beyond the area the members covered (where it would
    // hide other nodes) and never below the base size; the same shape always, so the text in
    // it, which grows with the box, keeps its proportions.
    const qreal scale =
        std::max(1.0, std::min({std::sqrt(qreal(members)) / 3, MaxBoxScale,
                                area.width() / BoxSize.width(), area.height() / BoxSize.height()}));
    const QSizeF size = BoxSize * scale;
    auto *item = new GroupItem(group, m_grouping.labels[group], members);
    item->setGeometry(area.center(), size);
    item->setOnActivated([this](int g) { expand(g); });
    item->setOnContextMenu([this, item](int g, const QPoint &screenPos) {
        if (!item->isSelected()) {
            m_scene->clearSelection();
            item->setSelected(true);
        }
        emit groupContextMenuRequested(g, screenPos);
    });
    m_selected[group].clear();
    for (ResourceId id : m_grouping.members[group]) {
        NodeItem *node = m_scene->nodeItem(id);
        if (node && node->isSelected())
            m_selected[group].push_back(id);
    }
    m_items[group] = item;
    ++m_collapsedCount;
    m_scene->addItem(item);
    hideMembers(group);
    recount(group);
    rebuildGroupEdges();
    if (!m_selected[group].empty())
        item->setSelected(true);
    emit collapsedChanged();
    return true;
}

bool GroupCollapser::expand(int group)
{
    GroupItem *item = groupItem(group);
    if (!item)
        return false;
    m_items[group] = nullptr;
    --m_collapsedCount;
    delete item;
    for (ResourceId id : m_grouping.members[group]) {
        if (NodeItem *node = m_scene->nodeItem(id))
            node->setVisible(true);
    }
    for (ResourceId id : m_grouping.members[group]) {
        const auto showEdge = [this](EdgeId e) {
            const Edge &edge = m_graph.edge(e);
            EdgeItem *item = m_scene->edgeItem(e);
            if (item && !isCollapsed(m_grouping.group(edge.from)) &&
                !isCollapsed(m_grouping.group(edge.to)))
                item->setVisible(true);
        };
        std::for_each(m_graph.outEdges(id).begin(), m_graph.outEdges(id).end(), showEdge);
        std::for_each(m_graph.inEdges(id).begin(), m_graph.inEdges(id).end(), showEdge);
    }
    for (ResourceId id : std::exchange(m_selected[group], {})) {
        if (NodeItem *node = m_scene->nodeItem(id))
            node->setSelected(true);
    }
    rebuildGroupEdges();
    emit collapsedChanged();
    return true;
}

void GroupCollapser::collapseAll()
{
    for (int g = 0; g < m_grouping.groupCount(); ++g)
        collapse(g);
}

void GroupCollapser::expandAll()
{
    for (int g = 0; g < int(m_items.size()); ++g)
        expand(g);
}

std::vector<int> GroupCollapser::selectedGroups() const
{
    std::vector<int> groups;
    for (int g = 0; g < int(m_items.size()); ++g) {
        if (m_items[g] && m_items[g]->isSelected())
            groups.push_back(g);
    }
    return groups;
}

void GroupCollapser::hideMembers(int group)
{
    for (ResourceId id : m_grouping.members[group]) {
        if (NodeItem *node = m_scene->nodeItem(id))
            node->setVisible(false);
        for (EdgeId e : m_graph.outEdges(id)) {
            if (EdgeItem *edge = m_scene->edgeItem(e))
                edge->setVisible(false);
        }
        for (EdgeId e : m_graph.inEdges(id)) {
            if (EdgeItem *edge = m_scene->edgeItem(e))
                edge->setVisible(false);
        }
    }
}

void GroupCollapser::recount(int group)
{
    GroupItem *item = groupItem(group);
    if (!item)
        return;
    GroupItem::Counts counts{};
    for (ResourceId id : m_grouping.members[group]) {
        if (const NodeItem *node = m_scene->nodeItem(id))
            ++counts[int(node->state())];
    }
    item->setCounts(counts);
}

void GroupCollapser::statesChanged(const std::vector<ResourceId> &changed)
{
    if (m_collapsedCount == 0)
        return;
    std::vector<bool> touched(m_items.size(), false);
    for (ResourceId id : changed) {
        const int g = m_grouping.group(id);
        if (g >= 0 && m_items[g])
            touched[g] = true;
    }
    for (int g = 0; g < int(touched.size()); ++g) {
        if (touched[g])
            recount(g);
    }
}

void GroupCollapser::reapply()
{
    for (int g = 0; g < int(m_items.size()); ++g) {
        if (m_items[g])
            hideMembers(g);
    }
}

void GroupCollapser::forget()
{
    if (m_collapsedCount == 0)
        return;
    for (GroupItem *&item : m_items)
        delete std::exchange(item, nullptr);
    for (GroupEdgeItem *edge : std::exchange(m_groupEdges, {}))
        delete edge;
    m_collapsedCount = 0;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == NodeItem::Type || item->type() == EdgeItem::Type)
            item->setVisible(true);
    }
    emit collapsedChanged();
}

void GroupCollapser::rebuildGroupEdges()
{
    for (GroupEdgeItem *edge : m_groupEdges)
        delete edge;
    m_groupEdges.clear();
    if (m_collapsedCount == 0)
        return;
    // An end is a collapsed group (negative: -1 - group) or a resource; the edges between the
    // same two ends merge into one.
    const auto end = [this](ResourceId id) {
        const int g = m_grouping.group(id);
        return isCollapsed(g) ? -1 - qint64(g) : qint64(id);
    };
    const auto box = [this](qint64 e) {
        if (e < 0)
            return m_items[-1 - e]->box();
        const NodeItem *node = m_scene->nodeItem(ResourceId(e));
        return node ? nodeBox(node) : QRectF();
    };
    QHash<std::pair<qint64, qint64>, int> merged;
    std::vector<std::pair<qint64, qint64>> order; // first seen first: a stable drawing
    for (EdgeId e : m_graph.edgeIds()) {
        const Edge &edge = m_graph.edge(e);
        const qint64 from = end(edge.from);
        const qint64 to = end(edge.to);
        if ((from >= 0 && to >= 0) || from == to)
            continue;
        int &count = merged[{from, to}];
        if (count++ == 0)
            order.emplace_back(from, to);
    }
    m_groupEdges.reserve(order.size());
    for (const auto &[from, to] : order) {
        const QRectF a = box(from);
        const QRectF b = box(to);
        if (a.isNull() || b.isNull())
            continue;
        auto *item = new GroupEdgeItem(a, b, merged.value({from, to}));
        m_scene->addItem(item);
        m_groupEdges.push_back(item);
    }
}

} // namespace converge
