#include "formats/graphcomparison.h"

#include <algorithm>

namespace converge {

namespace {

bool isEmptyMap(const Value &v)
{
    return v.isNull() || (v.isMap() && v.entries().empty());
}

QString positionText(const std::optional<QPointF> &p)
{
    return p ? QString::number(p->x(), 'g', 10) + u',' + QString::number(p->y(), 'g', 10)
             : QString();
}

QString edgeKey(const Graph &graph, const Edge &edge)
{
    return graph.resource(edge.from).key() + u" -> "_qs + graph.resource(edge.to).key();
}

QString resourceDifference(const Resource &a, const Resource &b)
{
    if (a.exported != b.exported)
        return GraphComparison::tr("%1: export (@@) differs").arg(a.key());
    if (!GraphComparison::sameValue(a.params, b.params))
        return GraphComparison::tr("%1: parameters differ").arg(a.key());
    if (!(isEmptyMap(a.meta) && isEmptyMap(b.meta)) && !GraphComparison::sameValue(a.meta, b.meta))
        return GraphComparison::tr("%1: meta differs").arg(a.key());
    if (positionText(a.position) != positionText(b.position))
        return GraphComparison::tr("%1: position differs").arg(a.key());
    return {};
}

} // namespace

bool GraphComparison::sameValue(const Value &a, const Value &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isList()) {
        return std::equal(a.items().begin(), a.items().end(), b.items().begin(), b.items().end(),
                          &GraphComparison::sameValue);
    }
    if (!a.isMap())
        return a == b;
    return a.entries().size() == b.entries().size() &&
           std::all_of(a.entries().begin(), a.entries().end(), [&b](const Value::MapEntry &e) {
               const Value *other = b.find(e.first);
               return other && sameValue(e.second, *other);
           });
}

QString GraphComparison::difference(const Graph &expected, const Graph &actual)
{
    if (expected.name != actual.name)
        return tr("graph: the name differs");
    if (expected.comment != actual.comment)
        return tr("comment differs");
    if (!sameValue(expected.collect, actual.collect) || !sameValue(expected.extra, actual.extra))
        return tr("a top-level key differs");
    if (expected.resourceCount() != actual.resourceCount())
        return tr("%1 resources instead of %2")
            .arg(actual.resourceCount())
            .arg(expected.resourceCount());
    for (ResourceId id : expected.resourceIds()) {
        const Resource &r = expected.resource(id);
        const ResourceId other = actual.find(r.kind, r.name);
        if (other == InvalidId)
            return tr("%1 is missing").arg(r.key());
        if (const QString why = resourceDifference(r, actual.resource(other)); !why.isEmpty())
            return why;
    }
    if (expected.edgeCount() != actual.edgeCount())
        return tr("%1 edges instead of %2").arg(actual.edgeCount()).arg(expected.edgeCount());
    for (EdgeId id : expected.edgeIds()) {
        const Edge &e = expected.edge(id);
        const Resource &from = expected.resource(e.from);
        const Resource &to = expected.resource(e.to);
        const ResourceId otherFrom = actual.find(from.kind, from.name);
        const ResourceId otherTo = actual.find(to.kind, to.name);
        const std::vector<EdgeId> &out =
            otherFrom == InvalidId ? std::vector<EdgeId>() : actual.outEdges(otherFrom);
        const auto match = std::find_if(out.begin(), out.end(),
                                        [&](EdgeId o) { return actual.edge(o).to == otherTo; });
        if (match == out.end())
            return tr("the edge %1 is missing").arg(edgeKey(expected, e));
        const Edge &o = actual.edge(*match);
        if (o.name != e.name || o.notify != e.notify || !sameValue(o.extra, e.extra))
            return tr("the edge %1 differs").arg(edgeKey(expected, e));
    }
    return danglingDifference(expected, actual);
}

QString GraphComparison::danglingDifference(const Graph &expected, const Graph &actual)
{
    std::vector<EdgeId> unmatched = actual.danglingEdgeIds();
    for (EdgeId id : expected.danglingEdgeIds()) {
        const DanglingEdge e = expected.danglingEdge(id);
        const auto match = std::find_if(unmatched.begin(), unmatched.end(), [&](EdgeId o) {
            const DanglingEdge a = actual.danglingEdge(o);
            return a.from.key() == e.from.key() && a.to.key() == e.to.key() &&
                   a.edge.name == e.edge.name && a.edge.notify == e.edge.notify &&
                   sameValue(a.edge.extra, e.edge.extra);
        });
        if (match == unmatched.end())
            return tr("the edge %1 -> %2 is missing").arg(e.from.key(), e.to.key());
        unmatched.erase(match);
    }
    if (!unmatched.empty()) {
        const DanglingEdge extra = actual.danglingEdge(unmatched.front());
        return tr("the edge %1 -> %2 is extra").arg(extra.from.key(), extra.to.key());
    }
    return {};
}

} // namespace converge
