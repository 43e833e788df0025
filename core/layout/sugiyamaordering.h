#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace converge {

/// Converge's own layered (Sugiyama) drawing of a graph whose layers are given. It replaces
/// igraph's Sugiyama layout (igraph_layout_sugiyama) for LayeredLayout: igraph is GPL, which
/// cannot be linked with Graphviz's EPL. It returns what LayeredLayout read from igraph: the
/// extended graph (the input's vertices, then one dummy vertex per layer crossed by a longer
/// edge), each vertex's layer and position across the layer, and each input edge's chain of
/// vertices. Positions are in the caller's units (points), boxes spaced by their own widths.
///
/// The steps, each near-linear in the extended graph (ProperLayering, CrossingReduction,
/// NeighbourExchange, LayerCoordinates): split long edges at dummies, within a budget of a few
/// per vertex and edge; order the layers by barycentre sweeps down and up, starting from a
/// depth-first order, exchanging neighbours where that removes crossings and keeping the order
/// with the fewest; then place each layer, order and spacing kept, as near its neighbours as it
/// can get, and line up the bends of long edges. Deterministic: the same input gives the same
/// drawing, bit for bit (the layout cache and the tests rely on it). No Qt, no tr(), no
/// globals: any thread, also a helper process. 100,000 vertices in well under a second
/// (bench_sugiyama).
class SugiyamaOrdering
{
public:
    struct Input
    {
        int vertexCount = 0;
        /// Per vertex, its layer (>= 0); typically RankPlacement::ranks, the longest path.
        std::vector<int> layer;
        /// (tail, head) with layer[tail] < layer[head]: the caller drops edges within a layer
        /// and reverses upward ones. Any other edge is kept out of the ordering, its chain just
        /// its two ends (empty when an end is not a vertex); so is an edge Result::unrouted
        /// counts.
        std::vector<std::pair<int, int>> edges;
        /// Per vertex, its size across the layer (a box's width top to bottom); missing
        /// entries are 0. Dummy vertices have width 0.
        std::vector<double> width;
        /// Least space between two boxes of one layer; half of it next to a dummy.
        double gap = 18.0;
        /// Down-and-up rounds of crossing reduction at most (it stops early after two rounds
        /// without fewer crossings). The default was measured with bench_sugiyama: a fourth
        /// round took 0.6-0.9 % more crossings off at 10,000 and 100,000 vertices, for a third
        /// more time.
        int rounds = 3;
    };

    struct Result
    {
        /// The extended graph: vertices 0..n-1 are the input's, the rest dummies.
        int vertexCount = 0;
        /// Per extended vertex, its layer.
        std::vector<int> layer;
        /// Per extended vertex, the centre across its layer. Within a layer positions increase
        /// with the order, neighbours are at least their half widths plus the gap apart, and
        /// the leftmost side of any box is at 0.
        std::vector<double> position;
        /// Pairs of edge segments that cross between adjacent layers in the chosen order.
        std::int64_t crossings = 0;
        /// Edges whose dummies would have passed the budget (about four per vertex and edge):
        /// the longest, left out of the ordering, their chain just tail and head, drawn
        /// straight. 0 unless many edges span many layers.
        size_t unrouted = 0;

        /// The extended vertices input edge e passes through: tail, dummies one per layer in
        /// order, head.
        std::span<const int> chain(size_t e) const
        {
            return {chainVertices.data() + chainStart[e],
                    size_t(chainStart[e + 1] - chainStart[e])};
        }
        /// Chains of all edges, one after the other: edge e's is [chainStart[e],
        /// chainStart[e + 1]) of chainVertices.
        std::vector<int> chainStart;
        std::vector<int> chainVertices;
    };

    /// Lays out input. Never fails: out-of-range values are treated as documented on Input.
    static Result place(const Input &input);
};

} // namespace converge
