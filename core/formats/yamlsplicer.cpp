#include "formats/yamlsplicer.h"

#include "formats/yamlpositionsplicer.h"

#include "formats/graphcomparison.h"
#include "formats/yamlemitter.h"
#include "formats/yamlgraphreader.h"
#include "formats/yamlgraphwriter.h"

#include <QSet>

#include <algorithm>

namespace converge {

namespace {

bool hasMeta(const Resource &r)
{
    return !r.meta.isNull() && !(r.meta.isMap() && r.meta.entries().empty());
}

/// Edges, then dangling edges: every edge that has text.
std::vector<EdgeId> allEdges(const Graph &graph)
{
    std::vector<EdgeId> ids = graph.edgeIds();
    std::ranges::copy(graph.danglingEdgeIds(), std::back_inserter(ids));
    return ids;
}

/// The kind and the name as written (with `@@`) of each end of an edge or dangling edge.
std::pair<EdgeEndName, EdgeEndName> endsOf(const Graph &graph, EdgeId id)
{
    if (graph.isDangling(id)) {
        const DanglingEdge dangling = graph.danglingEdge(id);
        return {dangling.from, dangling.to};
    }
    const Resource &from = graph.resource(graph.edge(id).from);
    const Resource &to = graph.resource(graph.edge(id).to);
    return {{from.kind, from.fileName(), {}}, {to.kind, to.fileName(), {}}};
}

} // namespace

YamlSplicer::YamlSplicer(const YamlSource &source, const Graph &graph)
    : m_source(source), m_graph(graph), m_splice(source)
{}

std::optional<YamlSplicer::Outcome>
YamlSplicer::splice(const std::shared_ptr<const YamlSource> &source, const Graph &graph,
                    QString *why)
{
    YamlSplicer splicer(*source, graph);
    const auto refuse = [&](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!splicer.run())
        return refuse(splicer.m_why);
    if (splicer.m_splice.edits().isEmpty() &&
        GraphComparison::difference(graph, source->graph).isEmpty()) {
        auto same = std::make_shared<YamlSource>(*source);
        same->bindTo(graph);
        return Outcome{source->text, std::move(same), {}, std::nullopt};
    }
    const std::optional<QByteArray> text = splicer.m_splice.edits().apply(source->text);
    if (!text)
        return refuse(tr("two changes fall on the same lines"));
    YamlGraphReader::Result back = YamlGraphReader::readData(*text);
    if (!back.source)
        return refuse(
            tr("the changed text does not read back: %1").arg(back.diagnostics.value(0).message));
    if (const QString difference = GraphComparison::difference(graph, back.graph);
        !difference.isEmpty())
        return refuse(tr("the changed text does not read back as the graph (%1)").arg(difference));
    auto read = std::make_shared<YamlSource>(*back.source);
    read->bindTo(graph);
    return Outcome{*text, std::move(read), splicer.m_splice.edits(), std::move(back.diagnostics)};
}

bool YamlSplicer::fail(const QString &why)
{
    if (m_why.isEmpty())
        m_why = why;
    return false;
}

bool YamlSplicer::run()
{
    matchElements();
    return spliceTopLevel() && spliceResources() && spliceEdges() &&
           YamlPositionSplicer(m_source, m_graph, m_splice, m_ownOf, m_editedOf).splice(&m_why);
}

void YamlSplicer::matchElements()
{
    const Graph &own = m_source.graph;
    const auto pair = [this](ResourceId o, ResourceId e) {
        m_editedOf.insert(o, e);
        m_ownOf.insert(e, o);
    };
    const std::vector<ResourceId> ids = m_graph.resourceIds();
    for (ResourceId id : ids) {
        const ResourceId o = m_source.ownResource(id);
        if (o != InvalidId && own.contains(o) &&
            own.resource(o).kind == m_graph.resource(id).kind && !m_editedOf.contains(o))
            pair(o, id);
    }
    // A resource removed and put back (undo) has a new id: the same key is the same resource.
    for (ResourceId id : ids) {
        const Resource &r = m_graph.resource(id);
        const ResourceId o = own.find(r.kind, r.name);
        if (!m_ownOf.contains(id) && o != InvalidId && !m_editedOf.contains(o))
            pair(o, id);
    }
    QSet<EdgeId> taken;
    const auto ownEdge = [&](EdgeId id) -> EdgeId {
        const Edge &e = m_graph.edge(id);
        const ResourceId from = m_ownOf.value(e.from, InvalidId);
        const ResourceId to = m_ownOf.value(e.to, InvalidId);
        if (from == InvalidId || to == InvalidId)
            return InvalidId;
        for (EdgeId o : own.outEdges(from)) {
            if (own.edge(o).to == to && !taken.contains(o))
                return o;
        }
        return InvalidId;
    };
    for (EdgeId id : m_graph.edgeIds()) {
        if (const EdgeId o = ownEdge(id); o != InvalidId) {
            taken.insert(o);
            m_edgeOwnOf.insert(id, o);
        }
    }
    matchDanglingEdges();
}

void YamlSplicer::matchDanglingEdges()
{
    // An edge read to a missing resource is the same text whether it still dangles or has
    // connected since, and so is an edge read whole that dangles now (its resource's addition
    // undone after a save): ends match by the keys they name, or through a renamed resource.
    const Graph &own = m_source.graph;
    const auto sameEnd = [&](const EdgeEndName &read, const EdgeEndName &edited) {
        if (read.kind != edited.kind)
            return false;
        const ResourceId o = own.find(read.kind, read.name);
        const ResourceId e = m_editedOf.value(o, InvalidId);
        return o == InvalidId ? read.name == edited.name
                              : e != InvalidId && m_graph.resource(e).fileName() == edited.name;
    };
    std::vector<EdgeId> unmatched = allEdges(own);
    const QList<EdgeId> matched = m_edgeOwnOf.values();
    const QSet<EdgeId> taken(matched.begin(), matched.end());
    std::erase_if(unmatched, [&](EdgeId o) { return taken.contains(o); });
    std::vector<EdgeId> edited = m_graph.danglingEdgeIds();
    for (EdgeId id : m_graph.edgeIds()) {
        if (!m_edgeOwnOf.contains(id))
            edited.push_back(id);
    }
    for (EdgeId id : edited) {
        const auto ends = endsOf(m_graph, id); // not bound by name: clang 14 cannot capture it
        const auto match = std::find_if(unmatched.begin(), unmatched.end(), [&](EdgeId o) {
            const auto [readFrom, readTo] = endsOf(own, o);
            return own.edge(o).name == m_graph.edge(id).name && sameEnd(readFrom, ends.first) &&
                   sameEnd(readTo, ends.second);
        });
        if (match != unmatched.end()) {
            m_danglingOwnOf.insert(id, *match);
            unmatched.erase(match);
        }
    }
}

bool YamlSplicer::spliceTopLevel()
{
    const Graph &own = m_source.graph;
    if (!GraphComparison::sameValue(own.collect, m_graph.collect) ||
        !GraphComparison::sameValue(own.extra, m_graph.extra))
        return fail(tr("a top-level key other than graph and comment changed"));
    if (own.name != m_graph.name &&
        !m_splice.replaceScalar(m_source.graphName, Value::scalar(m_graph.name)))
        return fail(tr("the graph's name cannot be changed in place"));
    if (own.comment != m_graph.comment &&
        !m_splice.replaceScalar(m_source.comment, Value::scalar(m_graph.comment)))
        return fail(tr("the comment cannot be changed in place"));
    return true;
}

bool YamlSplicer::spliceResources()
{
    const Graph &own = m_source.graph;
    QSet<QString> removedKinds;
    if (!removeKinds(&removedKinds))
        return false;
    for (ResourceId o : own.resourceIds()) {
        const ResourceId edited = m_editedOf.value(o, InvalidId);
        if (edited != InvalidId) {
            if (!spliceResource(o, edited))
                return false;
        } else if (!removedKinds.contains(own.resource(o).kind) &&
                   !m_splice.removeItem(own.resource(o).location)) {
            return fail(tr("%1 is not a block list item: it cannot be removed alone")
                            .arg(own.resource(o).key()));
        }
    }
    return insertResources();
}

bool YamlSplicer::removeKinds(QSet<QString> *removedKinds)
{
    // A kind that loses all its resources and gains none goes with its key.
    QSet<QString> kept;
    for (ResourceId id : m_graph.resourceIds())
        kept.insert(m_graph.resource(id).kind);
    for (const YamlSource::Key &kind : m_source.kinds) {
        if (kept.contains(kind.first) || m_source.graph.kinds().indexOf(kind.first) < 0)
            continue;
        const qsizetype key = m_source.offset(kind.second);
        if (key < 0 || !m_splice.text().startsLine(key))
            return fail(tr("the kind %1 cannot be removed in place").arg(kind.first));
        const qsizetype start = m_splice.text().lineStart(key);
        m_splice.replace(start, m_splice.text().blockEnd(start, m_splice.text().column(key), true),
                         {});
        removedKinds->insert(kind.first);
    }
    return true;
}

bool YamlSplicer::spliceResource(ResourceId own, ResourceId edited)
{
    const Resource &before = m_source.graph.resource(own);
    const Resource &after = m_graph.resource(edited);
    const YamlSource::ResourceSpans spans = m_source.resources.value(own);
    if (before.fileName() != after.fileName() &&
        !m_splice.replaceScalar(spans.name, Value::scalar(after.fileName(), spans.nameStyle)))
        return fail(tr("the name of %1 cannot be changed in place").arg(before.key()));
    const qsizetype mapStart = m_source.offset(before.location);
    for (const Value::MapEntry &entry : before.params.entries()) {
        if (!spliceEntry(spans, mapStart, entry.first, &entry.second,
                         after.params.find(entry.first)))
            return fail(tr("%1: %2 cannot be changed in place").arg(before.key(), entry.first));
    }
    for (const Value::MapEntry &entry : after.params.entries()) {
        if (!before.params.find(entry.first) &&
            !spliceEntry(spans, mapStart, entry.first, nullptr, &entry.second))
            return fail(tr("%1: %2 cannot be added in place").arg(before.key(), entry.first));
    }
    if (GraphComparison::sameValue(before.meta, after.meta) ||
        (!hasMeta(before) && !hasMeta(after)))
        return true;
    const bool written = YamlSource::findKey(spans.keys, u"meta") != nullptr;
    if (!spliceEntry(spans, mapStart, u"meta"_qs, written ? &before.meta : nullptr,
                     hasMeta(after) ? &after.meta : nullptr))
        return fail(tr("%1: meta cannot be changed in place").arg(before.key()));
    return true;
}

bool YamlSplicer::spliceEntry(const YamlSource::ResourceSpans &spans, qsizetype mapStart,
                              const QString &key, const Value *before, const Value *after)
{
    if (before && after && *before == *after)
        return true;
    if (before && after && before->isScalar() && after->isScalar() &&
        m_splice.replaceScalar(before->location(), *after))
        return true;
    const YamlSource::Key *written = YamlSource::findKey(spans.keys, key);
    if (before && !written)
        return false;
    if (m_splice.text().inFlow(m_source.offset(spans.name))) {
        // A resource written as one flow map (`- {name: a, cmd: b}`) stays one.
        if (!before)
            return m_splice.insertFlowEntry(mapStart, key, *after);
        return after ? m_splice.replaceFlowValue(before->location(), *after)
                     : m_splice.removeFlowEntry(written->second);
    }
    const qsizetype itemEnd = m_splice.text().itemLines(mapStart).second;
    if (itemEnd < 0)
        return false;
    if (!before)
        return m_splice.insertEntry(itemEnd, m_splice.text().column(mapStart), key, *after);
    return m_splice.replaceEntry(written->second, key, after);
}

bool YamlSplicer::insertResources()
{
    const Graph &own = m_source.graph;
    // The last resource of each kind in the text, and the last kind key: where new ones follow.
    QHash<QString, ResourceId> lastOfKind;
    ResourceId anyResource = InvalidId;
    for (ResourceId o : own.resourceIds()) {
        const Resource &r = own.resource(o);
        const ResourceId last = lastOfKind.value(r.kind, InvalidId);
        if (last == InvalidId ||
            m_source.offset(own.resource(last).location) < m_source.offset(r.location))
            lastOfKind.insert(r.kind, o);
        anyResource = o;
    }
    QStringList newKinds;
    QHash<QString, QByteArray> newSections;
    for (ResourceId id : m_graph.resourceIds()) {
        if (m_ownOf.contains(id))
            continue;
        const Resource &r = m_graph.resource(id);
        const ResourceId neighbour = lastOfKind.value(r.kind, anyResource);
        if (neighbour == InvalidId)
            return fail(tr("the file has no resource for %1 to follow").arg(r.key()));
        const qsizetype mapStart = m_source.offset(own.resource(neighbour).location);
        const qsizetype dash = m_splice.text().itemDash(mapStart);
        if (dash < 0)
            return fail(tr("%1 is not in a block list: %2 cannot follow it")
                            .arg(own.resource(neighbour).key(), r.key()));
        const int dashColumn = m_splice.text().column(dash);
        // In the style of its neighbour: one flow map after a one-line flow map.
        const QByteArray item =
            m_splice.text().flowEnd(mapStart) >= 0
                ? YamlTextSplice::newFlowItem(YamlGraphWriter::resourceEntries(r), dashColumn)
                : YamlTextSplice::newItem(YamlGraphWriter::resourceEntries(r), dashColumn,
                                          m_splice.text().column(mapStart));
        if (lastOfKind.contains(r.kind)) {
            m_splice.insertLines(m_splice.itemEnd(own.resource(neighbour).location), item);
            continue;
        }
        if (!newSections.contains(r.kind))
            newKinds.append(r.kind);
        newSections[r.kind] += item;
    }
    if (newKinds.isEmpty())
        return true;
    const auto lastKind =
        std::max_element(m_source.kinds.begin(), m_source.kinds.end(),
                         [this](const YamlSource::Key &a, const YamlSource::Key &b) {
                             return m_source.offset(a.second) < m_source.offset(b.second);
                         });
    const qsizetype kindAt =
        lastKind == m_source.kinds.end() ? -1 : m_source.offset(lastKind->second);
    if (kindAt < 0 || !m_splice.text().startsLine(kindAt))
        return fail(tr("the file has no kind for a new kind to follow"));
    const int kindColumn = m_splice.text().column(kindAt);
    const qsizetype end =
        m_splice.text().blockEnd(m_splice.text().lineStart(kindAt), kindColumn, true);
    for (const QString &kind : newKinds) {
        m_splice.insertLines(end, YamlTextSplice::spaces(kindColumn) +
                                      YamlEmitter::text(kind).toUtf8() + ":\n" +
                                      newSections.value(kind));
    }
    return true;
}

bool YamlSplicer::spliceEdges()
{
    const Graph &own = m_source.graph;
    QSet<EdgeId> kept;
    for (EdgeId id : allEdges(m_graph)) {
        const EdgeId o = m_edgeOwnOf.value(id, m_danglingOwnOf.value(id, InvalidId));
        if (o == InvalidId)
            continue;
        kept.insert(o);
        const auto [fromBefore, toBefore] = endsOf(own, o);
        const auto [fromAfter, toAfter] = endsOf(m_graph, id);
        const YamlSource::EdgeSpans spans = m_source.edges.value(o);
        const QString label = fromBefore.key() + u" -> "_qs + toBefore.key();
        for (auto [before, after, at, style] :
             {std::tuple{&fromBefore, &fromAfter, spans.fromName, spans.fromNameStyle},
              std::tuple{&toBefore, &toAfter, spans.toName, spans.toNameStyle}}) {
            if (after->name != before->name &&
                !m_splice.replaceScalar(at, Value::scalar(after->name, style)))
                return fail(tr("the edge %1 cannot name %2 in place").arg(label, after->key()));
        }
        if (!spliceEdgeValues(own.edge(o), m_graph.edge(id), spans, label))
            return false;
    }
    for (EdgeId o : allEdges(own)) {
        if (!kept.contains(o) && !m_splice.removeItem(own.edge(o).location))
            return fail(
                tr("an edge at line %1 is not a block list item: it cannot be removed alone")
                    .arg(own.edge(o).location.line));
    }
    return insertEdges();
}

bool YamlSplicer::spliceEdgeValues(const Edge &before, const Edge &after,
                                   const YamlSource::EdgeSpans &spans, const QString &label)
{
    if (before.name != after.name && !m_splice.replaceScalar(spans.name, Value::scalar(after.name)))
        return fail(tr("the edge %1 cannot be renamed in place").arg(label));
    if (!GraphComparison::sameValue(before.extra, after.extra))
        return fail(tr("the edge %1 changed a key Converge does not edit").arg(label));
    if (before.notify == after.notify)
        return true;
    const Value notify = Value::scalar(after.notify ? u"true"_qs : u"false"_qs);
    if (spans.notify.isValid()) {
        if (!m_splice.replaceScalar(spans.notify, notify))
            return fail(tr("the edge %1 cannot change notify in place").arg(label));
        return true;
    }
    const qsizetype mapStart = m_source.offset(before.location);
    if (m_splice.at(mapStart) == '{') {
        if (!m_splice.insertFlowEntry(mapStart, u"notify"_qs, notify))
            return fail(tr("the edge %1 cannot gain notify in place").arg(label));
        return true;
    }
    const qsizetype end = m_splice.itemEnd(before.location);
    if (end < 0)
        return fail(tr("the edge %1 cannot gain notify in place").arg(label));
    m_splice.insertLines(end, YamlTextSplice::spaces(m_splice.text().column(mapStart)) +
                                  "notify: true\n");
    return true;
}

bool YamlSplicer::insertEdges()
{
    const Graph &own = m_source.graph;
    EdgeId neighbour = InvalidId;
    for (EdgeId o : allEdges(own)) {
        if (neighbour == InvalidId || own.edge(o).location.line > own.edge(neighbour).location.line)
            neighbour = o;
    }
    QByteArray lines;
    qsizetype at = -1;
    int dashColumn = 0;
    int keyColumn = 2;
    if (neighbour != InvalidId) {
        const qsizetype mapStart = m_source.offset(own.edge(neighbour).location);
        const qsizetype dash = m_splice.text().itemDash(mapStart);
        if (dash < 0)
            return fail(tr("the edges are not a block list: a new edge cannot follow them"));
        dashColumn = m_splice.text().column(dash);
        keyColumn =
            m_splice.at(mapStart) == '{' ? dashColumn + 2 : m_splice.text().column(mapStart);
        at = m_splice.itemEnd(own.edge(neighbour).location);
    }
    for (EdgeId id : allEdges(m_graph)) {
        if (!m_edgeOwnOf.contains(id) && !m_danglingOwnOf.contains(id))
            lines += edgeText(id, neighbour, dashColumn, keyColumn);
    }
    if (lines.isEmpty())
        return true;
    if (at < 0) {
        // No edge to follow: an `edges:` key with nothing under it, or a new key at the end.
        const qsizetype key = m_source.offset(m_source.topKey(u"edges"));
        if (key >= 0) {
            const qsizetype lineEnd = m_splice.text().nextLine(key);
            const QByteArray rest = m_source.text.mid(key, lineEnd - key).trimmed();
            if (rest != "edges:" && rest != "edges: []")
                return fail(tr("the edges key holds something a new edge cannot follow"));
            m_splice.replace(key, lineEnd, "edges:\n");
        } else {
            lines.prepend("edges:\n");
            const qsizetype converge = m_source.offset(m_source.topKey(u"converge"));
            m_splice.insertLines(
                converge < 0 ? m_source.text.size() : m_splice.text().lineStart(converge), lines);
            return true;
        }
        at = m_splice.text().nextLine(key);
    }
    m_splice.insertLines(at, lines);
    return true;
}

QByteArray YamlSplicer::edgeText(EdgeId edited, EdgeId neighbour, int dashColumn,
                                 int keyColumn) const
{
    const Edge &edge = m_graph.edge(edited);
    const YamlSource::EdgeSpans spans = m_source.edges.value(neighbour);
    // A neighbour without notify can still lend its text when it is a block map: the new
    // edge's notify goes on a line of its own after it.
    const bool blockMap =
        neighbour != InvalidId &&
        m_splice.at(m_splice.offset(m_source.graph.edge(neighbour).location)) != '{';
    const bool template_ = neighbour != InvalidId && !edge.name.isEmpty() && spans.name.isValid() &&
                           spans.fromKind.isValid() && spans.toKind.isValid() &&
                           edge.extra.entries().empty() &&
                           m_source.graph.edge(neighbour).extra.entries().empty() &&
                           (spans.notify.isValid() || !edge.notify || blockMap);
    if (template_) {
        // The neighbour's text with its values swapped: the new edge is written its way.
        const auto [from, to] = endsOf(m_graph, edited);
        std::vector<std::pair<SourceLocation, QString>> values = {{spans.name, edge.name},
                                                                  {spans.fromKind, from.kind},
                                                                  {spans.fromName, from.name},
                                                                  {spans.toKind, to.kind},
                                                                  {spans.toName, to.name}};
        if (spans.notify.isValid())
            values.emplace_back(spans.notify, edge.notify ? u"true"_qs : u"false"_qs);
        if (auto text = m_splice.itemWith(m_source.graph.edge(neighbour).location, values)) {
            if (edge.notify && !spans.notify.isValid())
                *text += YamlTextSplice::spaces(keyColumn) + "notify: true\n";
            return *text;
        }
    }
    const auto entries = YamlGraphWriter::edgeValue(m_graph, edited).entries();
    if (neighbour != InvalidId && !blockMap &&
        m_splice.text().flowEnd(m_splice.offset(m_source.graph.edge(neighbour).location)) >= 0)
        return YamlTextSplice::newFlowItem(entries, dashColumn);
    return YamlTextSplice::newItem(entries, dashColumn, keyColumn);
}

} // namespace converge
