#pragma once

#include "model/graph.h"

#include <QPointF>

#include <utility>
#include <vector>

namespace converge {

/// A graph to save and the centres its picture shows, taken together on the GUI thread and
/// merged on the worker that writes them. Taking them costs a copy of the graph, which shares
/// its storage, and a list of points; writing 100,000 positions into that copy would copy all of
/// its resources, and takes as long as copying a graph did.
struct PlacedGraph
{
    Graph graph;
    /// Every resource's centre, to be saved as its position; empty to keep the graph's own.
    std::vector<std::pair<ResourceId, QPointF>> centres;

    /// The graph with the centres written in.
    Graph merged() const;
};

} // namespace converge
