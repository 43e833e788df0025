#include "engine/rungraph.h"

#include "engine/autoedges.h"
#include "model/graph.h"

#include <algorithm>

namespace converge {

RunGraph::RunGraph(const Graph &graph, const std::vector<bool> &inRun)
    : m_inRun(graph.resourceCapacity(), 0)
{
    const std::uint32_t capacity = graph.resourceCapacity();
    for (ResourceId id = 0; id < capacity; ++id) {
        m_inRun[id] = graph.contains(id) && (inRun.empty() || (id < inRun.size() && inRun[id]));
        m_size += m_inRun[id];
    }

    // One pass over the Graph's (large) edge records, keeping only the two ends; then a
    // counting sort by source, stable, so dependents come out in the order the file lists
    // the edges.
    struct Ends
    {
        ResourceId from, to;
    };
    std::vector<Ends> ends;
    ends.reserve(graph.edgeCount());
    m_firstOut.assign(capacity + 1, 0);
    m_prerequisites.assign(capacity, 0);
    const auto add = [&](ResourceId from, ResourceId to) {
        if (m_inRun[from] && m_inRun[to]) {
            ends.push_back({from, to});
            ++m_firstOut[from + 1];
            ++m_prerequisites[to];
        }
    };
    for (EdgeId e = 0; e < graph.edgeCapacity(); ++e) {
        if (graph.containsEdge(e))
            add(graph.edge(e).from, graph.edge(e).to);
    }
    for (const AutoEdges::Pair &pair : AutoEdges::find(graph))
        add(pair.from, pair.to);
    for (ResourceId id = 0; id < capacity; ++id)
        m_firstOut[id + 1] += m_firstOut[id];
    m_out.resize(ends.size());
    std::vector<std::uint32_t> fill(m_firstOut.begin(), m_firstOut.end() - 1);
    for (const Ends &e : ends)
        m_out[fill[e.from]++] = e.to;

    for (ResourceId id = 0; id < capacity; ++id) {
        if (m_inRun[id] && m_prerequisites[id] == 0)
            m_roots.push_back(id);
    }
    // Kahn's algorithm; the order vector doubles as its queue.
    std::vector<std::uint32_t> waiting(m_prerequisites);
    m_order = m_roots;
    m_order.reserve(m_size);
    for (size_t next = 0; next < m_order.size(); ++next) {
        for (ResourceId to : dependents(m_order[next])) {
            if (--waiting[to] == 0)
                m_order.push_back(to);
        }
    }
}

std::vector<ResourceId> RunGraph::withPrerequisites(const std::vector<ResourceId> &ids) const
{
    // Backwards over the topological order: a resource is needed when one of its dependents
    // is, so each edge is looked at once.
    std::vector<std::uint8_t> needed(capacity(), 0);
    for (ResourceId id : ids) {
        if (inRun(id))
            needed[id] = 1;
    }
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        for (ResourceId to : dependents(*it)) {
            if (needed[to]) {
                needed[*it] = 1;
                break;
            }
        }
    }
    std::vector<ResourceId> result;
    for (ResourceId id = 0; id < capacity(); ++id) {
        if (needed[id])
            result.push_back(id);
    }
    return result;
}

RunGraph::CriticalPath RunGraph::criticalPath(const std::vector<double> &durations) const
{
    // Forward over the topological order: a resource's earliest start is the latest finish
    // of its prerequisites, pushed to it along its out-edges.
    std::vector<double> start(capacity(), 0);
    std::vector<ResourceId> via(capacity(), InvalidId);
    CriticalPath best;
    ResourceId end = InvalidId;
    for (ResourceId id : m_order) {
        const double finish = start[id] + (id < durations.size() ? durations[id] : 0.0);
        if (end == InvalidId || finish > best.length) {
            best.length = finish;
            end = id;
        }
        for (ResourceId to : dependents(id)) {
            if (via[to] == InvalidId || finish > start[to]) {
                start[to] = finish;
                via[to] = id;
            }
        }
    }
    for (ResourceId id = end; id != InvalidId; id = via[id])
        best.path.push_back(id);
    std::reverse(best.path.begin(), best.path.end());
    return best;
}

} // namespace converge
