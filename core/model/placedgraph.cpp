#include "model/placedgraph.h"

namespace converge {

Graph PlacedGraph::merged() const
{
    Graph result = graph;
    for (const auto &[id, centre] : centres) {
        if (result.contains(id))
            result.resource(id).position = centre;
    }
    return result;
}

} // namespace converge
