#pragma once

#include "model/sourcelocation.h"
#include "model/value.h"

#include <QPointF>
#include <QString>

#include <cstdint>
#include <optional>

namespace converge {

/// Stable handle of a resource in a Graph; never reused within one Graph.
using ResourceId = std::uint32_t;
/// Stable handle of an edge in a Graph; never reused within one Graph.
using EdgeId = std::uint32_t;
inline constexpr std::uint32_t InvalidId = 0xffffffffu;

/// One resource of a graph, as mgmt's yamlgraph describes it.
struct Resource
{
    QString kind;                ///< "exec", "file", "noop", or any other kind (kept, not runnable)
    QString name;                ///< without the `@@` export prefix
    bool exported = false;       ///< the file wrote the name as `@@name`
    Value params = Value::map(); ///< every key but `name` and `meta`, in file order
    Value meta = Value::map();   ///< the `meta:` map, in file order, unknown keys kept
    std::optional<QPointF> position; ///< node centre set by the user or a saved layout
    SourceLocation location;         ///< where the resource's map starts in its file

    /// "kind/name", the form used in messages and on the command line.
    QString key() const { return kind + u'/' + name; }
    /// "Kind[name]", the form mgmt uses in its logs.
    QString displayName() const;
    /// The name as the file writes it, with `@@` when exported.
    QString fileName() const { return exported ? QStringLiteral("@@") + name : name; }
};

/// A dependency: `to` may start only after `from` has converged.
struct Edge
{
    QString name;
    ResourceId from = InvalidId;
    ResourceId to = InvalidId;
    bool notify = false;        ///< mgmt's refresh notification along this edge
    Value extra = Value::map(); ///< keys Converge does not know, kept for round trips
    SourceLocation location;
};

/// How an edge names one of its ends, kept for an edge whose ends name a missing resource.
struct EdgeEndName
{
    QString kind;            ///< lowercased, as mgmt looks ends up
    QString name;            ///< without the `@@` export prefix
    SourceLocation location; ///< the end's map (`to:`): messages about it point there
    QString key() const { return kind + u'/' + name; }
};

/// An edge whose file names a resource the graph does not have. The graph keeps it, so that
/// saving neither loses nor repeats its text and deleting it deletes its text, until the
/// resource exists: then it is an Edge like any other (Graph::addResource()).
struct DanglingEdge
{
    Edge edge; ///< name, notify, unknown keys and location; from and to are InvalidId
    EdgeEndName from;
    EdgeEndName to;
    QString label; ///< how messages name it: "edges: item 3", or "edge NAME"
};

} // namespace converge
