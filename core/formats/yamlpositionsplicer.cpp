#include "formats/yamlpositionsplicer.h"

#include "formats/yamlgraphwriter.h"

namespace converge {

YamlPositionSplicer::YamlPositionSplicer(const YamlSource &source, const Graph &graph,
                                         YamlTextSplice &splice,
                                         const QHash<ResourceId, ResourceId> &ownOf,
                                         const QHash<ResourceId, ResourceId> &editedOf)
    : m_source(source), m_graph(graph), m_splice(splice), m_ownOf(ownOf), m_editedOf(editedOf)
{}

bool YamlPositionSplicer::fail(const QString &why)
{
    *m_why = why;
    return false;
}

bool YamlPositionSplicer::splice(QString *why)
{
    m_why = why;
    const Graph &own = m_source.graph;
    std::vector<ResourceId> added;
    for (ResourceId id : m_graph.resourceIds()) {
        const Resource &after = m_graph.resource(id);
        const ResourceId o = m_ownOf.value(id, InvalidId);
        const auto spans =
            o == InvalidId ? m_source.positions.constEnd() : m_source.positions.constFind(o);
        if (spans == m_source.positions.constEnd()) {
            if (after.position)
                added.push_back(id);
            continue;
        }
        if (!after.position)
            continue; // removed below, with the positions of removed resources
        const Resource &before = own.resource(o);
        bool ok = true;
        if (before.fileName() != after.fileName())
            ok = m_splice.replaceScalar(spans->name,
                                        Value::scalar(after.fileName(), spans->nameStyle));
        for (auto [was, is, at] :
             {std::tuple{before.position->x(), after.position->x(), spans->x},
              std::tuple{before.position->y(), after.position->y(), spans->y}}) {
            if (ok && was != is)
                ok = m_splice.replaceScalar(at, Value::scalar(QString::number(is, 'g', 10)));
        }
        if (!ok)
            return fail(tr("the position of %1 cannot be changed in place").arg(after.key()));
    }
    for (auto it = m_source.positions.cbegin(); it != m_source.positions.cend(); ++it) {
        const ResourceId edited = m_editedOf.value(it.key(), InvalidId);
        if ((edited == InvalidId || !m_graph.resource(edited).position) &&
            !m_splice.removeItem(it->item))
            return fail(tr("a position cannot be removed in place"));
    }
    return insertPositions(added);
}

bool YamlPositionSplicer::insertPositions(const std::vector<ResourceId> &added)
{
    if (added.empty())
        return true;
    const YamlSource::PositionSpans *neighbour = nullptr;
    for (const YamlSource::PositionSpans &p : m_source.positions) {
        if (!neighbour || p.item.line > neighbour->item.line)
            neighbour = &p;
    }
    QByteArray lines;
    if (!neighbour) {
        if (m_source.topKey(u"converge").isValid())
            return fail(tr("the converge key holds no positions for new ones to follow"));
        lines = "converge:\n  positions:\n";
        for (ResourceId id : added)
            lines += "  - " + YamlGraphWriter::positionItem(m_graph.resource(id)).toUtf8() + '\n';
        m_splice.insertLines(m_source.text.size(), lines);
        return true;
    }
    const qsizetype end = m_splice.itemEnd(neighbour->item);
    for (ResourceId id : added) {
        // The neighbour's entry with its values swapped: written the way the file writes them.
        const Resource &r = m_graph.resource(id);
        const auto line = m_splice.itemWith(
            neighbour->item, {{neighbour->kind, r.kind},
                              {neighbour->name, r.fileName()},
                              {neighbour->x, QString::number(r.position->x(), 'g', 10)},
                              {neighbour->y, QString::number(r.position->y(), 'g', 10)}});
        if (!line)
            return fail(tr("a new position cannot follow the file's positions"));
        lines += *line;
    }
    m_splice.insertLines(end, lines);
    return true;
}

} // namespace converge
