#pragma once

// Small graphs drawn by hand for scene suites: noop boxes at given centres, straight edges.

#include "layout/graphlayout.h"
#include "model/graph.h"

#include <QPointF>
#include <QString>

#include <algorithm>

namespace converge::testing {

/// Adds a noop resource named name to graph, drawn in layout as a 120 x 36 box at centre.
inline ResourceId addPlacedNoop(Graph &graph, GraphLayout &layout, const QString &name,
                                QPointF centre)
{
    Resource r;
    r.kind = u"noop"_qs;
    r.name = name;
    const ResourceId id = graph.addResource(std::move(r));
    layout.nodes.push_back({id, centre, {120, 36}});
    return id;
}

/// Adds the edge from -> to named name to graph, drawn in layout straight between the centres
/// of its ends (which layout must already hold).
inline EdgeId addStraightEdge(Graph &graph, GraphLayout &layout, ResourceId from, ResourceId to,
                              const QString &name)
{
    const auto centre = [&layout](ResourceId id) {
        return std::find_if(layout.nodes.begin(), layout.nodes.end(),
                            [id](const GraphLayout::Node &n) { return n.id == id; })
            ->centre;
    };
    Edge edge;
    edge.name = name;
    edge.from = from;
    edge.to = to;
    GraphLayout::Edge geometry;
    geometry.id = graph.addEdge(edge);
    geometry.lineTo(centre(from));
    geometry.lineTo(centre(to));
    layout.edges.push_back(geometry);
    return geometry.id;
}

} // namespace converge::testing
