#pragma once

#include "model/resource.h"

#include <QRectF>

#include <cstdint>
#include <vector>

namespace converge {

class SceneSketch;

/// A uniform grid over the node boxes and edge bounds of a SceneSketch, so a close view finds
/// the few hundred items it shows without testing 250,000.
///
/// It is made in one pass on the first query after many marks moved (20 ms at 100,000
/// resources; filing every item as it moved made opening a graph twice as slow, each node and
/// edge being placed several times on the way). After a few moved, as in a drag, a query finds
/// them by comparing every mark's bounds with those it was filed under (about a millisecond)
/// and tests the moved ones one by one. An edge over many cells is kept in one list every
/// query checks. GUI thread only.
class SketchGrid
{
public:
    /// The ids of the shown nodes and edges of sketch whose bounds meet area (scene
    /// coordinates), each once, in id order within each cell.
    void find(const SceneSketch &sketch, const QRectF &area, std::vector<ResourceId> &nodes,
              std::vector<EdgeId> &edges);

    /// A mark's bounds, scene coordinates.
    struct Bounds
    {
        float left, top, right, bottom;
        bool operator==(const Bounds &) const = default;
    };

private:
    /// A rectangle of cells, both ends included.
    struct Span
    {
        int left, top, right, bottom;
    };
    /// One kind of mark (nodes or edges) as filed: cells in compressed rows, and the marks
    /// that moved since, which every query tests one by one instead of by their old cells.
    struct Filed
    {
        std::vector<std::uint32_t> start; ///< per cell, where its ids begin in ids
        std::vector<std::uint32_t> ids;
        std::vector<Bounds> bounds; ///< each mark's bounds when filed
        std::vector<bool> moved;    ///< by id: in movedIds, its cells out of date
        std::vector<std::uint32_t> movedIds;
        std::vector<std::uint32_t> wide; ///< marks over more than WideCells cells (edges)
    };
    Span spanOf(const Bounds &b) const;
    void build(const SceneSketch &sketch);
    /// Files every mark by the cells it spans; a mark over more than WideCells cells goes to
    /// filed.wide instead, when wideAllowed.
    template <typename Marks> void file(const Marks &marks, Filed &filed, bool wideAllowed);
    /// Takes the marks whose bounds changed since they were filed as moved; false when too
    /// many did for that to pay, and the grid must be built again.
    template <typename Marks> static bool takeMoved(const Marks &marks, Filed &filed);
    template <typename Marks, typename Id>
    void scan(const Marks &marks, const Filed &filed, const QRectF &area,
              std::vector<Id> &found) const;

    std::uint64_t m_version = ~std::uint64_t(0);
    float m_left = 0;
    float m_top = 0;
    float m_cell = 1;
    int m_columns = 0;
    int m_rows = 0;
    Filed m_nodes;
    Filed m_edges;
};

} // namespace converge
