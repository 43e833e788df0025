#include "model/graphmodel.h"

namespace converge {

GraphModel::GraphModel(QObject *parent) : QObject(parent) {}

void GraphModel::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    emit lockedChanged(locked);
}

bool GraphModel::reset(Graph graph)
{
    if (m_locked)
        return false;
    m_graph = std::move(graph);
    emit graphReset();
    return true;
}

bool GraphModel::setName(const QString &name)
{
    if (m_locked)
        return false;
    m_graph.name = name;
    return true;
}

ResourceId GraphModel::addResource(Resource resource)
{
    if (m_locked)
        return InvalidId;
    std::vector<EdgeId> connected;
    const ResourceId id = m_graph.addResource(std::move(resource), &connected);
    if (id != InvalidId)
        emit resourceAdded(id);
    announceConnected(connected);
    return id;
}

void GraphModel::announceConnected(const std::vector<EdgeId> &connected)
{
    for (EdgeId e : connected) {
        emit danglingEdgeRemoved(e);
        emit edgeAdded(e);
    }
}

bool GraphModel::removeResource(ResourceId id)
{
    if (m_locked || !m_graph.contains(id))
        return false;
    // Each edge on its own, announced, so views drop exactly those items.
    while (!m_graph.outEdges(id).empty())
        removeEdge(m_graph.outEdges(id).back());
    while (!m_graph.inEdges(id).empty())
        removeEdge(m_graph.inEdges(id).back());
    const QString key = m_graph.resource(id).key();
    for (EdgeId e : m_graph.danglingEdgeIds()) {
        const DanglingEdge dangling = m_graph.danglingEdge(e);
        if (dangling.from.key() == key || dangling.to.key() == key)
            removeDanglingEdge(e);
    }
    m_graph.removeResource(id);
    emit resourceRemoved(id);
    return true;
}

bool GraphModel::renameResource(ResourceId id, const QString &newName)
{
    if (m_locked || !m_graph.contains(id))
        return false;
    if (m_graph.resource(id).name == newName)
        return true;
    std::vector<EdgeId> connected;
    if (!m_graph.renameResource(id, newName, &connected))
        return false;
    emit resourceRenamed(id);
    announceConnected(connected);
    return true;
}

bool GraphModel::setValue(ResourceId id, Section section, const QString &name,
                          const std::optional<Value> &value)
{
    if (m_locked || !m_graph.contains(id))
        return false;
    Resource &r = m_graph.resource(id);
    Value &map = section == Section::Params ? r.params : r.meta;
    if (!map.isMap())
        map = Value::map();
    if (value)
        map.insert(name, *value);
    else
        map.remove(name);
    emit resourceChanged(id);
    return true;
}

bool GraphModel::setPositions(const Positions &positions)
{
    if (m_locked)
        return false;
    std::vector<ResourceId> moved;
    moved.reserve(positions.size());
    for (const auto &[id, position] : positions) {
        if (!m_graph.contains(id))
            continue;
        m_graph.resource(id).position = position;
        moved.push_back(id);
    }
    if (!moved.empty())
        emit positionsChanged(moved);
    return true;
}

void GraphModel::setLocations(const Locations &resources, const Locations &edges)
{
    for (const auto &[id, location] : resources) {
        if (m_graph.contains(id))
            m_graph.resource(id).location = location;
    }
    for (const auto &[id, location] : edges) {
        if (m_graph.containsEdge(id))
            m_graph.edge(id).location = location;
    }
    emit locationsChanged();
}

EdgeId GraphModel::addEdge(Edge edge)
{
    if (m_locked)
        return InvalidId;
    const EdgeId id = m_graph.addEdge(std::move(edge));
    if (id != InvalidId)
        emit edgeAdded(id);
    return id;
}

bool GraphModel::removeEdge(EdgeId id)
{
    if (m_locked || !m_graph.containsEdge(id))
        return false;
    m_graph.removeEdge(id);
    emit edgeRemoved(id);
    return true;
}

EdgeId GraphModel::addDanglingEdge(DanglingEdge edge)
{
    if (m_locked)
        return InvalidId;
    const EdgeId id = m_graph.addDanglingEdge(std::move(edge));
    if (m_graph.containsEdge(id))
        emit edgeAdded(id);
    else
        emit danglingEdgeAdded(id);
    return id;
}

bool GraphModel::removeDanglingEdge(EdgeId id)
{
    if (m_locked || !m_graph.isDangling(id))
        return false;
    m_graph.removeDanglingEdge(id);
    emit danglingEdgeRemoved(id);
    return true;
}

bool GraphModel::setEdgeNotify(EdgeId id, bool notify)
{
    if (m_locked || !m_graph.containsEdge(id))
        return false;
    if (m_graph.edge(id).notify == notify)
        return true;
    m_graph.edge(id).notify = notify;
    emit edgeChanged(id);
    return true;
}

} // namespace converge
