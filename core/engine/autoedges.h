#pragma once

#include "model/resource.h"

#include <vector>

namespace converge {

class Graph;

/// The edges mgmt adds on its own (engine/graph/autoedge): each resource names the file paths
/// it needs, and a file resource that manages exactly that path becomes its prerequisite, with
/// no edge written in the graph's file.
///
/// What each kind asks for, as mgmt's AutoEdges() methods do:
/// - file: every path in `fragments` (each one that a file resource manages), then its parent
///   directories from the nearest up, stopping at the first one managed (`/tmp/app/` before
///   `/tmp/app/config`);
/// - exec: the program of each of its commands: `shell` when set, else the first word of `cmd`
///   (the name when there is no cmd), and likewise `watchshell`/`watchcmd`,
///   `ifshell`/`ifcmd`, `nifshell`/`nifcmd` and `doneshell`/`donecmd`.
/// Paths match exactly, as mgmt compares them (a directory is written with its trailing
/// slash). A resource with `meta: autoedge: false` neither gets automatic edges nor serves as
/// one's prerequisite (mgmt leaves it out of the matching entirely). An edge already in the
/// graph, or found twice, is given once. Pure; any thread.
class AutoEdges
{
public:
    struct Pair
    {
        ResourceId from; ///< the file resource that manages the path
        ResourceId to;   ///< the resource that needs it
    };

    /// Every automatic edge of the graph, in resource order.
    static std::vector<Pair> find(const Graph &graph);
};

} // namespace converge
