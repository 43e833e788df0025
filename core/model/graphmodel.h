#pragma once

#include "model/graph.h"

#include <QObject>
#include <QPointF>

#include <optional>
#include <utility>
#include <vector>

namespace converge {

/// The document's graph as views and editors see it: owns the Graph, is the only way to change
/// it, and announces every change in detail so each view updates only what changed.
///
/// Every change is refused (false, InvalidId, nothing emitted) while the model is locked, which
/// it is while a run goes: no path into the model (menus, undo history, drag and drop, paste)
/// can change a graph the engine is running. Signals are emitted after the change, so handlers
/// read the new state; a removed resource or edge can still be read by id in its handler.
/// Removing a resource first removes its edges, each announced. Qt Core only, so the engine and
/// a headless watcher can use it too. Lives on one thread (the GUI thread in the window); not
/// thread-safe.
class GraphModel : public QObject
{
    Q_OBJECT
public:
    /// Which map of a resource a value lives in.
    enum class Section
    {
        Params, ///< the resource's own parameters (cmd, path, ...)
        Meta,   ///< the `meta:` map
    };
    using Positions = std::vector<std::pair<ResourceId, std::optional<QPointF>>>;
    /// Resource or edge ids and where each now sits in its file.
    using Locations = std::vector<std::pair<std::uint32_t, SourceLocation>>;

    explicit GraphModel(QObject *parent = nullptr);

    const Graph &graph() const { return m_graph; }

    /// While locked every change below is refused.
    bool isLocked() const { return m_locked; }
    void setLocked(bool locked);

    /// Replaces the whole graph (a load, File > New, recovery); emits graphReset().
    bool reset(Graph graph);
    /// The `graph:` name that Save writes.
    bool setName(const QString &name);

    /// Adds a resource; InvalidId when locked or (kind, name) is taken. Dangling edges it
    /// completes become edges: each is announced removed as dangling, then added.
    ResourceId addResource(Resource resource);
    /// Removes a resource, every edge touching it and every dangling edge naming it.
    bool removeResource(ResourceId id);
    /// False when locked, the id is dead or (kind, newName) is taken. Dangling edges the new
    /// name completes connect as in addResource().
    bool renameResource(ResourceId id, const QString &newName);
    /// Sets (value) or removes (nothing) one parameter or meta parameter.
    bool setValue(ResourceId id, Section section, const QString &name,
                  const std::optional<Value> &value);
    /// Sets or clears (nothing: the layout places it) where resources are drawn.
    bool setPositions(const Positions &positions);

    /// Says where resources and edges now sit in their file, after a save moved their lines.
    /// Not an edit (the graph means the same), so allowed while locked; dead ids are skipped.
    void setLocations(const Locations &resources, const Locations &edges);

    /// Adds an edge between two live resources; InvalidId when locked or an end is dead.
    EdgeId addEdge(Edge edge);
    bool removeEdge(EdgeId id);
    /// Keeps an edge to a missing resource (Graph::addDanglingEdge()): announced as dangling,
    /// or as an edge when both its ends exist. InvalidId when locked.
    EdgeId addDanglingEdge(DanglingEdge edge);
    bool removeDanglingEdge(EdgeId id);
    /// Turns mgmt's refresh notification along an edge on or off; false when locked or dead.
    bool setEdgeNotify(EdgeId id, bool notify);

signals:
    /// Everything may have changed: views rebuild once.
    void graphReset();
    void resourceAdded(converge::ResourceId id);
    void resourceRemoved(converge::ResourceId id);
    void resourceRenamed(converge::ResourceId id);
    /// Parameters or meta parameters changed.
    void resourceChanged(converge::ResourceId id);
    /// These resources have new positions (or none any more).
    void positionsChanged(const std::vector<converge::ResourceId> &ids);
    void edgeAdded(converge::EdgeId id);
    void edgeRemoved(converge::EdgeId id);
    /// A dangling edge was kept, or is no more (removed, or connected: edgeAdded() follows).
    void danglingEdgeAdded(converge::EdgeId id);
    void danglingEdgeRemoved(converge::EdgeId id);
    /// An edge's own values (notify) changed; its ends did not.
    void edgeChanged(converge::EdgeId id);
    void lockedChanged(bool locked);
    /// Resource::location or Edge::location changed (setLocations()): nothing else did.
    void locationsChanged();

private:
    void announceConnected(const std::vector<EdgeId> &connected);

    Graph m_graph;
    bool m_locked = false;
};

} // namespace converge
