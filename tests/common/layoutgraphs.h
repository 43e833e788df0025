#pragma once

// Graphs of the shapes the layout tests need, built in memory (no file, no reader).

#include "model/graph.h"

#include <QRandomGenerator>

namespace converge::testing {

/// Layers of width noop resources, each depending on one or two of the layer above, random but
/// the same for the same arguments. With variedNames, names (and so boxes) differ in length.
inline Graph layeredDag(int resources, int width, bool variedNames = false)
{
    QRandomGenerator random{quint32(resources)};
    Graph graph;
    for (int i = 0; i < resources; ++i) {
        Resource resource;
        resource.kind = QStringLiteral("noop");
        resource.name = QStringLiteral("n%1").arg(i);
        if (variedNames)
            resource.name += QString(int(random.bounded(20)), u'x');
        const ResourceId id = graph.addResource(std::move(resource));
        const int layer = i / width;
        for (int p = layer == 0 ? 0 : 1 + int(random.bounded(2)); p > 0; --p) {
            Edge edge;
            edge.from = ResourceId((layer - 1) * width + int(random.bounded(width)));
            edge.to = id;
            graph.addEdge(edge);
        }
    }
    return graph;
}

/// count chains of length noop resources (c0n0 -> c0n1 -> ...), then isolated resources.
inline Graph chains(int count, int length, int isolated = 0)
{
    Graph graph;
    for (int c = 0; c < count; ++c) {
        ResourceId previous = InvalidId;
        for (int i = 0; i < length; ++i) {
            Resource resource;
            resource.kind = QStringLiteral("noop");
            resource.name = QStringLiteral("c%1n%2").arg(c).arg(i);
            const ResourceId id = graph.addResource(std::move(resource));
            if (previous != InvalidId) {
                Edge edge;
                edge.from = previous;
                edge.to = id;
                graph.addEdge(edge);
            }
            previous = id;
        }
    }
    for (int i = 0; i < isolated; ++i) {
        Resource resource;
        resource.kind = QStringLiteral("noop");
        resource.name = QStringLiteral("alone%1").arg(i);
        graph.addResource(std::move(resource));
    }
    return graph;
}

} // namespace converge::testing
