#pragma once

#include "model/graph.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <utility>
#include <vector>

namespace converge {

/// The text a yamlgraph file was read from, the graph as it was read, and where each element of
/// that graph sits in the text, so that YamlSplicer can save later edits as splices.
///
/// GraphAssembler records the spans while reading; locations are 1-based with byte columns (as
/// yaml-cpp marks them). Ids are the read graph's; modelResource() translates the ids of the
/// graph being edited (GraphModel keeps the read ids, so after a load they are the same; after a
/// save, bindTo() makes them follow the keys). Edges are matched by their ends. A plain value: copy
/// it, share it read-only across threads.
struct YamlSource
{
    /// One `key:` of a map, where the key starts.
    using Key = std::pair<QString, SourceLocation>;

    struct ResourceSpans
    {
        SourceLocation name; ///< the `name:` value
        Value::Style nameStyle = Value::Style::Plain;
        std::vector<Key> keys; ///< every key of the resource's map, in file order
    };
    struct EdgeSpans
    {
        SourceLocation name; ///< the `name:` value; invalid when the edge has none
        SourceLocation fromKind, fromName, toKind, toName;
        Value::Style fromNameStyle = Value::Style::Plain;
        Value::Style toNameStyle = Value::Style::Plain;
        SourceLocation notify; ///< the `notify:` value; invalid when absent
        std::vector<Key> keys; ///< every key of the edge's map, in file order
    };
    struct PositionSpans
    {
        SourceLocation item;             ///< the entry's map under `converge: positions:`
        SourceLocation kind, name, x, y; ///< its values
        Value::Style nameStyle = Value::Style::Plain;
    };

    QByteArray text;
    Graph graph;
    QHash<ResourceId, ResourceSpans> resources;
    QHash<EdgeId, EdgeSpans> edges;
    QHash<ResourceId, PositionSpans> positions;
    std::vector<Key> kinds;   ///< each kind's key under `resources:`, in file order
    std::vector<Key> topKeys; ///< each top-level key, in file order
    SourceLocation graphName; ///< the `graph:` value
    SourceLocation comment;   ///< the `comment:` value; invalid when absent
    /// The read graph's id of the edited graph's resource id (InvalidId when it has none).
    ResourceId ownResource(ResourceId edited) const
    {
        return m_bound ? m_resourceOfModel.value(edited, InvalidId) : edited;
    }

    /// Indexes text's lines for offset(); call once text is set (not thread-safe itself).
    void indexLines();
    /// Byte offset of a location in text; -1 when it is invalid or outside the text.
    qsizetype offset(SourceLocation at) const;
    /// The first of keys named key, or nullptr.
    static const Key *findKey(const std::vector<Key> &keys, QStringView key);
    /// Where a top-level key starts, or an invalid location.
    SourceLocation topKey(QStringView key) const;
    /// Makes model's resource ids those of the resources with the same kind and name, after a
    /// save wrote model as this source's text.
    void bindTo(const Graph &model);

private:
    std::vector<qsizetype> m_lineStarts;
    bool m_bound = false; ///< ids differ from the edited graph's: m_resourceOfModel maps them
    QHash<ResourceId, ResourceId> m_resourceOfModel;
};

} // namespace converge
