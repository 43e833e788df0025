#pragma once

#include "model/resource.h"

#include <vector>

namespace converge {

class Graph;

/// The edges mgmt adds on its own (its `autoedge` meta parameter, on by default): a file
/// resource depends on the file resource that manages its nearest parent directory, so
/// `/tmp/app/` is created before `/tmp/app/config` is written, with no edge in the file.
///
/// A graph that relies on them runs in the same order here as under mgmt. Only file-to-
/// directory edges are derived; mgmt's other kinds with automatic edges (pkg, svc, user)
/// cannot run here anyway. An edge already in the graph is not repeated.
class AutoEdges
{
public:
    struct Pair
    {
        ResourceId from; ///< the directory
        ResourceId to;   ///< the file or directory inside it
    };

    /// Every automatic edge of the graph, in resource order.
    static std::vector<Pair> find(const Graph &graph);
};

} // namespace converge
