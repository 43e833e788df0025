#pragma once

#include "layout/crossingreduction.h"

#include <span>
#include <vector>

namespace converge {

class ProperLayering;

/// Positions across the layers for an ordered proper layered graph: order kept, neighbours in a
/// layer never closer than their half widths plus the gap (half the gap next to a dummy, which
/// is a bend of an edge, not a box), and each vertex pulled towards its neighbours on the
/// adjacent layers so that edges are short and long edges (chains of dummies, pulled hardest)
/// run straight.
///
/// Each pass fixes one layer at a time, sweeping down or up: every vertex of the layer wants the
/// mean position of its neighbours on the layer before it, and the layer takes the positions
/// closest to those wishes (weighted least squares) that keep its order and spacing, found
/// exactly in linear time by pooling adjacent violators (isotonic regression on positions minus
/// the layer's cumulative spacing). A pass is linear in the proper graph. Passes alternate down
/// and up a fixed number of times, a last one listens to both sides, and then each long edge's
/// bends are lined up in one column where the gaps beside them leave room.
///
/// Stateless; any thread; reads its inputs only.
class LayerCoordinates
{
public:
    /// The centre of every vertex of graph across its layer, the leftmost box's left side at 0.
    /// width has one entry per vertex of graph (dummies' are usually 0); gap >= 0.
    static std::vector<double> place(const ProperLayering &graph,
                                     const CrossingReduction::Order &order,
                                     std::span<const double> width, double gap);
};

} // namespace converge
