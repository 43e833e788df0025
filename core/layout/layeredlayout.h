#pragma once

#include "layout/graphlayout.h"
#include "layout/graphvizlayout.h"

namespace converge {

/// A layered (Sugiyama) layout that scales to 100,000 resources: every resource in the layer of
/// its longest chain of prerequisites (RankPlacement::ranks), so every edge of an acyclic graph
/// points down (or right, left to right); the order within layers, the positions across them and
/// the bends of long edges come from SugiyamaOrdering, which spaces boxes by their real sizes so
/// that none overlaps another. Edges run through their bends as straight segments and end in
/// arrowheads on the box borders; an edge on a cycle is drawn from its real tail.
///
/// Stateless, no Graphviz, calls no tr(): it runs in the layout helper. Any thread.
class LayeredLayout
{
public:
    /// Lays out one connected piece (any piece, in fact: it never fails).
    static GraphLayout place(const GraphvizLayout::Input &input);
    /// Whether input has no cycle (a layered layout then points every edge the same way); an
    /// edge from a resource to itself does not count.
    static bool isAcyclic(const GraphvizLayout::Input &input);
};

} // namespace converge
