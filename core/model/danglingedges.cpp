#include "model/danglingedges.h"

#include "model/graph.h"

namespace converge {

void DanglingEdges::report(const Graph &graph, EdgeId id, const QString &file,
                           Diagnostics *diagnostics)
{
    const DanglingEdge edge = graph.danglingEdge(id);
    for (const auto &[end, other] : {std::pair{&edge.from, &edge.to}, {&edge.to, &edge.from}}) {
        if (graph.find(end->kind, end->name) != InvalidId)
            continue;
        Diagnostic d;
        d.file = file;
        d.location = end->location;
        d.message = tr("%1: no resource %2/%3").arg(edge.label, end->kind, end->name);
        // The edge cannot be drawn to its missing end: its mark goes on the end that exists.
        if (graph.find(other->kind, other->name) != InvalidId)
            d.resource = other->key();
        diagnostics->append(d);
    }
}

Diagnostics DanglingEdges::check(const Graph &graph, const QString &file)
{
    Diagnostics diagnostics;
    for (EdgeId id : graph.danglingEdgeIds())
        report(graph, id, file, &diagnostics);
    return diagnostics;
}

} // namespace converge
