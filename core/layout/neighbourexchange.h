#pragma once

#include <cstdint>
#include <vector>

namespace converge {

class ProperLayering;

/// Swaps neighbours within one layer of a proper layered graph while that removes crossings with
/// the layers on both sides (dot's "transpose"): a barycentre sorts a layer against one side only
/// and leaves pairs that a swap untangles. Even passes swap a pair only when that removes
/// crossings; odd ones also when it keeps them equal (dot's "reverse"), a sideways step that
/// lets the next pass reach swaps a strict rule never tries. Deterministic.
///
/// Each call sorts the layer's edge ends once (the adjacent layers stay put while it runs), then
/// a pass costs one merge per adjacent pair: linear in the layer's edges. Holds scratch space
/// reused across calls; one object per thread, on the graph it was made for.
class NeighbourExchange
{
public:
    explicit NeighbourExchange(const ProperLayering &graph) : m_graph(graph) {}

    /// Reorders members, one layer left to right, and updates rank (every vertex's index
    /// within its layer) for the vertices it moves.
    void run(std::vector<int> *members, std::vector<int> *rank);

private:
    /// Crossings of the edges of the vertices in slots left and right on one side, with left
    /// drawn left of right (*kept) and the other way round (*swapped).
    void count(int left, int right, bool up, std::int64_t *kept, std::int64_t *swapped) const;

    const ProperLayering &m_graph;
    /// Per slot (the member's index when run() began): sorted ranks of its neighbours above,
    /// then below, from m_start[2 * slot] (above), m_start[2 * slot + 1] (below) to the next.
    std::vector<int> m_start, m_ends;
    std::vector<int> m_slot; ///< the slot of the member now at each index
};

} // namespace converge
