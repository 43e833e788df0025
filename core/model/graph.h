#pragma once

#include "model/chunkedvector.h"
#include "model/resource.h"

#include <QHash>
#include <QString>

#include <vector>

namespace converge {

/// A directed resource graph: resources keyed by (kind, name) and the edges between them.
///
/// The graph owns its resources and edges and hands out ids that stay valid until the element is
/// removed; ids are never reused, so views and undo commands may hold them. Lookups by id and by
/// (kind, name) are O(1); adjacency is kept per resource. Not thread-safe: one thread mutates it,
/// and concurrent readers need external synchronisation (the engine takes a snapshot).
class Graph
{
public:
    QString name;               ///< the yamlgraph `graph:` key
    QString comment;            ///< the yamlgraph `comment:` key
    Value collect;              ///< the `collect:` list, kept as written
    Value extra = Value::map(); ///< other top-level keys, kept for round trips

    /// Adds a resource; returns InvalidId when (kind, name) is taken. Dangling edges that now
    /// have both ends become edges, keeping their ids, which go to *connected when given.
    ResourceId addResource(Resource resource, std::vector<EdgeId> *connected = nullptr);
    /// Removes a resource, every edge touching it and every dangling edge naming it.
    void removeResource(ResourceId id);
    /// Renames a resource; false when (kind, newName) is taken or the id is dead. Edges and
    /// dangling edges follow it; dangling edges naming the new name connect as in addResource().
    bool renameResource(ResourceId id, const QString &newName,
                        std::vector<EdgeId> *connected = nullptr);

    /// Keeps an edge whose ends name a missing resource, under a new edge id; when both ends
    /// exist it is added as an edge at once (containsEdge() then tells).
    EdgeId addDanglingEdge(DanglingEdge edge);
    void removeDanglingEdge(EdgeId id);
    bool isDangling(EdgeId id) const { return m_dangling.contains(id); }
    /// The dangling edge id as kept (its Edge is also edge(id)); id must be dangling.
    DanglingEdge danglingEdge(EdgeId id) const;
    /// Dangling edge ids in insertion order. Not among edgeIds(): runs, layouts and cycles
    /// never see them.
    std::vector<EdgeId> danglingEdgeIds() const;

    /// Adds an edge between two live resources (self-loops and cycles are the caller's concern:
    /// readers report them, editors ask wouldCreateCycle() first).
    EdgeId addEdge(Edge edge);
    void removeEdge(EdgeId id);

    bool contains(ResourceId id) const { return id < m_resources.size() && m_alive[id]; }
    bool containsEdge(EdgeId id) const { return id < m_edges.size() && m_edgeAlive[id]; }
    /// A reference read here is good until this graph changes: a change may copy the element
    /// away from a chunk a copy of the graph shares, so read it again after one.
    const Resource &resource(ResourceId id) const { return m_resources[id]; }
    /// Mutable access for parameters, meta and position. Do not change kind or name here:
    /// use renameResource() so the index stays right.
    Resource &resource(ResourceId id) { return m_resources.mutableAt(id); }
    const Edge &edge(EdgeId id) const { return m_edges[id]; }
    Edge &edge(EdgeId id) { return m_edges.mutableAt(id); }
    ResourceId find(const QString &kind, const QString &name) const;

    /// Live resource ids in insertion order.
    std::vector<ResourceId> resourceIds() const;
    /// Live edge ids in insertion order.
    std::vector<EdgeId> edgeIds() const;
    int resourceCount() const { return m_liveResources; }
    int edgeCount() const { return m_liveEdges; }
    /// One past the largest id handed out: size for id-indexed arrays.
    std::uint32_t resourceCapacity() const { return std::uint32_t(m_resources.size()); }
    std::uint32_t edgeCapacity() const { return std::uint32_t(m_edges.size()); }

    const std::vector<EdgeId> &outEdges(ResourceId id) const { return m_out[id]; }
    const std::vector<EdgeId> &inEdges(ResourceId id) const { return m_in[id]; }
    /// Distinct direct prerequisites / dependents, in edge order.
    std::vector<ResourceId> predecessors(ResourceId id) const;
    std::vector<ResourceId> successors(ResourceId id) const;

    /// Kinds in order of first appearance, the order the writer groups them in.
    QStringList kinds() const;

    /// A topological order of all live resources (Kahn, ties by insertion order), or an empty
    /// vector when the graph has a cycle.
    std::vector<ResourceId> topologicalOrder() const;
    /// One cycle per strongly connected component that has one, each in order with its first
    /// element repeated at the end (a -> b -> a); empty if acyclic.
    std::vector<std::vector<ResourceId>> findAllCycles() const;
    /// The path to -> ... -> from that an edge from -> to would close into a cycle, or empty
    /// when the edge is safe. A self-loop gives {from}.
    std::vector<ResourceId> wouldCreateCycle(ResourceId from, ResourceId to) const;

    /// "exec/a -> exec/b -> exec/a" for messages.
    QString describePath(const std::vector<ResourceId> &path) const;

private:
    struct Key
    {
        QString kind;
        QString name;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.kind, key.name);
        }
    };
    struct DanglingEnds
    {
        EdgeEndName from;
        EdgeEndName to;
        QString label;
    };
    EdgeId newEdgeId(Edge edge, bool alive);
    void connectDangling(const QString &key, std::vector<EdgeId> *connected);

    // Chunked: copies of a large graph (saves, previews, runs) share what neither changes.
    ChunkedVector<Resource> m_resources;
    std::vector<bool> m_alive;
    ChunkedVector<std::vector<EdgeId>> m_out;
    ChunkedVector<std::vector<EdgeId>> m_in;
    ChunkedVector<Edge> m_edges;
    std::vector<bool> m_edgeAlive;
    QHash<Key, ResourceId> m_index;
    QHash<EdgeId, DanglingEnds> m_dangling; ///< few: a file's mistakes
    int m_liveResources = 0;
    int m_liveEdges = 0;
};

} // namespace converge
