#pragma once

#include "model/resource.h"
#include "model/resourcestate.h"

#include <QString>

#include <optional>
#include <vector>

namespace converge {

class Graph;
class NameIndex;

/// Which resources a large graph's view shows: a kind, a state, part of a name, and the
/// neighbourhood of some resources. Every criterion that is set must hold; an empty filter
/// passes everything. A plain value: any thread may use it on a graph no one is changing.
struct ResourceFilter
{
    QString kind;                       ///< exactly this kind; empty: any
    std::optional<ResourceState> state; ///< in this state; none: any
    QString name;                       ///< the name contains this, ignoring case; empty: any
    std::vector<ResourceId> focus;      ///< within depth steps of one of these; empty: anywhere
    int depth = 1;                      ///< steps up (prerequisites) and down (dependents)

    bool isEmpty() const { return kind.isEmpty() && !state && name.isEmpty() && focus.empty(); }

    /// Whether each resource passes, indexed by ResourceId (false for dead ids). states is
    /// indexed by ResourceId too; a resource past its end counts as pending. names, when given,
    /// must have been built from graph as it is: the name criterion is then one scan of it
    /// instead of a comparison per resource.
    std::vector<bool> matches(const Graph &graph, const std::vector<ResourceState> &states,
                              const NameIndex *names = nullptr) const;

    /// The resources within depth steps of seeds, following edges both ways, seeds included;
    /// indexed by ResourceId.
    static std::vector<bool> neighbourhood(const Graph &graph, const std::vector<ResourceId> &seeds,
                                           int depth);

    /// "Failed and their neighbours": every failed resource and those one step from one.
    static ResourceFilter failedAndNeighbours(const Graph &graph,
                                              const std::vector<ResourceState> &states);
};

} // namespace converge
