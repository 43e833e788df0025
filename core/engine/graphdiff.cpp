#include "engine/graphdiff.h"

#include "model/graph.h"
#include "model/metaparams.h"

#include <QSet>

namespace converge {

namespace {

/// Content equality where maps are compared by key, not by the order the file wrote them:
/// mgmt reads parameters into struct fields and maps, so reordering a file changes nothing.
bool sameContent(const Value &a, const Value &b)
{
    if (a.isMap() && b.isMap()) {
        if (a.entries().size() != b.entries().size())
            return false;
        for (const auto &[key, value] : a.entries()) {
            const Value *other = b.find(key);
            if (!other || !sameContent(value, *other))
                return false;
        }
        return true;
    }
    if (a.isList() && b.isList()) {
        if (a.items().size() != b.items().size())
            return false;
        for (size_t i = 0; i < a.items().size(); ++i) {
            if (!sameContent(a.items()[i], b.items()[i]))
                return false;
        }
        return true;
    }
    return a == b;
}

/// mgmt compares the typed meta parameters, so `retry: 0` and no `retry` are the same; keys
/// MetaParams does not type are compared as written.
bool sameMeta(const Value &a, const Value &b)
{
    if (MetaParams::parse(a) != MetaParams::parse(b))
        return false;
    const auto untyped = [](const Value &meta, const Value &other) {
        static const QSet<QString> typed = {
            u"noop"_qs,  u"retry"_qs, u"delay"_qs,  u"timeout"_qs,  u"poll"_qs,     u"limit"_qs,
            u"burst"_qs, u"sema"_qs,  u"hidden"_qs, u"autoedge"_qs, u"autogroup"_qs};
        for (const auto &[key, value] : meta.entries()) {
            if (typed.contains(key))
                continue;
            const Value *seen = other.find(key);
            if (!seen || !sameContent(value, *seen))
                return false;
        }
        return true;
    };
    return untyped(a, b) && untyped(b, a);
}

bool rewatchRequested(const Resource &resource)
{
    const Value *rewatch = resource.meta.find(u"rewatch");
    return rewatch && rewatch->toBool().value_or(false);
}

/// Each edge as "from NUL to NUL notify": kinds and names never hold a NUL (the reader refuses
/// it), so two different edges never share a key.
QSet<QString> edgeKeys(const Graph &graph)
{
    QSet<QString> keys;
    for (const EdgeId id : graph.edgeIds()) {
        const Edge &edge = graph.edge(id);
        keys.insert(QStringList{graph.resource(edge.from).key(), graph.resource(edge.to).key(),
                                edge.notify ? u"notify"_qs : QString()}
                        .join(QChar(0)));
    }
    return keys;
}

} // namespace

GraphDiff GraphDiff::compute(const Graph &before, const Graph &after,
                             const std::function<bool(ResourceId)> &watchFailed)
{
    GraphDiff diff;
    for (const ResourceId oldId : before.resourceIds()) {
        const Resource &old = before.resource(oldId);
        const ResourceId newId = after.find(old.kind, old.name);
        if (newId == InvalidId) {
            diff.removed.push_back(oldId);
            continue;
        }
        const Resource &next = after.resource(newId);
        const bool same = old.exported == next.exported && sameContent(old.params, next.params) &&
                          sameMeta(old.meta, next.meta);
        const bool rewatch = watchFailed && rewatchRequested(next) && watchFailed(oldId);
        (same && !rewatch ? diff.unchanged : diff.changed).emplace_back(oldId, newId);
    }
    for (const ResourceId newId : after.resourceIds()) {
        const Resource &next = after.resource(newId);
        if (before.find(next.kind, next.name) == InvalidId)
            diff.added.push_back(newId);
    }
    diff.edgesChanged = edgeKeys(before) != edgeKeys(after);
    return diff;
}

} // namespace converge
