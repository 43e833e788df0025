#pragma once

#include "model/graph.h"

#include <QCoreApplication>
#include <QString>

namespace converge {

/// Compares two graphs the way mgmt would tell them apart: resources by kind and name (with
/// export, parameters and meta, the order of a map's keys not counting), edges by their ends
/// (with name, notify and unknown keys; an edge to a missing resource by the keys it names), the
/// top-level keys, and node positions as a save writes them (ten significant digits). Ids, source
/// locations and scalar styles do not count.
///
/// YamlSplicer proves each splice with it: the saved text must read back as the graph that was
/// saved. Stateless; any thread.
class GraphComparison
{
    Q_DECLARE_TR_FUNCTIONS(GraphComparison)

public:
    /// The first difference found, in words ("exec/a: cmd differs"), or empty when the graphs
    /// are the same.
    static QString difference(const Graph &expected, const Graph &actual);
    /// Equal as mgmt compares decoded values: the order of a map's keys does not count.
    static bool sameValue(const Value &a, const Value &b);

private:
    /// Edges to missing resources, compared by the keys their ends name.
    static QString danglingDifference(const Graph &expected, const Graph &actual);
};

} // namespace converge
