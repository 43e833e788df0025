#pragma once

#include <cstdint>
#include <vector>

namespace converge {

class ProperLayering;

/// The order of the vertices within each layer of a proper layered graph, chosen to reduce edge
/// crossings: a depth-first first order (vertices reached from one parent start next to each
/// other), then sweeps down and up the layers that sort each layer by the barycentre of its
/// neighbours on the layer just placed and then exchange neighbours (NeighbourExchange, on
/// layers of up to 2,000), keeping the best order seen. Each sweep costs O(V log V + E log V)
/// over the proper graph (sorting, and counting crossings with a Fenwick tree). Ties keep the
/// previous order, so the same graph always gets the same order.
///
/// Stateless; any thread; reads the graph only.
class CrossingReduction
{
public:
    /// Vertices of each layer, left to right.
    using Order = std::vector<std::vector<int>>;

    /// The best order found in at most rounds down-and-up sweeps; its crossings in *crossings
    /// when given. rounds 0 gives the depth-first order.
    static Order order(const ProperLayering &graph, int rounds, std::int64_t *crossings = nullptr);
    /// Pairs of edges that cross when graph is drawn in order, summed over adjacent layers.
    static std::int64_t crossings(const ProperLayering &graph, const Order &order);
};

} // namespace converge
