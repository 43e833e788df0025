#include "formats/yamlgraphwriter.h"

#include "formats/outputfile.h"
#include "formats/yamlemitter.h"

#include <QCoreApplication>

#include <map>

namespace converge {

namespace {

/// Translation context for save errors.
class WriterMessages
{
    Q_DECLARE_TR_FUNCTIONS(YamlGraphWriter)

public:
    static QString failed(const QString &why) { return tr("cannot save: %1").arg(why); }
};

Value endValue(const QString &kind, const QString &fileName)
{
    Value end = Value::map();
    end.insert(u"kind"_qs, Value::scalar(kind));
    end.insert(u"name"_qs, Value::scalar(fileName));
    return end;
}

/// `converge: positions:` as one flow map per line, so a moved node changes one line in a diff.
void writePositions(const Graph &graph, Value converge, YamlEmitter *out)
{
    QStringList lines;
    for (ResourceId id : graph.resourceIds()) {
        if (const QString item = YamlGraphWriter::positionItem(graph.resource(id)); !item.isEmpty())
            lines.append(u"  - "_qs + item);
    }
    if (lines.isEmpty() && converge.entries().empty())
        return;
    out->writeLine(u"converge:"_qs);
    converge.remove(u"positions");
    out->writeEntries(converge.entries(), 2);
    if (!lines.isEmpty()) {
        out->writeLine(u"  positions:"_qs);
        out->writeLine(lines.join(u'\n'));
    }
}

} // namespace

std::vector<Value::MapEntry> YamlGraphWriter::resourceEntries(const Resource &r)
{
    std::vector<Value::MapEntry> entries;
    entries.emplace_back(u"name"_qs, Value::scalar(r.fileName()));
    const bool hasMeta = !r.meta.isNull() && !(r.meta.isMap() && r.meta.entries().empty());
    const int metaLine = r.meta.location().line;
    bool metaWritten = !hasMeta;
    for (const Value::MapEntry &param : r.params.entries()) {
        if (!metaWritten && (metaLine == 0 || param.second.location().line > metaLine)) {
            entries.emplace_back(u"meta"_qs, r.meta);
            metaWritten = true;
        }
        entries.push_back(param);
    }
    if (!metaWritten)
        entries.emplace_back(u"meta"_qs, r.meta);
    return entries;
}

Value YamlGraphWriter::edgeValue(const Graph &graph, EdgeId id)
{
    const Edge &edge = graph.edge(id);
    Value v = Value::map();
    v.insert(u"name"_qs, Value::scalar(edge.name));
    if (graph.isDangling(id)) {
        const DanglingEdge dangling = graph.danglingEdge(id);
        v.insert(u"from"_qs, endValue(dangling.from.kind, dangling.from.name));
        v.insert(u"to"_qs, endValue(dangling.to.kind, dangling.to.name));
    } else {
        const Resource &from = graph.resource(edge.from);
        const Resource &to = graph.resource(edge.to);
        v.insert(u"from"_qs, endValue(from.kind, from.fileName()));
        v.insert(u"to"_qs, endValue(to.kind, to.fileName()));
    }
    if (edge.notify)
        v.insert(u"notify"_qs, Value::scalar(u"true"_qs));
    for (const Value::MapEntry &extra : edge.extra.entries())
        v.insert(extra.first, extra.second);
    return v;
}

QString YamlGraphWriter::positionItem(const Resource &r)
{
    if (!r.position)
        return {};
    return u"{kind: %1, name: %2, x: %3, y: %4}"_qs.arg(
        YamlEmitter::text(r.kind), YamlEmitter::text(r.fileName()),
        QString::number(r.position->x(), 'g', 10), QString::number(r.position->y(), 'g', 10));
}

QByteArray YamlGraphWriter::toYaml(const Graph &graph)
{
    YamlEmitter out;
    out.writeLine(u"---"_qs);
    out.writeEntry(u"graph"_qs, Value::scalar(graph.name), 0);
    if (!graph.comment.isEmpty())
        out.writeEntry(u"comment"_qs, Value::scalar(graph.comment), 0);

    std::map<QString, std::vector<ResourceId>> byKind;
    for (ResourceId id : graph.resourceIds())
        byKind[graph.resource(id).kind].push_back(id);
    out.writeLine(u"resources:"_qs);
    for (const QString &kind : graph.kinds()) {
        out.writeLine(u"  "_qs + YamlEmitter::text(kind) + u':');
        for (ResourceId id : byKind[kind]) {
            out.buffer() += u"  - "_qs;
            out.writeEntries(resourceEntries(graph.resource(id)), 4, true);
        }
    }
    if (!graph.collect.isNull())
        out.writeEntry(u"collect"_qs, graph.collect, 0);

    Value edges = Value::list();
    for (EdgeId id : graph.edgeIds())
        edges.append(edgeValue(graph, id));
    // Not an edge mgmt would take, but the user's text: a rewrite keeps it, still an error.
    for (EdgeId id : graph.danglingEdgeIds())
        edges.append(edgeValue(graph, id));
    out.writeEntry(u"edges"_qs, edges, 0);

    Value converge = Value::map();
    for (const Value::MapEntry &extra : graph.extra.entries()) {
        if (extra.first == u"converge")
            converge = extra.second;
        else
            out.writeEntry(extra.first, extra.second, 0);
    }
    writePositions(graph, converge, &out);
    return out.buffer().toUtf8();
}

bool YamlGraphWriter::writeFile(const Graph &graph, const QString &path, QString *error)
{
    return writeText(toYaml(graph), path, error);
}

bool YamlGraphWriter::writeText(const QByteArray &text, const QString &path, QString *error)
{
    QString why;
    if (OutputFile::save(path, text, &why))
        return true;
    if (error)
        *error = WriterMessages::failed(why);
    return false;
}

} // namespace converge
