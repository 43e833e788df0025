#include "scene/groupcollapser.h"

#include "model/graph.h"
#include "scene/autoedgeoverlay.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/groupedgeitem.h"
#include "scene/groupitem.h"
#include "scene/nodeitem.h"

#include <QElapsedTimer>
#include <QGraphicsView>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace converge {

namespace {
constexpr QSizeF BoxSize(200, 60);
// A group of many resources gets a larger box, up to this many times the base size, so it
// stays visible when the view is fitted to thousands of nodes.
constexpr qreal MaxBoxScale = 12;
// Moving items into a collapsed layout per pass of the event loop, so the window keeps
// answering (all 125,000 moves of a 100,000-resource graph in one go took 0.86 s).
constexpr qint64 PlaceBudgetNs = 20'000'000;

QRectF nodeBox(const NodeItem *node)
{
    return QRectF(node->pos() - QPointF(node->size().width(), node->size().height()) / 2,
                  node->size());
}
} // namespace

GroupCollapser::GroupCollapser(const Graph &graph, GraphScene *scene, QObject *parent)
    : QObject(parent), m_graph(graph), m_scene(scene), m_mergedEdges(scene)
{
    connect(&m_job, &LayoutJob::finished, this, &GroupCollapser::placeArranged);
    connect(&m_job, &LayoutJob::failed, this, &GroupCollapser::arrangeFailed);
    m_arrange.setSingleShot(true);
    m_arrange.setInterval(0);
    connect(&m_arrange, &QTimer::timeout, this, &GroupCollapser::startArranging);
    m_place.setSingleShot(true);
    m_place.setInterval(0);
    connect(&m_place, &QTimer::timeout, this, &GroupCollapser::placeBatch);
}

GroupCollapser::~GroupCollapser()
{
    // A scene that went first deleted the items with its own.
    if (!m_scene)
        return;
    for (GroupItem *item : m_items)
        delete item;
}

void GroupCollapser::arrangeWith(Home home, std::function<GraphvizLayout::Options()> options)
{
    m_home = std::move(home);
    m_options = std::move(options);
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
    return collapseGroups({group}) == 1;
}

bool GroupCollapser::expand(int group)
{
    return expandGroups({group}) == 1;
}

int GroupCollapser::collapseGroups(const std::vector<int> &groups)
{
    return changeGroups(groups, &GroupCollapser::collapseOne);
}

int GroupCollapser::expandGroups(const std::vector<int> &groups)
{
    return changeGroups(groups, &GroupCollapser::expandOne);
}

int GroupCollapser::changeGroups(const std::vector<int> &groups, bool (GroupCollapser::*one)(int))
{
    int done = 0;
    for (int g : groups)
        done += (this->*one)(g);
    if (done > 0)
        changed();
    return done;
}

void GroupCollapser::changed()
{
    // Once per burst: each rebuild touches every edge of the graph.
    rebuildGroupEdges();
    rearrange();
    emit collapsedChanged();
}

bool GroupCollapser::collapseOne(int group)
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
    if (!m_selected[group].empty())
        item->setSelected(true);
    return true;
}

bool GroupCollapser::expandOne(int group)
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
    return true;
}

void GroupCollapser::collapseAll()
{
    std::vector<int> all(size_t(m_grouping.groupCount()));
    std::iota(all.begin(), all.end(), 0);
    collapseGroups(all);
}

void GroupCollapser::expandAll()
{
    std::vector<int> collapsed;
    for (int g = 0; g < int(m_items.size()); ++g) {
        if (m_items[g])
            collapsed.push_back(g);
    }
    expandGroups(collapsed);
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
    // The items are about to be placed for another graph: nothing goes home.
    stopPlacing();
    m_arrange.stop();
    m_job.cancel();
    m_arranged = false;
    m_movedNodes.clear();
    m_movedEdges.clear();
    if (m_collapsedCount == 0)
        return;
    for (GroupItem *&item : m_items)
        delete std::exchange(item, nullptr);
    m_collapsedCount = 0;
    rebuildGroupEdges();
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == NodeItem::Type || item->type() == EdgeItem::Type)
            item->setVisible(true);
    }
    emit collapsedChanged();
}

void GroupCollapser::rebuildGroupEdges()
{
    if (m_collapsedCount == 0) {
        m_mergedEdges.clear();
        return;
    }
    m_mergedEdges.draw(
        m_graph,
        [this](ResourceId id) {
            const int g = m_grouping.group(id);
            return isCollapsed(g) ? -1 - MergedEdges::End(g) : MergedEdges::End(id);
        },
        [this](MergedEdges::End e) {
            if (e < 0)
                return m_items[-1 - e]->box();
            const NodeItem *node = m_scene->nodeItem(ResourceId(e));
            return node ? nodeBox(node) : QRectF();
        });
}

void GroupCollapser::rearrange()
{
    if (!m_home.centre)
        return;
    // What is being placed is for groups collapsed before.
    stopPlacing();
    if (m_collapsedCount > 0) {
        m_arrange.start();
        return;
    }
    m_arrange.stop();
    m_job.cancel();
    goHome();
}

void GroupCollapser::startArranging()
{
    if (m_scene && m_collapsedCount > 0)
        m_job.start(collapsedInput());
}

GraphvizLayout::Input GroupCollapser::collapsedInput()
{
    GraphvizLayout::Input input;
    input.options = m_options ? m_options() : GraphvizLayout::Options();
    input.options.nodeSizes.clear();
    m_groupBase = m_graph.resourceCapacity();
    m_mergedBase = m_graph.edgeCapacity();
    const auto end = [this](ResourceId id) {
        const int g = m_grouping.group(id);
        return isCollapsed(g) ? m_groupBase + ResourceId(g) : id;
    };
    for (ResourceId id : m_graph.resourceIds()) {
        const NodeItem *node = m_scene->nodeItem(id);
        if (node && end(id) == id)
            input.nodes.push_back({id, node->size(), {}});
    }
    for (int g = 0; g < int(m_items.size()); ++g) {
        if (m_items[g])
            input.nodes.push_back({m_groupBase + ResourceId(g), m_items[g]->box().size(), {}});
    }
    // Edges between the same two ends, one of them a group, are one edge, as they are drawn.
    QHash<std::pair<ResourceId, ResourceId>, EdgeId> merged;
    for (EdgeId e : m_graph.edgeIds()) {
        const Edge &edge = m_graph.edge(e);
        const ResourceId from = end(edge.from);
        const ResourceId to = end(edge.to);
        if (from == to)
            continue;
        if (from == edge.from && to == edge.to) {
            input.edges.push_back({e, from, to});
            continue;
        }
        if (merged.contains({from, to}))
            continue;
        const EdgeId id = m_mergedBase + EdgeId(merged.size());
        merged.insert({from, to}, id);
        input.edges.push_back({id, from, to});
    }
    return input;
}

void GroupCollapser::placeArranged(const GraphLayout &layout)
{
    if (!m_scene || m_collapsedCount == 0)
        return;
    if (!m_arranged)
        m_homeRect = m_scene->sceneRect();
    m_arranged = true;
    m_placing = std::make_unique<Placing>();
    m_placing->layout = layout;
    m_placing->moved.assign(m_graph.resourceCapacity(), false);
    for (ResourceId id : m_movedNodes)
        m_placing->moved[id] = true;
    m_placing->routed.assign(m_graph.edgeCapacity(), false);
    for (EdgeId e : m_movedEdges)
        m_placing->routed[e] = true;
    placeBatch();
}

void GroupCollapser::placeBatch()
{
    QElapsedTimer clock;
    clock.start();
    Placing &p = *m_placing;
    // The clock is read every few items: reading it costs about as much as moving one.
    constexpr size_t Step = 32;
    const auto outOfTime = [&](size_t done) {
        if (done % Step != 0 || clock.nsecsElapsed() < PlaceBudgetNs)
            return false;
        m_place.start();
        return true;
    };
    while (p.nextNode < p.layout.nodes.size()) {
        const GraphLayout::Node &n = p.layout.nodes[p.nextNode++];
        if (n.id >= m_groupBase) {
            if (GroupItem *box = groupItem(int(n.id - m_groupBase)))
                box->setGeometry(n.centre, box->box().size());
        } else if (m_graph.contains(n.id)) {
            m_scene->moveNode(n.id, n.centre);
            if (!p.moved[n.id])
                m_movedNodes.push_back(n.id);
            p.moved[n.id] = true;
        }
        if (outOfTime(p.nextNode))
            return;
    }
    while (p.nextEdge < p.layout.edges.size()) {
        const GraphLayout::Edge &e = p.layout.edges[p.nextEdge++];
        if (e.id < m_mergedBase && m_graph.containsEdge(e.id)) {
            m_scene->routeEdge(e.id, e);
            if (!p.routed[e.id])
                m_movedEdges.push_back(e.id);
            p.routed[e.id] = true;
        }
        if (outOfTime(p.nextEdge))
            return;
    }
    m_scene->setBounds(p.layout.bounds);
    m_placing.reset();
    showAutoEdges(false);
    rebuildGroupEdges();
    // Everything moved: keep the box the user collapsed last in sight.
    const std::vector<int> selected = selectedGroups();
    if (!selected.empty()) {
        for (QGraphicsView *view : m_scene->views())
            view->ensureVisible(m_items[selected.front()], 40, 40);
    }
    emit arranged();
}

void GroupCollapser::stopPlacing()
{
    m_place.stop();
    m_placing.reset();
}

void GroupCollapser::goHome()
{
    if (!m_arranged || !m_scene)
        return;
    m_arranged = false;
    // Nodes first: an edge's home route may be drawn between where its ends are.
    for (ResourceId id : std::exchange(m_movedNodes, {})) {
        if (m_graph.contains(id))
            m_scene->moveNode(id, m_home.centre(id));
    }
    for (EdgeId e : std::exchange(m_movedEdges, {})) {
        if (m_graph.containsEdge(e))
            m_scene->routeEdge(e, m_home.route(e));
    }
    m_scene->setSceneRect(m_homeRect);
    showAutoEdges(true);
}

void GroupCollapser::showAutoEdges(bool show)
{
    // mgmt's automatic edges are drawn between where the editor puts nodes, which a collapsed
    // layout is not.
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == AutoEdgeOverlay::Type)
            item->setVisible(show);
    }
}

} // namespace converge
