#pragma once

#include "layout/graphlayout.h"
#include "layout/graphvizlayout.h"

#include <vector>

namespace converge {

/// Converge's own placement for graphs too big for every Graphviz engine: each resource in the
/// rank of its longest chain of prerequisites, ranks in rows (or columns for left to right),
/// edges as straight lines. Linear in the graph, so it bounds the time of the automatic choice
/// however big the graph is. Stateless; any thread.
class RankPlacement
{
public:
    static GraphLayout place(const GraphvizLayout::Input &input);
    /// Each resource's longest chain of prerequisites, indexed by ResourceId (up to the largest
    /// id in input); resources on a cycle, and ids not in input, have rank 0. *acyclic, when
    /// given, says whether every resource was ranked (no cycle; an edge to itself is ignored).
    static std::vector<int> ranks(const GraphvizLayout::Input &input, bool *acyclic = nullptr);
};

} // namespace converge
