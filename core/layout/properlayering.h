#pragma once

#include <span>
#include <utility>
#include <vector>

namespace converge {

/// A layered graph made proper: every edge that spans more than one layer is split into a chain
/// through one dummy vertex per layer it crosses, so each edge of the result joins two adjacent
/// layers. Vertices 0..n-1 are the input's; dummies follow, numbered edge by edge in input order
/// and, within an edge, from the tail's side down, so the same input gives the same numbering.
///
/// Built once, then read-only: the neighbour lists (one layer up, one layer down) are packed into
/// two arrays, so the sweeps that read them touch memory in order. An input edge whose head is
/// not on a lower layer than its tail, or whose ends are out of range, takes no part in the
/// layering; its chain is its two ends (or empty when an end is out of range). So is an edge
/// whose dummies would pass a budget of a few per vertex and edge (unroutedCount()): memory stays
/// linear in the input whatever spans its edges have. Negative layers count as 0. Value type;
/// any thread; no globals.
class ProperLayering
{
public:
    ProperLayering(int vertexCount, std::span<const int> layer,
                   std::span<const std::pair<int, int>> edges);

    /// Input vertices plus dummies.
    int vertexCount() const { return int(m_layer.size()); }
    int originalCount() const { return m_originals; }
    bool isDummy(int v) const { return v >= m_originals; }
    int layerOf(int v) const { return m_layer[size_t(v)]; }
    /// Layers 0..layerCount()-1; 0 for an empty graph.
    int layerCount() const { return m_layerCount; }
    /// Neighbours of v on the layer above (resp. below), in the order their edges were made.
    std::span<const int> above(int v) const { return slice(m_aboveStart, m_aboveList, v); }
    std::span<const int> below(int v) const { return slice(m_belowStart, m_belowList, v); }
    /// The vertices input edge e passes through: tail, its dummies layer by layer, head.
    std::span<const int> chain(size_t e) const { return slice(m_chainStart, m_chainList, int(e)); }
    size_t edgeCount() const { return m_chainStart.empty() ? 0 : m_chainStart.size() - 1; }
    /// Edges left out of the layering because the dummies they need did not fit the budget
    /// (about four per vertex and edge): the longest ones, their chain just their two ends.
    size_t unroutedCount() const { return m_unrouted; }
    /// Edges between adjacent layers, dummies' included.
    size_t segmentCount() const { return m_belowList.size(); }

private:
    static std::span<const int> slice(const std::vector<int> &start, const std::vector<int> &list,
                                      int v)
    {
        return {list.data() + start[size_t(v)], size_t(start[size_t(v) + 1] - start[size_t(v)])};
    }

    int m_originals = 0;
    int m_layerCount = 0;
    size_t m_unrouted = 0;
    std::vector<int> m_layer;
    std::vector<int> m_aboveStart, m_aboveList;
    std::vector<int> m_belowStart, m_belowList;
    std::vector<int> m_chainStart, m_chainList;
};

} // namespace converge
