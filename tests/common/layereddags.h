#pragma once

// Layered random DAGs as SugiyamaOrdering's input, for its tests and bench_sugiyama.

#include "layout/sugiyamaordering.h"

#include <QRandomGenerator>

#include <algorithm>

namespace converge::testing {

/// vertices in layers of width (vertex i on layer i / width), each below the first depending on
/// one vertex of the layer just above and, half the time, on a second one up to span layers
/// above (span 1: the shape of eb3db79's bench_layered DAGs; larger spans make long edges).
/// Layers are longest paths, as RankPlacement::ranks gives them. Boxes are boxWidth wide, or,
/// with varied, between 40 and 200 points. Random but the same for the same arguments.
inline SugiyamaOrdering::Input layeredDag(int vertices, int width, int span = 1,
                                          double boxWidth = 60, bool varied = false)
{
    QRandomGenerator random{quint32(vertices) * 31u + quint32(width) * 7u + quint32(span)};
    SugiyamaOrdering::Input input;
    input.vertexCount = vertices;
    input.layer.resize(size_t(vertices));
    input.width.resize(size_t(vertices));
    for (int v = 0; v < vertices; ++v) {
        const int layer = v / width;
        input.layer[size_t(v)] = layer;
        input.width[size_t(v)] = varied ? 40 + random.bounded(161) : boxWidth;
        if (layer == 0)
            continue;
        input.edges.emplace_back((layer - 1) * width + int(random.bounded(width)), v);
        if (random.bounded(2) == 0) {
            const int from = layer - 1 - int(random.bounded(std::min(span, layer)));
            const int tail = from * width + int(random.bounded(width));
            if (input.edges.back().first != tail) // mgmt keeps a repeated edge once
                input.edges.emplace_back(tail, v);
        }
    }
    return input;
}

} // namespace converge::testing
