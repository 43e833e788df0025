#include "model/autogrouping.h"

#include "model/graph.h"
#include "model/metaparams.h"

#include <algorithm>
#include <deque>

namespace converge {

namespace {

/// Reachability in the graph as merged so far: reaching any member of a group reaches all of
/// them, since mgmt moves a merged resource's edges onto the resource it was merged into.
class MergedGraph
{
public:
    MergedGraph(const Graph &graph, qint64 maxSteps)
        : m_graph(graph), m_groupOf(graph.resourceCapacity(), -1), m_budget(maxSteps)
    {}

    int groupOf(ResourceId id) const { return m_groupOf[id]; }
    const std::vector<ResourceId> &group(int g) const { return m_groups[g]; }
    int newGroup(ResourceId parent)
    {
        m_groups.push_back({parent});
        m_groupOf[parent] = int(m_groups.size()) - 1;
        return int(m_groups.size()) - 1;
    }
    void join(int g, ResourceId id)
    {
        m_groups[g].push_back(id);
        m_groupOf[id] = g;
    }
    bool overBudget() const { return m_budget < 0; }
    void spend(qint64 steps) { m_budget -= steps; }

    /// Marks in seen what start reaches (forward) or what reaches it (backward), start's group
    /// included; nodes already marked are not walked again, so a set can grow by later starts.
    void walk(ResourceId start, bool forward, std::vector<bool> &seen)
    {
        std::deque<ResourceId> queue;
        const auto visit = [&](ResourceId id) {
            const int g = m_groupOf[id];
            if (g < 0) {
                if (!seen[id]) {
                    seen[id] = true;
                    queue.push_back(id);
                }
                return;
            }
            for (ResourceId member : m_groups[g]) {
                if (!seen[member]) {
                    seen[member] = true;
                    queue.push_back(member);
                }
            }
        };
        visit(start);
        while (!queue.empty() && m_budget >= 0) {
            const ResourceId id = queue.front();
            queue.pop_front();
            const std::vector<EdgeId> &edges = forward ? m_graph.outEdges(id) : m_graph.inEdges(id);
            m_budget -= qint64(edges.size()) + 1;
            for (EdgeId e : edges) {
                const Edge &edge = m_graph.edge(e);
                visit(forward ? edge.to : edge.from);
            }
        }
    }

private:
    const Graph &m_graph;
    std::vector<int> m_groupOf;
    std::vector<std::vector<ResourceId>> m_groups;
    qint64 m_budget;
};

} // namespace

bool AutoGrouping::isCandidate(const Resource &resource)
{
    return resource.kind == u"noop" && MetaParams::parse(resource.meta).autoGroup;
}

std::optional<std::vector<AutoGrouping::Group>> AutoGrouping::compute(const Graph &graph,
                                                                      qint64 maxSteps)
{
    std::vector<ResourceId> order;
    for (ResourceId id : graph.resourceIds()) {
        if (isCandidate(graph.resource(id)))
            order.push_back(id);
    }
    // mgmt's RHVSort: all candidates share the kind, so names in reverse order.
    std::sort(order.begin(), order.end(), [&graph](ResourceId a, ResourceId b) {
        return graph.resource(a).name > graph.resource(b).name;
    });
    MergedGraph merged(graph, maxSteps);
    std::vector<bool> merges(graph.resourceCapacity(), false); ///< merged into another
    const auto eligible = [&](ResourceId w, ResourceId v) {
        // mgmt refuses a resource already merged away and one that has a group of its own.
        return w != v && !merges[w] && merged.groupOf(w) < 0;
    };
    // Candidates that could still be merged into another: neither merged nor holding a group.
    qint64 free = qint64(order.size());
    for (ResourceId v : order) {
        if (merges[v])
            continue;
        if (free - (merged.groupOf(v) < 0 ? 1 : 0) == 0)
            break; // every later parent would find nobody either
        std::vector<bool> below(graph.resourceCapacity(), false);
        std::vector<bool> above(graph.resourceCapacity(), false);
        merged.walk(v, true, below);
        merged.walk(v, false, above);
        int group = merged.groupOf(v);
        merged.spend(qint64(order.size()));
        for (ResourceId w : order) {
            if (merged.overBudget())
                return std::nullopt;
            if (!eligible(w, v) || below[w] || above[w])
                continue;
            if (group < 0) {
                group = merged.newGroup(v);
                --free;
            }
            merged.join(group, w);
            --free;
            merges[w] = true;
            merged.walk(w, true, below);
            merged.walk(w, false, above);
        }
        if (merged.overBudget())
            return std::nullopt;
    }
    std::vector<Group> groups;
    for (ResourceId v : order) {
        const int g = merged.groupOf(v);
        if (g >= 0 && merged.group(g).front() == v)
            groups.push_back({v, merged.group(g)});
    }
    return groups;
}

} // namespace converge
