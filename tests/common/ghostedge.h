#pragma once

// A graph file with an edge to a resource it does not have, for the suites that follow such an
// edge through the model, the splicer and the window.

namespace converge::testing {

/// exec/a and the edge toGhost from it to exec/ghost, which is missing (its `to:` map is at
/// 10:7), with a comment above the edge.
inline constexpr char GhostEdgeYaml[] = "graph: g\n"
                                        "resources:\n"
                                        "  exec:\n"
                                        "  - name: a\n"
                                        "    cmd: \"true\"\n"
                                        "edges:\n"
                                        "# ghost is written later\n"
                                        "- name: toGhost\n"
                                        "  from: {kind: exec, name: a}\n"
                                        "  to: {kind: exec, name: ghost}\n";

} // namespace converge::testing
