#pragma once

#include "model/resource.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace converge {

class Graph;

/// A piece of a graph that names its resources by "kind/name" instead of by id: what undo
/// commands store, what the clipboard carries, and what paste and duplicate insert.
///
/// Ids are not stable across undo and redo (a re-added resource gets a new id), but keys are:
/// every change goes through the undo stack, so when a command runs again the graph is exactly as
/// it was when the command was made. Plain value type; any thread.
struct GraphFragment
{
    /// An edge between two resources named by key.
    struct FragmentEdge
    {
        QString fromKey;
        QString toKey;
        Edge edge; ///< name, notify and extra keys; from/to ids are ignored
        /// Set for an edge to a missing resource: it is put back as one (a new edge id).
        std::optional<DanglingEdge> dangling;
    };
    std::vector<Resource> resources;
    std::vector<FragmentEdge> edges;

    bool isEmpty() const { return resources.empty() && edges.empty(); }

    /// The resources ids, the edges between them, and the extra edges given, as they are now.
    static GraphFragment capture(const Graph &graph, const std::vector<ResourceId> &ids,
                                 const std::vector<EdgeId> &extraEdges = {});
    /// Every edge touching one of ids, and every dangling edge naming one (for removal: they
    /// go with the resource).
    static std::vector<EdgeId> touchingEdges(const Graph &graph,
                                             const std::vector<ResourceId> &ids);

    /// The last dangling edge of graph whose ends and name are edge's, or InvalidId.
    static EdgeId findDangling(const Graph &graph, const FragmentEdge &edge);

    /// The fragment as a yamlgraph document with positions, so it pastes into a text editor.
    QByteArray toYaml() const;
    /// Reads a yamlgraph document; false (and *error set) when it is not one.
    static bool fromYaml(const QByteArray &text, GraphFragment *fragment, QString *error);

    /// Renames resources whose key is taken in graph to the first free "name-N", keeping edges
    /// pointing at them, and moves every positioned resource by offset.
    void makeInsertable(const Graph &graph, QPointF offset);
};

/// "kind/name" split at the first slash (kinds have none; names, such as paths, may).
ResourceId findByKey(const Graph &graph, const QString &key);

} // namespace converge
