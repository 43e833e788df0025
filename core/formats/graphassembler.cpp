#include "formats/graphassembler.h"

#include "model/danglingedges.h"
#include "model/metaparams.h"
#include "model/resourceschema.h"

#include <algorithm>
#include <tuple>

namespace converge {

namespace {

bool isResourcesKey(QStringView key)
{
    // `types:` is the 2016 spelling of `resources:`.
    return key == u"resources" || key == u"types";
}

QString shown(const Value &v)
{
    return ResourceSchema::describe(v);
}

void stripExport(QString *name, bool *exported)
{
    *exported = name->startsWith(u"@@");
    if (*exported)
        name->remove(0, 2);
}

/// Equal as mgmt compares decoded resources: the order of a map's keys does not count.
bool sameValue(const Value &a, const Value &b)
{
    if (!a.isMap() || !b.isMap())
        return a == b;
    return a.entries().size() == b.entries().size() &&
           std::all_of(a.entries().begin(), a.entries().end(), [&b](const Value::MapEntry &e) {
               const Value *other = b.find(e.first);
               return other && sameValue(e.second, *other);
           });
}

} // namespace

GraphAssembler::GraphAssembler(const QString &file, bool recordSpans)
    : m_file(file), m_recordSpans(recordSpans)
{}

bool GraphAssembler::take(const YamlValueBuilder::Path &path, Value &value)
{
    if (path.empty() || path[0].index >= 0)
        return false;
    recordKey(path);
    if (isResourcesKey(path[0].key) && path.size() == 3 && path[1].index < 0 &&
        path[2].index >= 0) {
        takeResource(path[1].key, path[2].index, value);
        return true;
    }
    if (isResourcesKey(path[0].key) && path.size() == 2 && path[1].index < 0) {
        takeKind(path[1], value);
        return true;
    }
    if (path[0].key == u"edges" && path.size() == 2 && path[1].index >= 0) {
        takeEdge(path[1].index, value);
        return true;
    }
    return false;
}

void GraphAssembler::recordKey(const YamlValueBuilder::Path &path)
{
    // Values complete before their map: the keys of one resource or edge arrive before it (a
    // list step's index is set only when its item completes, so it cannot be checked here).
    const YamlValueBuilder::PathStep &last = path.back();
    if (last.index >= 0 || !m_recordSpans)
        return;
    if (path.size() == 1 || (path.size() == 4 && isResourcesKey(path[0].key)) ||
        (path.size() == 3 && path[0].key == u"edges")) {
        (path.size() == 1 ? m_source.topKeys : m_itemKeys).emplace_back(last.key, last.keyLocation);
    }
}

void GraphAssembler::takeKind(const YamlValueBuilder::PathStep &step, const Value &list)
{
    if (m_recordSpans)
        m_source.kinds.emplace_back(step.key, step.keyLocation);
    m_itemKeys.clear(); // keys of a kind that held a map instead of a list
    if (!list.isList() && !list.isNull()) {
        report(
            Diagnostic::Severity::Error, list.location(),
            tr("resources: %1: expected a list of resources, got %2").arg(step.key, shown(list)));
    } else if (ResourceSchema::isRunnable(step.key)) {
        return;
    } else if (ResourceSchema::isMgmtKind(step.key)) {
        report(Diagnostic::Severity::Warning, step.keyLocation,
               tr("kind %1 is not supported: its resources load but will not run").arg(step.key));
    } else if (const QString meant = ResourceSchema::closestKind(step.key); !meant.isEmpty()) {
        report(Diagnostic::Severity::Error, step.keyLocation,
               tr("unknown kind %1: mgmt has no such resource; did you mean %2?")
                   .arg(step.key, meant));
    } else {
        report(Diagnostic::Severity::Error, step.keyLocation,
               tr("unknown kind %1: mgmt has no such resource").arg(step.key));
    }
}

void GraphAssembler::takeResource(const QString &kind, int index, Value &value)
{
    const QString item = tr("resources: %1: item %2").arg(kind).arg(index + 1);
    YamlSource::ResourceSpans spans;
    spans.keys = std::exchange(m_itemKeys, {});
    if (!value.isMap()) {
        report(Diagnostic::Severity::Error, value.location(),
               tr("%1: expected a map with a name, got %2").arg(item, shown(value)));
        return;
    }
    Resource r;
    r.kind = kind;
    r.location = value.location();
    const Value *name = value.find(u"name");
    if (!name || name->isNull() || (name->isScalar() && name->text().isEmpty())) {
        report(Diagnostic::Severity::Error, name ? name->location() : value.location(),
               tr("%1 has no name").arg(item));
        return;
    }
    if (!name->isScalar()) {
        report(Diagnostic::Severity::Error, name->location(),
               tr("%1: name: expected a string, got %2").arg(item, shown(*name)));
        return;
    }
    r.name = name->text();
    stripExport(&r.name, &r.exported);
    const SourceLocation nameLocation = name->location();
    spans.name = nameLocation;
    spans.nameStyle = name->style();
    if (r.name.contains(QChar(0))) {
        report(Diagnostic::Severity::Error, nameLocation,
               tr("%1: name: contains a NUL character (\\0), which no name can hold").arg(item));
        return;
    }
    for (Value::MapEntry &entry : value.entries()) {
        if (entry.first == u"meta")
            r.meta = std::move(entry.second);
        else if (entry.first != u"name")
            r.params.entries().push_back(std::move(entry));
    }
    if (const ResourceId first = m_graph.find(kind, r.name); first != InvalidId) {
        takeDuplicate(m_graph.resource(first), r, nameLocation);
        return;
    }
    MetaParams::parse(r.meta, m_file, r.key(), &m_diagnostics);
    ResourceSchema::check(r, m_file, &m_diagnostics);
    ResourceSchema::warnUnknown(r, m_file, &m_diagnostics);
    const ResourceId id = m_graph.addResource(std::move(r));
    if (m_recordSpans)
        m_source.resources.insert(id, std::move(spans));
}

void GraphAssembler::takeDuplicate(const Resource &first, const Resource &again, SourceLocation at)
{
    // mgmt adds a resource only when no equal one (engine.ResCmp) is in the graph yet, so an
    // exact repeat is one resource; a different one under the same name is a conflict.
    const QString key = again.key();
    if (sameValue(first.params, again.params) && sameValue(first.meta, again.meta) &&
        first.exported == again.exported) {
        report(Diagnostic::Severity::Warning, at,
               tr("%1 repeats the resource at line %2:%3 exactly: merged into one, as mgmt does")
                   .arg(key)
                   .arg(first.location.line)
                   .arg(first.location.column),
               key);
        return;
    }
    report(Diagnostic::Severity::Error, at,
           tr("duplicate resource %1 differs from the one at line %2:%3 (mgmt merges only exact "
              "repeats)")
               .arg(key)
               .arg(first.location.line)
               .arg(first.location.column),
           key);
}

void GraphAssembler::takeEdge(int index, Value &value)
{
    QString label = tr("edges: item %1").arg(index + 1);
    if (!value.isMap()) {
        report(Diagnostic::Severity::Error, value.location(),
               tr("%1: expected a map with name, from and to, got %2").arg(label, shown(value)));
        return;
    }
    PendingEdge pending;
    pending.spans.keys = std::exchange(m_itemKeys, {});
    pending.edge.location = value.location();
    bool ok = true;
    // mgmt's edge name is only a label: an edge without one is still an edge.
    const Value *name = value.find(u"name");
    if (name && name->isScalar() && !name->text().isEmpty()) {
        pending.edge.name = name->text();
        pending.spans.name = name->location();
        label = tr("edge %1").arg(pending.edge.name);
    } else if (name && !name->isScalar() && !name->isNull()) {
        report(Diagnostic::Severity::Error, name->location(),
               tr("%1: name: expected a string, got %2").arg(label, shown(*name)));
        ok = false;
    }
    pending.label = label;
    ok = readEdgeEnd(label, value, u"from", &pending.from) && ok;
    ok = readEdgeEnd(label, value, u"to", &pending.to) && ok;
    for (Value::MapEntry &entry : value.entries()) {
        if (entry.first == u"notify") {
            const auto notify = entry.second.toBool();
            if (!notify && !entry.second.isNull()) {
                report(Diagnostic::Severity::Error, entry.second.location(),
                       tr("%1: notify: expected true or false, got %2")
                           .arg(label, shown(entry.second)));
            }
            pending.edge.notify = notify.value_or(false);
            if (entry.second.isScalar())
                pending.spans.notify = entry.second.location();
        } else if (entry.first != u"name" && entry.first != u"from" && entry.first != u"to") {
            pending.edge.extra.entries().push_back(std::move(entry));
        }
    }
    if (ok)
        m_edges.push_back(std::move(pending));
}

bool GraphAssembler::readEdgeEnd(const QString &label, const Value &edge, const char16_t *key,
                                 EdgeEnd *end)
{
    const QString k = QString::fromUtf16(key);
    const Value *v = edge.find(key);
    if (!v) {
        report(Diagnostic::Severity::Error, edge.location(), tr("%1: missing %2").arg(label, k));
        return false;
    }
    if (!v->isMap()) {
        report(Diagnostic::Severity::Error, v->location(),
               tr("%1: %2: expected a map with kind and name, got %3").arg(label, k, shown(*v)));
        return false;
    }
    end->location = v->location();
    // `res:` (2016-03) and `type:` (before) are the older spellings of `kind:`.
    const Value *kind = v->find(u"kind");
    if (!kind)
        kind = v->find(u"res");
    if (!kind)
        kind = v->find(u"type");
    const Value *name = v->find(u"name");
    bool ok = true;
    for (const auto &[field, value] : {std::pair{u"kind"_qs, kind}, std::pair{u"name"_qs, name}}) {
        if (!value || !value->isScalar() || value->text().isEmpty()) {
            report(Diagnostic::Severity::Error, value ? value->location() : v->location(),
                   tr("%1: %2: missing %3").arg(label, k, field));
            ok = false;
        }
    }
    if (!ok)
        return false;
    // mgmt looks edge ends up by the lowercased kind: `kind: Exec` names an exec.
    end->kind = kind->text().toLower();
    end->name = name->text();
    end->kindAt = kind->location();
    end->nameAt = name->location();
    end->nameStyle = name->style();
    bool exported = false;
    stripExport(&end->name, &exported);
    return true;
}

void GraphAssembler::finish(Value &root)
{
    checkTopLevel(root);
    reportUncollected();
    resolveEdges();
    reportCycles();
}

void GraphAssembler::checkTopLevel(Value &root)
{
    if (!root.isMap()) {
        report(Diagnostic::Severity::Error, root.location(),
               tr("top level: expected a map with graph, resources and edges, got %1")
                   .arg(shown(root)));
        return;
    }
    const Value *graph = root.find(u"graph");
    if (!graph) {
        report(Diagnostic::Severity::Error, root.location(),
               tr("graph: missing (mgmt needs a graph name)"));
    } else if (!graph->isScalar() || graph->text().isEmpty()) {
        report(Diagnostic::Severity::Error, graph->location(),
               tr("graph: expected a graph name, got %1").arg(shown(*graph)));
    }
    for (Value::MapEntry &entry : root.entries()) {
        const Value &v = entry.second;
        if (entry.first == u"graph") {
            m_graph.name = v.text();
            m_source.graphName = v.isScalar() ? v.location() : SourceLocation();
        } else if (entry.first == u"comment") {
            if (!v.isScalar() && !v.isNull())
                report(Diagnostic::Severity::Error, v.location(),
                       tr("comment: expected a string, got %1").arg(shown(v)));
            m_graph.comment = v.text();
            m_source.comment = v.isScalar() ? v.location() : SourceLocation();
        } else if (isResourcesKey(entry.first)) {
            if (!v.isMap() && !v.isNull())
                report(Diagnostic::Severity::Error, v.location(),
                       tr("%1: expected a map from kind to a list of resources, got %2")
                           .arg(entry.first, shown(v)));
        } else if (entry.first == u"edges") {
            if (!v.isList() && !v.isNull())
                report(Diagnostic::Severity::Error, v.location(),
                       tr("edges: expected a list of edges, got %1").arg(shown(v)));
        } else if (entry.first == u"collect") {
            m_graph.collect = std::move(entry.second);
        } else if (entry.first == u"converge") {
            readPositions(entry.second);
        } else {
            m_graph.extra.entries().push_back(std::move(entry));
        }
    }
}

void GraphAssembler::resolveEdges()
{
    for (PendingEdge &pending : m_edges) {
        Edge &edge = pending.edge;
        edge.from = m_graph.find(pending.from.kind, pending.from.name);
        edge.to = m_graph.find(pending.to.kind, pending.to.name);
        if (edge.from == InvalidId || edge.to == InvalidId) {
            // Kept, so that the window shows it and saving keeps its text; an error until the
            // resource exists.
            const EdgeId id = m_graph.addDanglingEdge(
                {std::move(edge), pending.from.end(), pending.to.end(), pending.label});
            DanglingEdges::report(m_graph, id, m_file, &m_diagnostics);
            recordEdgeSpans(id, pending);
            continue;
        }
        bool ok = true;
        for (ResourceId id : {edge.from, edge.to}) {
            if (!ok || ResourceSchema::isCollected(m_graph.resource(id), m_graph.collect))
                continue;
            // mgmt has no vertex for it, and refuses the edge ("can't find 'to' name").
            report(Diagnostic::Severity::Error, pending.location(id == edge.from),
                   tr("%1: %2 is exported and not collected, so mgmt has no such resource to "
                      "connect")
                       .arg(pending.label, m_graph.resource(id).key()));
            ok = false;
        }
        if (!ok)
            continue;
        if (edge.from == edge.to) {
            const QString key = m_graph.resource(edge.from).key();
            report(Diagnostic::Severity::Error, edge.location,
                   tr("%1: self-loop on %2").arg(pending.label, key), key);
            continue;
        }
        if (mergeRepeatedEdge(pending))
            continue;
        recordEdgeSpans(m_graph.addEdge(std::move(edge)), pending);
    }
    m_edges.clear();
}

void GraphAssembler::recordEdgeSpans(EdgeId id, PendingEdge &pending)
{
    if (!m_recordSpans)
        return;
    YamlSource::EdgeSpans &spans = pending.spans;
    spans.fromKind = pending.from.kindAt;
    spans.fromName = pending.from.nameAt;
    spans.fromNameStyle = pending.from.nameStyle;
    spans.toKind = pending.to.kindAt;
    spans.toName = pending.to.nameAt;
    spans.toNameStyle = pending.to.nameStyle;
    m_source.edges.insert(id, std::move(spans));
}

bool GraphAssembler::mergeRepeatedEdge(const PendingEdge &pending)
{
    const Edge &edge = pending.edge;
    for (EdgeId id : m_graph.outEdges(edge.from)) {
        Edge &kept = m_graph.edge(id);
        if (kept.to != edge.to)
            continue;
        // mgmt keeps one edge per pair of resources, the last one written (pgraph.AddEdge
        // overwrites), so its name and notify are the ones that count.
        report(Diagnostic::Severity::Warning, edge.location,
               tr("%1 repeats the edge %2 -> %3 at line %4: kept once, with this one's notify, "
                  "as mgmt does")
                   .arg(pending.label, m_graph.resource(edge.from).key(),
                        m_graph.resource(edge.to).key())
                   .arg(kept.location.line));
        kept.name = edge.name;
        kept.notify = edge.notify;
        return true;
    }
    return false;
}

void GraphAssembler::reportUncollected()
{
    // mgmt hands `@@` resources to other hosts and runs them here only when a collect takes
    // their kind. The graph keeps them (saving must not lose them); runs leave them out.
    for (ResourceId id : m_graph.resourceIds()) {
        const Resource &r = m_graph.resource(id);
        if (ResourceSchema::isCollected(r, m_graph.collect))
            continue;
        report(Diagnostic::Severity::Warning, r.location,
               tr("%1: exported (@@) and no collect takes kind %2: it does not run, as under "
                  "mgmt")
                   .arg(r.key(), r.kind),
               r.key());
    }
}

void GraphAssembler::readPositions(Value &converge)
{
    if (!converge.isMap()) {
        report(Diagnostic::Severity::Warning, converge.location(),
               tr("converge: expected a map, got %1; ignored").arg(shown(converge)));
        return;
    }
    const Value *positions = converge.find(u"positions");
    for (const Value &p : positions ? positions->items() : std::vector<Value>{}) {
        const Value *kind = p.find(u"kind");
        const Value *name = p.find(u"name");
        const Value *x = p.find(u"x");
        const Value *y = p.find(u"y");
        if (!kind || !name || !x || !y || !x->toDouble() || !y->toDouble()) {
            report(Diagnostic::Severity::Warning, p.location(),
                   tr("converge: positions: expected kind, name, x and y; ignored"));
            continue;
        }
        QString plainName = name->text();
        bool exported = false;
        stripExport(&plainName, &exported);
        const ResourceId id = m_graph.find(kind->text(), plainName);
        if (id == InvalidId) {
            report(
                Diagnostic::Severity::Warning, p.location(),
                tr("converge: positions: no resource %1/%2; ignored").arg(kind->text(), plainName));
            continue;
        }
        m_graph.resource(id).position = QPointF(*x->toDouble(), *y->toDouble());
        if (m_recordSpans)
            m_source.positions.insert(id, {p.location(), kind->location(), name->location(),
                                           x->location(), y->location(), name->style()});
    }
    converge.remove(u"positions");
    if (!converge.entries().empty())
        m_graph.extra.insert(u"converge"_qs, std::move(converge));
}

void GraphAssembler::reportCycles()
{
    for (const std::vector<ResourceId> &cycle : m_graph.findAllCycles()) {
        // Point at the edge that closes the loop: removing it is one way out.
        const ResourceId last = cycle[cycle.size() - 2];
        SourceLocation at = m_graph.resource(cycle.front()).location;
        for (EdgeId e : m_graph.outEdges(last)) {
            if (m_graph.edge(e).to == cycle.front())
                at = m_graph.edge(e).location;
        }
        const QString first = m_graph.resource(cycle.front()).key();
        report(Diagnostic::Severity::Error, at, tr("cycle: %1").arg(m_graph.describePath(cycle)),
               first);
    }
}

void GraphAssembler::report(Diagnostic::Severity severity, SourceLocation at,
                            const QString &message, const QString &resource)
{
    Diagnostic d;
    d.severity = severity;
    d.file = m_file;
    d.location = at;
    d.message = message;
    d.resource = resource;
    m_diagnostics.append(d);
}

} // namespace converge
