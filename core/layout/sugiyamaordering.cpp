#include "layout/sugiyamaordering.h"

#include "layout/crossingreduction.h"
#include "layout/layercoordinates.h"
#include "layout/properlayering.h"

#include <algorithm>

namespace converge {

SugiyamaOrdering::Result SugiyamaOrdering::place(const Input &input)
{
    const ProperLayering graph(input.vertexCount, input.layer, input.edges);
    Result result;
    result.vertexCount = graph.vertexCount();
    result.unrouted = graph.unroutedCount();
    const CrossingReduction::Order order =
        CrossingReduction::order(graph, input.rounds, &result.crossings);

    std::vector<double> width(size_t(graph.vertexCount()), 0.0);
    for (size_t v = 0; v < size_t(graph.originalCount()) && v < input.width.size(); ++v)
        width[v] = std::max(0.0, input.width[v]);
    result.position = LayerCoordinates::place(graph, order, width, std::max(0.0, input.gap));

    result.layer.resize(size_t(graph.vertexCount()));
    for (int v = 0; v < graph.vertexCount(); ++v)
        result.layer[size_t(v)] = graph.layerOf(v);
    result.chainStart.reserve(graph.edgeCount() + 1);
    result.chainStart.push_back(0);
    for (size_t e = 0; e < graph.edgeCount(); ++e) {
        const std::span<const int> chain = graph.chain(e);
        result.chainVertices.insert(result.chainVertices.end(), chain.begin(), chain.end());
        result.chainStart.push_back(int(result.chainVertices.size()));
    }
    return result;
}

} // namespace converge
