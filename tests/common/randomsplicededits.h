#pragma once

// Random edits of a graph read from YAML, as the editor makes them, each with the lines of the
// source it may change: what tst_yamlsplicer's random test checks a save against.

#include "formats/yamlsource.h"
#include "model/graph.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <algorithm>
#include <vector>

namespace converge::testing {

/// Where each element of the source starts, sorted: an element owns the lines from its
/// start to the next element's start (a list item and what is indented under it).
inline std::vector<int> elementStarts(const YamlSource &source)
{
    std::vector<int> starts;
    for (ResourceId id : source.graph.resourceIds())
        starts.push_back(source.graph.resource(id).location.line);
    for (EdgeId id : source.graph.edgeIds())
        starts.push_back(source.graph.edge(id).location.line);
    for (const YamlSource::PositionSpans &p : source.positions)
        starts.push_back(p.item.line);
    for (const auto &keys : {source.kinds, source.topKeys})
        for (const YamlSource::Key &key : keys)
            starts.push_back(key.second.line);
    std::sort(starts.begin(), starts.end());
    return starts;
}
inline void allowElement(const std::vector<int> &starts, int line, QSet<int> *allowed)
{
    const auto next = std::upper_bound(starts.begin(), starts.end(), line);
    const int end = next == starts.end() ? 1 << 30 : *next;
    for (int l = line; l < end && l < line + 10000; ++l)
        allowed->insert(l);
}

/// A removed element takes the comment lines right above it along.
inline void allowCommentsAbove(const QByteArray &text, int line, QSet<int> *allowed)
{
    const QList<QByteArray> all = text.split('\n');
    for (int l = line - 1; l >= 1 && all.value(l - 1).trimmed().startsWith('#'); --l)
        allowed->insert(l);
}

/// One random edit of graph, as the editor makes them; the lines of the source it may
/// change go into allowed. Returns its name for messages.
inline QString randomEdit(QRandomGenerator &random, const YamlSource &source, Graph &graph,
                          QSet<int> *allowed, int serial)
{
    const std::vector<int> starts = elementStarts(source);
    const auto allowResource = [&](ResourceId id) {
        if (!source.graph.contains(id))
            return;
        const Resource &r = source.graph.resource(id);
        allowElement(starts, r.location.line, allowed);
        for (EdgeId e : source.graph.outEdges(id))
            allowElement(starts, source.graph.edge(e).location.line, allowed);
        for (EdgeId e : source.graph.inEdges(id))
            allowElement(starts, source.graph.edge(e).location.line, allowed);
        if (source.positions.contains(id))
            allowElement(starts, source.positions.value(id).item.line, allowed);
        for (const YamlSource::Key &kind : source.kinds) {
            if (kind.first == r.kind)
                allowed->insert(kind.second.line); // a kind emptied goes with its key
        }
    };
    const std::vector<ResourceId> ids = graph.resourceIds();
    const std::vector<EdgeId> edges = graph.edgeIds();
    const QString tag = QString::number(serial);
    const ResourceId id = ids.empty() ? InvalidId : ids[random.bounded(int(ids.size()))];
    switch (ids.empty() ? 4 : random.bounded(9)) {
    case 0:
        allowResource(id);
        graph.renameResource(id, graph.resource(id).name + u"-renamed"_qs + tag);
        return u"rename"_qs;
    case 1: {
        allowResource(id);
        Value &params = graph.resource(id).params;
        if (params.entries().empty() || random.bounded(2))
            params.insert(u"note"_qs + tag, Value::scalar(u"added "_qs + tag));
        else
            params.entries()[random.bounded(int(params.entries().size()))].second =
                Value::scalar(u"changed "_qs + tag);
        return u"set parameter"_qs;
    }
    case 2: {
        allowResource(id);
        Value &params = graph.resource(id).params;
        if (!params.entries().empty())
            params.entries().erase(params.entries().begin() +
                                   random.bounded(int(params.entries().size())));
        return u"clear parameter"_qs;
    }
    case 3:
        allowResource(id);
        if (source.graph.contains(id)) {
            allowCommentsAbove(source.text, source.graph.resource(id).location.line, allowed);
            for (const auto &ends : {source.graph.outEdges(id), source.graph.inEdges(id)})
                for (EdgeId e : ends)
                    allowCommentsAbove(source.text, source.graph.edge(e).location.line, allowed);
        }
        graph.removeResource(id);
        return u"remove resource"_qs;
    case 4: {
        Resource r;
        const QStringList kinds = graph.kinds();
        r.kind = kinds.isEmpty() || random.bounded(4) == 0
                     ? u"noop"_qs
                     : kinds[random.bounded(int(kinds.size()))];
        r.name = u"added"_qs + tag;
        if (r.kind == u"exec")
            r.params.insert(u"cmd"_qs, Value::scalar(u"echo added "_qs + tag));
        graph.addResource(r);
        return u"add resource"_qs;
    }
    case 5: {
        const ResourceId to = ids[random.bounded(int(ids.size()))];
        if (to == id || !graph.wouldCreateCycle(id, to).empty() ||
            std::any_of(graph.outEdges(id).begin(), graph.outEdges(id).end(),
                        [&](EdgeId e) { return graph.edge(e).to == to; }))
            return u"no edge to add"_qs;
        Edge edge;
        edge.name = u"e-added"_qs + tag;
        edge.from = id;
        edge.to = to;
        edge.notify = random.bounded(2);
        graph.addEdge(edge);
        return u"add edge"_qs;
    }
    case 6:
    case 7: {
        if (edges.empty())
            return u"no edge"_qs;
        const EdgeId e = edges[random.bounded(int(edges.size()))];
        if (source.graph.containsEdge(e))
            allowElement(starts, source.graph.edge(e).location.line, allowed);
        if (random.bounded(2)) {
            if (source.graph.containsEdge(e))
                allowCommentsAbove(source.text, source.graph.edge(e).location.line, allowed);
            graph.removeEdge(e);
            return u"remove edge"_qs;
        }
        graph.edge(e).notify = !graph.edge(e).notify;
        return u"toggle notify"_qs;
    }
    default:
        if (source.positions.contains(id))
            allowElement(starts, source.positions.value(id).item.line, allowed);
        graph.resource(id).position = QPointF(random.bounded(1000), random.bounded(1000) + 0.5);
        return u"move node"_qs;
    }
}

} // namespace converge::testing
