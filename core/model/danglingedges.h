#pragma once

#include "model/diagnostic.h"
#include "model/resource.h"

#include <QCoreApplication>

namespace converge {

class Graph;

/// The problem an edge to a missing resource is, in one wording for every asker: the reader
/// reports it where it reads the edge, and the engine's validation (so `validate`, Run and the
/// window's live Problems) reports it for as long as the edge dangles. Stateless; any thread.
class DanglingEdges
{
    Q_DECLARE_TR_FUNCTIONS(DanglingEdges)

public:
    /// "LABEL: no resource KIND/NAME" for each end of the dangling edge id that names no
    /// resource of graph, at that end, placed on the other end's resource when it exists.
    static void report(const Graph &graph, EdgeId id, const QString &file,
                       Diagnostics *diagnostics);
    /// report() for every dangling edge of graph, in their order.
    static Diagnostics check(const Graph &graph, const QString &file);
};

} // namespace converge
