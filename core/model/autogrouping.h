#pragma once

#include "model/resource.h"

#include <QString>

#include <optional>
#include <vector>

namespace converge {

class Graph;

/// Which resources mgmt's autogroup would merge into one, computed the way mgmt's engine does
/// it (engine/graph/autogroup: the NonReachabilityGrouper over the wrapped grouper), for the
/// view to show; Converge itself never merges resources at run time.
///
/// mgmt merges only groupable kinds whose GroupCmp agrees: of the kinds Converge knows, only
/// noop (file's GroupCmp is not implemented). A resource with `meta: autogroup: false` never
/// groups. Candidates are visited in mgmt's order (kind, then name, both descending); each one
/// not yet merged takes in every later-or-earlier candidate that has no group of its own and
/// that neither reaches it nor is reached by it in the graph as merged so far.
///
/// A plain function of the graph: any thread may call it on a graph no one is changing.
class AutoGrouping
{
public:
    /// One merged group: the resource mgmt keeps and those merged into it.
    struct Group
    {
        ResourceId parent = InvalidId;
        std::vector<ResourceId> members; ///< the parent first, then in merge order
    };

    /// The groups of two or more resources, or nothing when working them out would take more
    /// than maxSteps graph steps (reachability is checked for each candidate parent, so a large
    /// graph of noops that depend on each other in a chain costs its size squared).
    static std::optional<std::vector<Group>> compute(const Graph &graph, qint64 maxSteps);

    /// Whether mgmt could merge this resource at all: a groupable kind, autogroup not off.
    static bool isCandidate(const Resource &resource);
};

} // namespace converge
