#pragma once

#include "model/graph.h"

#include <QByteArray>
#include <QString>

namespace converge {

/// Writes a Graph in mgmt's yamlgraph format, today's form, laid out as mgmt's own examples are.
///
/// Kinds are grouped in order of first appearance; keys keep their order (a resource's `meta:`
/// goes back where it was read); unknown keys and scalar styles survive; node positions go under
/// one top-level `converge:` key, which mgmt ignores. Reading the output back gives the same
/// resources, parameters and edges, and writing those again the same text. Any thread may call
/// these on a graph no other thread is changing.
class YamlGraphWriter
{
public:
    /// The document as UTF-8 text.
    static QByteArray toYaml(const Graph &graph);
    /// Writes the document to path through OutputFile: on any failure the old file is left
    /// as it was, false is returned and *error (when given) says why.
    static bool writeFile(const Graph &graph, const QString &path, QString *error = nullptr);
    /// Writes text (a document toYaml() or YamlSplicer made) to path, as writeFile() does.
    static bool writeText(const QByteArray &text, const QString &path, QString *error = nullptr);

    /// A resource's keys in the order they are written: name, then parameters, with `meta`
    /// back where it was read (by line), or right after the name when the resource is new.
    static std::vector<Value::MapEntry> resourceEntries(const Resource &resource);
    /// An edge, or a dangling edge, as the map it is written as: name, from, to, notify when
    /// set, unknown keys.
    static Value edgeValue(const Graph &graph, EdgeId id);
    /// A resource's entry under `converge: positions:`, as one flow map; empty without a
    /// position.
    static QString positionItem(const Resource &resource);
};

} // namespace converge
