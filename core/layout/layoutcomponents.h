#pragma once

#include "layout/graphlayout.h"
#include "layout/graphvizlayout.h"

#include <vector>

namespace converge {

/// Lays a graph out one weakly connected component at a time and packs the pieces in rows.
///
/// Graphviz's engines cost more than linearly in the nodes they see, and the force-directed ones
/// spend most of it pushing unrelated pieces apart (sfdp: 4,001 isolated resources 84 s). Laid
/// out alone, each component costs what its own size costs, a resource without edges costs
/// nothing (it is placed, not laid out), and the engine is chosen for each piece by its size.
/// Stateless; any thread (the Graphviz calls take GraphvizLayout's lock).
class LayoutComponents
{
public:
    /// The components of input, each a complete Input with input's options, in the order of
    /// their first node; the resources without any edge come last, together, as one Input
    /// without edges.
    static std::vector<GraphvizLayout::Input> split(const GraphvizLayout::Input &input);
    /// The layouts of the pieces side by side in rows (top to bottom) or stacked in columns
    /// (left to right), wrapped so that many pieces stay roughly square, each shifted so that
    /// none overlaps another; bounds start at (0, 0).
    static GraphLayout pack(std::vector<GraphLayout> parts, LayoutDirection direction);
    /// A row-by-row grid of input's nodes, for resources without edges (no Graphviz call).
    static GraphLayout grid(const GraphvizLayout::Input &input);
};

} // namespace converge
