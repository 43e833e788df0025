#pragma once

// Graphs the layout benchmarks share, built in memory (no file, no reader).

#include "model/graph.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace converge::bench {

/// resources resources of kind, named kind + index, random but the same for the same seed.
/// layered: layers of sqrt(resources), each resource depending on one or two of the layer above
/// (like most real graphs); else on one or two earlier resources (long edges, dot's worst case).
inline Graph randomDag(int resources, bool layered, quint32 seed,
                       const QString &kind = QStringLiteral("exec"))
{
    QRandomGenerator random(seed);
    const int width = std::max(1, int(std::sqrt(resources)));
    Graph graph;
    for (int i = 0; i < resources; ++i) {
        Resource resource;
        resource.kind = kind;
        resource.name = kind + QString::number(i);
        const ResourceId id = graph.addResource(std::move(resource));
        const int layer = i / width;
        if (layered ? layer == 0 : i == 0)
            continue;
        for (int p = 1 + int(random.bounded(2)); p > 0; --p) {
            Edge edge;
            edge.from = layered ? ResourceId((layer - 1) * width + int(random.bounded(width)))
                                : ResourceId(random.bounded(i));
            edge.to = id;
            graph.addEdge(edge);
        }
    }
    return graph;
}

} // namespace converge::bench
