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
/// It is made again in one pass, on the first query after the sketch's geometry changed: that
/// costs a few milliseconds at 100,000 resources, where filing every item as it moved made
/// opening a graph twice as slow (each node and edge is placed several times on the way). An
/// edge over many cells is kept in one list every query checks instead. GUI thread only.
class SketchGrid
{
public:
    /// The ids of the shown nodes and edges of sketch whose bounds meet area (scene
    /// coordinates), each once, in id order within each cell.
    void find(const SceneSketch &sketch, const QRectF &area, std::vector<ResourceId> &nodes,
              std::vector<EdgeId> &edges);

private:
    /// A rectangle of cells, both ends included.
    struct Span
    {
        int left, top, right, bottom;
    };
    Span spanOf(float left, float top, float right, float bottom) const;
    void build(const SceneSketch &sketch);
    /// Fills start and ids with every mark by the cells it spans (CSR layout); a mark over
    /// more than WideCells cells goes to wide instead, when given.
    template <typename Marks>
    void file(const Marks &marks, std::vector<std::uint32_t> &start,
              std::vector<std::uint32_t> &ids, std::vector<EdgeId> *wide);

    std::uint64_t m_version = ~std::uint64_t(0);
    float m_left = 0;
    float m_top = 0;
    float m_cell = 1;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<std::uint32_t> m_nodeStart; ///< per cell, where its node ids begin in m_nodeIds
    std::vector<std::uint32_t> m_nodeIds;
    std::vector<std::uint32_t> m_edgeStart;
    std::vector<std::uint32_t> m_edgeIds;
    std::vector<EdgeId> m_wideEdges; ///< edges over more than WideCells cells
};

} // namespace converge
