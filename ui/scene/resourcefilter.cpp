#include "scene/resourcefilter.h"

#include "model/graph.h"
#include "model/nameindex.h"

namespace converge {

std::vector<bool> ResourceFilter::neighbourhood(const Graph &graph,
                                                const std::vector<ResourceId> &seeds, int depth)
{
    std::vector<bool> reached(graph.resourceCapacity(), false);
    std::vector<ResourceId> frontier;
    for (ResourceId id : seeds) {
        if (graph.contains(id) && !reached[id]) {
            reached[id] = true;
            frontier.push_back(id);
        }
    }
    // Breadth first, one ring per step, so each resource and edge is looked at once per step.
    for (int step = 0; step < depth && !frontier.empty(); ++step) {
        std::vector<ResourceId> next;
        const auto visit = [&](ResourceId id) {
            if (!reached[id]) {
                reached[id] = true;
                next.push_back(id);
            }
        };
        for (ResourceId id : frontier) {
            for (EdgeId e : graph.outEdges(id))
                visit(graph.edge(e).to);
            for (EdgeId e : graph.inEdges(id))
                visit(graph.edge(e).from);
        }
        frontier = std::move(next);
    }
    return reached;
}

std::vector<bool> ResourceFilter::matches(const Graph &graph,
                                          const std::vector<ResourceState> &states,
                                          const NameIndex *names) const
{
    std::vector<bool> result = focus.empty() ? std::vector<bool>(graph.resourceCapacity(), true)
                                             : neighbourhood(graph, focus, depth);
    const bool byIndex = names && !name.isEmpty();
    if (byIndex) {
        std::vector<bool> named(graph.resourceCapacity(), false);
        for (ResourceId id : names->find(name, NameIndex::Part::Name))
            named[id] = true;
        for (ResourceId id = 0; id < result.size(); ++id)
            result[id] = result[id] && named[id];
    }
    for (ResourceId id = 0; id < graph.resourceCapacity(); ++id) {
        if (!result[id])
            continue;
        if (!graph.contains(id)) {
            result[id] = false;
            continue;
        }
        const Resource &resource = graph.resource(id);
        const ResourceState current = id < states.size() ? states[id] : ResourceState::Pending;
        result[id] =
            (kind.isEmpty() || resource.kind == kind) && (!state || current == *state) &&
            (name.isEmpty() || byIndex || resource.name.contains(name, Qt::CaseInsensitive));
    }
    return result;
}

ResourceFilter ResourceFilter::failedAndNeighbours(const Graph &graph,
                                                   const std::vector<ResourceState> &states)
{
    ResourceFilter filter;
    for (ResourceId id = 0; id < states.size() && id < graph.resourceCapacity(); ++id) {
        if (graph.contains(id) && states[id] == ResourceState::Failed)
            filter.focus.push_back(id);
    }
    filter.depth = 1;
    return filter;
}

} // namespace converge
