#pragma once

#include "model/resource.h"

#include <functional>
#include <utility>
#include <vector>

namespace converge {

class Graph;

/// What swapping a running graph for a new one means per resource, as mgmt's graph swap
/// decides it (engine/graph: GraphCmp with VertexCmpFn and EdgeCmpFn): a resource is the same
/// when kind, name, parameters and meta parameters compare equal; positions, comments and
/// the order keys are written in do not count.
///
/// Watch mode keeps the watches and state of `unchanged` resources, stops `removed` ones,
/// starts `added` ones and restarts `changed` ones. A pure value: any thread may compute one.
struct GraphDiff
{
    /// (id in the old graph, id in the new graph) of a resource that keeps running.
    std::vector<std::pair<ResourceId, ResourceId>> unchanged;
    /// (old id, new id) of a resource whose parameters or meta changed: stop, then start anew.
    std::vector<std::pair<ResourceId, ResourceId>> changed;
    std::vector<ResourceId> removed; ///< ids in the old graph
    std::vector<ResourceId> added;   ///< ids in the new graph
    /// The edges differ (endpoints by kind/name, or notify): the order of dependents changes
    /// even where every resource is unchanged.
    bool edgesChanged = false;

    /// True when nothing at all differs: the swap is a no-op.
    bool isEmpty() const
    {
        return changed.empty() && removed.empty() && added.empty() && !edgesChanged;
    }

    /// Compares `before` with `after`. `watchFailed(oldId)` says whether that resource's watch
    /// has failed for good; such a resource with meta `rewatch: true` counts as changed, so its
    /// watch starts again (mgmt's rewatch). Without the callback no watch has failed.
    static GraphDiff compute(const Graph &before, const Graph &after,
                             const std::function<bool(ResourceId)> &watchFailed = {});
};

} // namespace converge
