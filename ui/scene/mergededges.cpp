#include "scene/mergededges.h"

#include "model/graph.h"
#include "scene/graphscene.h"
#include "scene/groupedgeitem.h"

#include <QHash>

#include <utility>

namespace converge {

MergedEdges::MergedEdges(GraphScene *scene) : m_scene(scene) {}

MergedEdges::~MergedEdges()
{
    if (!m_scene)
        return;
    for (GroupEdgeItem *item : m_items)
        delete item;
}

void MergedEdges::clear()
{
    for (size_t i = 0; i < m_used; ++i)
        m_items[i]->setVisible(false);
    m_used = 0;
}

void MergedEdges::draw(const Graph &graph, const std::function<End(ResourceId)> &end,
                       const std::function<QRectF(End)> &box)
{
    QHash<std::pair<End, End>, int> merged;
    std::vector<std::pair<End, End>> order; // first seen first: a stable drawing
    for (EdgeId e : graph.edgeIds()) {
        const Edge &edge = graph.edge(e);
        const End from = end(edge.from);
        const End to = end(edge.to);
        if ((from >= 0 && to >= 0) || from == to)
            continue;
        int &count = merged[{from, to}];
        if (count++ == 0)
            order.emplace_back(from, to);
    }
    size_t used = 0;
    for (const auto &[from, to] : order) {
        const QRectF a = box(from);
        const QRectF b = box(to);
        if (a.isNull() || b.isNull())
            continue;
        if (used < m_items.size()) {
            m_items[used]->setGeometry(a, b, merged.value({from, to}));
            m_items[used]->setVisible(true);
        } else {
            auto *item = new GroupEdgeItem(a, b, merged.value({from, to}));
            m_scene->addItem(item);
            m_items.push_back(item);
        }
        ++used;
    }
    for (size_t i = used; i < m_used; ++i)
        m_items[i]->setVisible(false);
    m_used = used;
}

} // namespace converge
