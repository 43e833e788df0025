#include "editor/graphfragment.h"

#include "formats/yamlgraphreader.h"
#include "formats/yamlgraphwriter.h"
#include "model/graph.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace converge {

ResourceId findByKey(const Graph &graph, const QString &key)
{
    const qsizetype slash = key.indexOf(u'/');
    return slash < 0 ? InvalidId : graph.find(key.left(slash), key.mid(slash + 1));
}

GraphFragment GraphFragment::capture(const Graph &graph, const std::vector<ResourceId> &ids,
                                     const std::vector<EdgeId> &extraEdges)
{
    GraphFragment fragment;
    std::vector<ResourceId> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    for (ResourceId id : sorted)
        fragment.resources.push_back(graph.resource(id));
    std::vector<EdgeId> edges = extraEdges;
    for (EdgeId e : graph.edgeIds()) {
        const Edge &edge = graph.edge(e);
        if (std::binary_search(sorted.begin(), sorted.end(), edge.from) &&
            std::binary_search(sorted.begin(), sorted.end(), edge.to))
            edges.push_back(e);
    }
    // Edge order is part of the file: keep the graph's.
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    for (EdgeId e : edges) {
        const Edge &edge = graph.edge(e);
        if (graph.isDangling(e)) {
            const DanglingEdge dangling = graph.danglingEdge(e);
            fragment.edges.push_back({dangling.from.key(), dangling.to.key(), edge, dangling});
            continue;
        }
        fragment.edges.push_back(
            {graph.resource(edge.from).key(), graph.resource(edge.to).key(), edge, std::nullopt});
    }
    return fragment;
}

std::vector<EdgeId> GraphFragment::touchingEdges(const Graph &graph,
                                                 const std::vector<ResourceId> &ids)
{
    std::vector<EdgeId> edges;
    for (ResourceId id : ids) {
        edges.insert(edges.end(), graph.outEdges(id).begin(), graph.outEdges(id).end());
        edges.insert(edges.end(), graph.inEdges(id).begin(), graph.inEdges(id).end());
        const QString key = graph.resource(id).key();
        for (EdgeId e : graph.danglingEdgeIds()) {
            const DanglingEdge dangling = graph.danglingEdge(e);
            if (dangling.from.key() == key || dangling.to.key() == key)
                edges.push_back(e);
        }
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    return edges;
}

EdgeId GraphFragment::findDangling(const Graph &graph, const FragmentEdge &edge)
{
    const std::vector<EdgeId> ids = graph.danglingEdgeIds();
    const auto it = std::find_if(ids.rbegin(), ids.rend(), [&](EdgeId id) {
        const DanglingEdge d = graph.danglingEdge(id);
        return d.from.key() == edge.fromKey && d.to.key() == edge.toKey &&
               d.edge.name == edge.edge.name;
    });
    return it == ids.rend() ? InvalidId : *it;
}

QByteArray GraphFragment::toYaml() const
{
    Graph graph;
    graph.name = u"clipboard"_qs; // mgmt wants a name: the text must paste as a valid graph
    for (const Resource &r : resources)
        graph.addResource(r);
    for (const FragmentEdge &e : edges) {
        Edge edge = e.edge;
        edge.from = findByKey(graph, e.fromKey);
        edge.to = findByKey(graph, e.toKey);
        if (edge.from != InvalidId && edge.to != InvalidId)
            graph.addEdge(edge);
    }
    return YamlGraphWriter::toYaml(graph);
}

bool GraphFragment::fromYaml(const QByteArray &text, GraphFragment *fragment, QString *error)
{
    YamlGraphReader::Result read =
        YamlGraphReader::readData(text, {}, YamlGraphReader::Keep::GraphOnly);
    if (!read.ok() || read.graph.resourceCount() == 0) {
        if (error) {
            const auto firstError = std::find_if(read.diagnostics.begin(), read.diagnostics.end(),
                                                 [](const Diagnostic &d) { return d.isError(); });
            *error =
                firstError != read.diagnostics.end()
                    ? firstError->toString()
                    : QCoreApplication::translate("GraphFragment", "the text holds no resources");
        }
        return false;
    }
    std::vector<ResourceId> ids = read.graph.resourceIds();
    *fragment = capture(read.graph, ids);
    return true;
}

void GraphFragment::makeInsertable(const Graph &graph, QPointF offset)
{
    QSet<QString> taken;
    QHash<QString, QString> renamed; // all at once, so a chain of renames cannot mix keys up
    for (Resource &r : resources) {
        const QString oldKey = r.key();
        const QString base = r.name;
        for (int n = 1; graph.find(r.kind, r.name) != InvalidId || taken.contains(r.key()); ++n)
            r.name = base + u'-' + QString::number(n);
        renamed.insert(oldKey, r.key());
        taken.insert(r.key());
        if (r.position)
            r.position = *r.position + offset;
        r.location = {};
    }
    for (FragmentEdge &e : edges) {
        e.fromKey = renamed.value(e.fromKey, e.fromKey);
        e.toKey = renamed.value(e.toKey, e.toKey);
    }
}

} // namespace converge
