#pragma once

#include "model/diagnostic.h"
#include "model/graph.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace converge {

/// Reads any Graphviz `digraph` as a resource graph, through cgraph.
///
/// Nodes become resources: the kind from a `kind` attribute (else `noop`), the name from a
/// `name` attribute (else the node's DOT name), every other attribute a parameter, except
/// Graphviz's presentation attributes (label, pos, color, ...). Edges become edges. What
/// DotWriter writes reads back as the same graph. An undirected graph, a syntax error, a cycle
/// or two nodes with the same kind and name give an error Diagnostic with the file and line,
/// and no graph. Any thread (cgraph calls share GraphvizLayout's lock).
class DotReader
{
    Q_DECLARE_TR_FUNCTIONS(DotReader)
public:
    /// Parses text; fileName is only used in diagnostics. Warnings may accompany a graph.
    static std::optional<Graph> read(const QByteArray &text, const QString &fileName,
                                     Diagnostics *diagnostics);
    /// Reads the file at path; an unreadable file is an error Diagnostic.
    static std::optional<Graph> readFile(const QString &path, Diagnostics *diagnostics);
};

} // namespace converge
