#pragma once

// What a user sees of a graph's content, for tests that compare two graphs: the file Save
// writes, or the first difference in content between two graphs.

#include "formats/yamlgraphwriter.h"
#include "model/graph.h"

#include <QString>

namespace converge::testing {

/// graph as Save writes it, with positions dropped: two graphs read from YAML with the same
/// text have the same resources, parameters, meta parameters, edges and top-level keys, in the
/// same order. Compared with QCOMPARE, a difference shows as text.
inline QString contentText(Graph graph)
{
    for (ResourceId id : graph.resourceIds())
        graph.resource(id).position.reset();
    return QString::fromUtf8(YamlGraphWriter::toYaml(graph));
}

/// The first difference in content between a and b, empty when there is none: resources (kind,
/// name, exported, params, meta, matched by key), edges (in order, by their ends' keys, name,
/// notify, extra) and top-level keys. Ids, positions, locations, key order inside a resource and
/// quoting styles are not content: a DOT round trip keeps the content but not those.
inline QString contentDifference(const Graph &a, const Graph &b)
{
    if (a.name != b.name || a.comment != b.comment || a.collect != b.collect || a.extra != b.extra)
        return u"top-level keys differ"_qs;
    if (a.resourceCount() != b.resourceCount() || a.edgeCount() != b.edgeCount())
        return u"%1 resources and %2 edges against %3 and %4"_qs.arg(a.resourceCount())
            .arg(a.edgeCount())
            .arg(b.resourceCount())
            .arg(b.edgeCount());
    for (ResourceId id : a.resourceIds()) {
        const Resource &ra = a.resource(id);
        const ResourceId other = b.find(ra.kind, ra.name);
        if (other == InvalidId)
            return ra.key() + u" is missing"_qs;
        const Resource &rb = b.resource(other);
        if (ra.exported != rb.exported || ra.params != rb.params || ra.meta != rb.meta)
            return ra.key() + u" differs"_qs;
    }
    const std::vector<EdgeId> ea = a.edgeIds();
    const std::vector<EdgeId> eb = b.edgeIds();
    for (size_t i = 0; i < ea.size(); ++i) {
        const Edge &x = a.edge(ea[i]);
        const Edge &y = b.edge(eb[i]);
        if (x.name != y.name || x.notify != y.notify || x.extra != y.extra ||
            a.resource(x.from).key() != b.resource(y.from).key() ||
            a.resource(x.to).key() != b.resource(y.to).key())
            return u"edge %1 differs"_qs.arg(i);
    }
    return {};
}

} // namespace converge::testing
