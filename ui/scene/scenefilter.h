#pragma once

#include <vector>

namespace converge {

class Graph;
class GraphScene;

/// Shows only some of a scene's nodes: those a filter passed, with the edges between them.
///
/// Items are hidden, never removed, so states, positions and the undo history are untouched and
/// showing all again is instant. Only items whose visibility changes are touched. GUI thread
/// only; graph must be the graph the scene shows.
class SceneFilter
{
public:
    /// Shows the nodes whose entry in shown is true and hides the rest (ids past its end
    /// included), and each edge only when both its ends show. Returns how many nodes show.
    static int apply(GraphScene &scene, const Graph &graph, const std::vector<bool> &shown);
    /// Shows every node and edge again.
    static void showAll(GraphScene &scene, const Graph &graph);
};

} // namespace converge
