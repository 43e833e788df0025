#include "model/graph.h"

#include <algorithm>
#include <deque>

namespace converge {

ResourceId Graph::addResource(Resource resource, std::vector<EdgeId> *connected)
{
    Key key{resource.kind, resource.name};
    const auto id = ResourceId(m_resources.size());
    // One hash lookup: insert a placeholder and see whether it was new.
    const auto before = m_index.size();
    ResourceId &slot = m_index[std::move(key)];
    if (m_index.size() == before)
        return InvalidId;
    slot = id;
    m_resources.push_back(std::move(resource));
    m_alive.push_back(true);
    m_out.push_back({});
    m_in.push_back({});
    ++m_liveResources;
    if (!m_dangling.isEmpty())
        connectDangling(m_resources[id].key(), connected);
    return id;
}

void Graph::removeResource(ResourceId id)
{
    if (!contains(id))
        return;
    // Copies: removeEdge() edits the lists being walked.
    const std::vector<EdgeId> out = m_out[id];
    const std::vector<EdgeId> in = m_in[id];
    for (EdgeId e : out)
        removeEdge(e);
    for (EdgeId e : in)
        removeEdge(e);
    const QString key = m_resources[id].key();
    for (EdgeId e : danglingEdgeIds()) {
        if (m_dangling[e].from.key() == key || m_dangling[e].to.key() == key)
            removeDanglingEdge(e);
    }
    m_index.remove(Key{m_resources[id].kind, m_resources[id].name});
    m_alive[id] = false;
    --m_liveResources;
}

bool Graph::renameResource(ResourceId id, const QString &newName, std::vector<EdgeId> *connected)
{
    if (!contains(id))
        return false;
    Resource &r = m_resources.mutableAt(id);
    if (r.name == newName)
        return true;
    Key newKey{r.kind, newName};
    if (m_index.contains(newKey))
        return false;
    m_index.remove(Key{r.kind, r.name});
    m_index.insert(std::move(newKey), id);
    const QString oldKey = r.key();
    r.name = newName;
    for (DanglingEnds &ends : m_dangling) {
        for (EdgeEndName *end : {&ends.from, &ends.to}) {
            if (end->key() == oldKey)
                end->name = newName;
        }
    }
    if (!m_dangling.isEmpty())
        connectDangling(r.key(), connected);
    return true;
}

EdgeId Graph::addEdge(Edge edge)
{
    if (!contains(edge.from) || !contains(edge.to))
        return InvalidId;
    return newEdgeId(std::move(edge), true);
}

EdgeId Graph::newEdgeId(Edge edge, bool alive)
{
    const auto id = EdgeId(m_edges.size());
    if (alive) {
        m_out.mutableAt(edge.from).push_back(id);
        m_in.mutableAt(edge.to).push_back(id);
        ++m_liveEdges;
    }
    m_edges.push_back(std::move(edge));
    m_edgeAlive.push_back(alive);
    return id;
}

EdgeId Graph::addDanglingEdge(DanglingEdge edge)
{
    edge.edge.from = edge.edge.to = InvalidId;
    const EdgeId id = newEdgeId(std::move(edge.edge), false);
    m_dangling.insert(id, {std::move(edge.from), std::move(edge.to), std::move(edge.label)});
    // The same rule as for a resource that arrives: an edge with both ends is an edge.
    connectDangling(m_dangling[id].to.key(), nullptr);
    return id;
}

void Graph::removeDanglingEdge(EdgeId id)
{
    m_dangling.remove(id);
}

DanglingEdge Graph::danglingEdge(EdgeId id) const
{
    const DanglingEnds &ends = m_dangling[id];
    return {m_edges[id], ends.from, ends.to, ends.label};
}

std::vector<EdgeId> Graph::danglingEdgeIds() const
{
    std::vector<EdgeId> ids(m_dangling.keyBegin(), m_dangling.keyEnd());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void Graph::connectDangling(const QString &key, std::vector<EdgeId> *connected)
{
    const auto idOf = [this](const EdgeEndName &end) {
        return find(end.kind, end.name);
    };
    for (EdgeId id : danglingEdgeIds()) {
        const DanglingEnds &ends = m_dangling[id];
        if (ends.from.key() != key && ends.to.key() != key)
            continue;
        const ResourceId from = idOf(ends.from);
        const ResourceId to = idOf(ends.to);
        if (from == InvalidId || to == InvalidId)
            continue;
        m_dangling.remove(id);
        Edge &edge = m_edges.mutableAt(id);
        edge.from = from;
        edge.to = to;
        m_edgeAlive[id] = true;
        m_out.mutableAt(from).push_back(id);
        m_in.mutableAt(to).push_back(id);
        ++m_liveEdges;
        if (connected)
            connected->push_back(id);
    }
}

void Graph::removeEdge(EdgeId id)
{
    if (!containsEdge(id))
        return;
    const Edge &e = m_edges[id];
    std::erase(m_out.mutableAt(e.from), id);
    std::erase(m_in.mutableAt(e.to), id);
    m_edgeAlive[id] = false;
    --m_liveEdges;
}

ResourceId Graph::find(const QString &kind, const QString &name) const
{
    return m_index.value(Key{kind, name}, InvalidId);
}

std::vector<ResourceId> Graph::resourceIds() const
{
    std::vector<ResourceId> ids;
    ids.reserve(m_liveResources);
    for (ResourceId id = 0; id < m_resources.size(); ++id) {
        if (m_alive[id])
            ids.push_back(id);
    }
    return ids;
}

std::vector<EdgeId> Graph::edgeIds() const
{
    std::vector<EdgeId> ids;
    ids.reserve(m_liveEdges);
    for (EdgeId id = 0; id < m_edges.size(); ++id) {
        if (m_edgeAlive[id])
            ids.push_back(id);
    }
    return ids;
}

std::vector<ResourceId> Graph::predecessors(ResourceId id) const
{
    std::vector<ResourceId> result;
    for (EdgeId e : m_in[id]) {
        if (std::find(result.begin(), result.end(), m_edges[e].from) == result.end())
            result.push_back(m_edges[e].from);
    }
    return result;
}

std::vector<ResourceId> Graph::successors(ResourceId id) const
{
    std::vector<ResourceId> result;
    for (EdgeId e : m_out[id]) {
        if (std::find(result.begin(), result.end(), m_edges[e].to) == result.end())
            result.push_back(m_edges[e].to);
    }
    return result;
}

QStringList Graph::kinds() const
{
    QStringList result;
    for (ResourceId id : resourceIds()) {
        if (!result.contains(m_resources[id].kind))
            result.append(m_resources[id].kind);
    }
    return result;
}

std::vector<ResourceId> Graph::topologicalOrder() const
{
    std::vector<std::uint32_t> indegree(m_resources.size(), 0);
    for (EdgeId e = 0; e < m_edges.size(); ++e) {
        if (m_edgeAlive[e])
            ++indegree[m_edges[e].to];
    }
    std::vector<ResourceId> order;
    order.reserve(m_liveResources);
    for (ResourceId id = 0; id < m_resources.size(); ++id) {
        if (m_alive[id] && indegree[id] == 0)
            order.push_back(id);
    }
    // The output vector doubles as the queue: everything before `next` has been expanded.
    for (size_t next = 0; next < order.size(); ++next) {
        for (EdgeId e : m_out[order[next]]) {
            const ResourceId to = m_edges[e].to;
            if (--indegree[to] == 0)
                order.push_back(to);
        }
    }
    if (order.size() != size_t(m_liveResources))
        return {};
    return order;
}

std::vector<std::vector<ResourceId>> Graph::findAllCycles() const
{
    // Iterative depth-first search with three colours. Each back edge found while walking from a
    // fresh root closes a cycle; nodes already finished are never walked again, so every cycle
    // reported lies in a part of the graph no earlier report covered. Linear time, no recursion:
    // a 100,000-node chain must not overflow the stack.
    enum : std::uint8_t
    {
        White,
        Grey,
        Black
    };
    std::vector<std::uint8_t> colour(m_resources.size(), White);
    std::vector<std::vector<ResourceId>> cycles;
    struct Frame
    {
        ResourceId node;
        size_t nextEdge;
    };
    std::vector<Frame> stack;
    for (ResourceId root = 0; root < m_resources.size(); ++root) {
        if (!m_alive[root] || colour[root] != White)
            continue;
        stack.push_back({root, 0});
        colour[root] = Grey;
        while (!stack.empty()) {
            Frame &top = stack.back();
            const auto &out = m_out[top.node];
            if (top.nextEdge == out.size()) {
                colour[top.node] = Black;
                stack.pop_back();
                continue;
            }
            const ResourceId to = m_edges[out[top.nextEdge++]].to;
            if (colour[to] == White) {
                colour[to] = Grey;
                stack.push_back({to, 0});
            } else if (colour[to] == Grey) {
                std::vector<ResourceId> cycle;
                auto it = std::find_if(stack.begin(), stack.end(),
                                       [to](const Frame &f) { return f.node == to; });
                for (; it != stack.end(); ++it)
                    cycle.push_back(it->node);
                cycle.push_back(to);
                cycles.push_back(std::move(cycle));
            }
        }
    }
    return cycles;
}

std::vector<ResourceId> Graph::wouldCreateCycle(ResourceId from, ResourceId to) const
{
    if (from == to)
        return {from};
    // Breadth-first from `to`, remembering parents, until `from` is reached.
    std::vector<ResourceId> parent(m_resources.size(), InvalidId);
    std::deque<ResourceId> queue{to};
    parent[to] = to;
    while (!queue.empty()) {
        const ResourceId id = queue.front();
        queue.pop_front();
        if (id == from) {
            std::vector<ResourceId> path{from};
            for (ResourceId p = from; p != to;) {
                p = parent[p];
                path.push_back(p);
            }
            std::reverse(path.begin(), path.end());
            return path;
        }
        for (EdgeId e : m_out[id]) {
            const ResourceId next = m_edges[e].to;
            if (parent[next] == InvalidId) {
                parent[next] = id;
                queue.push_back(next);
            }
        }
    }
    return {};
}

QString Graph::describePath(const std::vector<ResourceId> &path) const
{
    QStringList parts;
    for (ResourceId id : path)
        parts.append(m_resources[id].key());
    return parts.join(QStringLiteral(" -> "));
}

} // namespace converge
