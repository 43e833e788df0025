#include "formats/dotreader.h"

#include "formats/boundedfilereader.h"
#include "formats/dotlineindex.h"
#include "formats/dottext.h"
#include "formats/dotvaluecodec.h"
#include "formats/yamlgraphreader.h"
#include "layout/graphvizsupport.h"

#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <functional>
#include <unordered_map>

// cgraph's own "forget buffered input" (scan.l), exported but not in its public header. Its
// lexer keeps what it read ahead after a graph ends for the next graph of the same file, so
// without this an agmemread() would start with the rest of the previous text.
extern "C" void aglexbad(void);

namespace converge {

namespace {

// cgraph reads through an I/O discipline. agmemread()'s hands the lexer one line per call, and
// the lexer rescans a token from its start after every call, so a string of many lines cost the
// square of its lines; this one fills the lexer's whole buffer each time.
struct MemoryChannel
{
    const char *data;
    qsizetype size;
    qsizetype position = 0;
};

int readChannel(void *channel, char *buffer, int size)
{
    auto *in = static_cast<MemoryChannel *>(channel);
    const qsizetype count = std::min<qsizetype>(size, in->size - in->position);
    std::memcpy(buffer, in->data + in->position, size_t(count));
    in->position += count;
    return int(count);
}

Agiodisc_t MemoryIo{&readChannel, AgIoDisc.putstr, AgIoDisc.flush};
Agdisc_t MemoryDisc{&AgMemDisc, &AgIdDisc, &MemoryIo};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(DotReader)
public:
    Reader(const QByteArray &text, const QString &fileName, Diagnostics *diagnostics)
        : m_lines(QString::fromUtf8(text).split(u'\n')), m_index(m_lines), m_fileName(fileName),
          m_diagnostics(diagnostics)
    {}

    void report(Diagnostic::Severity severity, int line, const QString &message,
                const QString &resource = {}, int column = 0)
    {
        Diagnostic d;
        d.severity = severity;
        d.file = m_fileName;
        d.message = message;
        d.resource = resource;
        if (line > 0 && line <= m_lines.size()) {
            d.location = {line, column};
            d.sourceLine = m_lines[line - 1];
            d.sourceLine.remove(u'\r');
            // A line of megabytes would flood the terminal: keep what leads up to the caret.
            constexpr qsizetype ShownLine = 160;
            if (d.sourceLine.size() > ShownLine)
                d.sourceLine =
                    column > ShownLine - 40 ? QString() : d.sourceLine.left(ShownLine) + u'\u2026';
        }
        m_diagnostics->append(d);
    }

    // cgraph reports "Error: syntax error in line 3 near 'x'" and the like: one diagnostic per
    // message, at its line. Returns whether any was an error.
    bool reportGraphvizMessages(const QList<QByteArray> &messages)
    {
        static const QRegularExpression linePattern(QStringLiteral("\\s*in line (\\d+)"));
        static const QRegularExpression nearPattern(QStringLiteral("^syntax error near '(.*)'$"));
        bool error = false;
        for (const QByteArray &raw : messages) {
            // A message may go on over more lines (the start of an unterminated string).
            QStringList lines = QString::fromUtf8(raw).split(u'\n', Qt::SkipEmptyParts);
            if (lines.isEmpty())
                continue;
            QString message = lines.takeFirst().trimmed();
            auto severity = Diagnostic::Severity::Error;
            if (message.startsWith(u"Warning: ")) {
                severity = Diagnostic::Severity::Warning;
                message.remove(0, 9);
            } else if (message.startsWith(u"Error: ")) {
                message.remove(0, 7);
            }
            int line = lastLine();
            if (const auto match = linePattern.match(message); match.hasMatch()) {
                line = std::min(match.captured(1).toInt(), lastLine());
                message.remove(match.capturedStart(), match.capturedLength());
            }
            int column = 0;
            if (message == u"syntax error") {
                message = tr("syntax error: unexpected end of file");
            } else if (const auto near = nearPattern.match(message); near.hasMatch()) {
                column = columnOf(line, near.captured(1));
                message =
                    tr("syntax error at '%1'").arg(near.captured(1)) + expectation(line, column);
            }
            if (const QString more = lines.join(u' ').simplified(); !more.isEmpty())
                message +=
                    QStringLiteral(": ") + (more.size() > 40 ? more.left(40) + u'\u2026' : more);
            error = error || severity == Diagnostic::Severity::Error;
            report(severity, line, message, {}, column);
        }
        return error;
    }

    // 1-based column of token's first appearance on line, 0 when it is not there (cgraph names
    // the token it stopped at, not where).
    int columnOf(int line, const QString &token) const
    {
        if (line < 1 || line > m_lines.size() || token.isEmpty())
            return 0;
        return int(m_lines[line - 1].indexOf(token)) + 1;
    }

    // What the grammar wanted at line:column, judged from the text just before it (cgraph only
    // names the token it could not use): after an edge operator a node, after '=' a value.
    QString expectation(int line, int column) const
    {
        if (column < 1)
            return {};
        QString before = m_lines[line - 1].left(column - 1).trimmed();
        for (int l = line - 1; before.isEmpty() && l >= 1; --l)
            before = m_lines[l - 1].trimmed();
        if (before.endsWith(u"->") || before.endsWith(u"--"))
            return tr(": expected a node or a subgraph after '%1'").arg(before.right(2));
        if (before.endsWith(u'='))
            return tr(": expected a value after '='");
        if (before.endsWith(u'[') || before.endsWith(u','))
            return tr(": expected an attribute name");
        return {};
    }

    // The last line that holds anything: where the end of the file is worth pointing at.
    int lastLine() const
    {
        int line = int(m_lines.size());
        while (line > 1 && m_lines[line - 1].trimmed().isEmpty())
            --line;
        return line;
    }

    int lineOfGraphKeyword() const
    {
        static const QRegularExpression pattern(QStringLiteral("\\b(di)?graph\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
        for (int i = 1; i <= m_lines.size(); ++i) {
            if (pattern.match(m_lines[i - 1]).hasMatch())
                return i;
        }
        return 1;
    }

    std::optional<Graph> build(Agraph_t *root);

private:
    void readResource(Graph &graph, Agraph_t *root, Agnode_t *node);
    void readEdges(Graph &graph, Agraph_t *root);

    QStringList m_lines;
    DotLineIndex m_index;
    QString m_fileName;
    Diagnostics *m_diagnostics;
    std::unordered_map<Agnode_t *, ResourceId> m_ids;
    std::vector<QString> m_dotNames; ///< by ResourceId, for messages that point at the text
    bool m_failed = false;
};

// Reads the attributes of object (of kind AGRAPH, AGNODE or AGEDGE) that are not Graphviz's
// into map, in the order DotWriter recorded if it did. `special` sees each attribute first and
// returns true for those it took.
void readEntries(Agraph_t *root, void *object, int kind, Value &map,
                 const std::function<bool(const QString &, const QString &)> &special)
{
    QString order;
    for (Agsym_t *sym = agnxtattr(root, kind, nullptr); sym; sym = agnxtattr(root, kind, sym)) {
        const QString value = graphviz::attributeText(object, sym);
        const QString attribute = QString::fromUtf8(sym->name);
        if (value.isEmpty() || special(attribute, value))
            continue;
        if (attribute == DotValueCodec::OrderAttribute)
            order = value;
        else if (attribute.startsWith(DotValueCodec::EscapePrefix))
            map.insert(DotValueCodec::decodeText(attribute.mid(DotValueCodec::EscapePrefix.size())),
                       DotValueCodec::decode(value));
        else if (!graphviz::isGraphvizAttribute(kind, attribute))
            map.insert(attribute, DotValueCodec::decode(value));
    }
    const Value keys = DotValueCodec::decode(order);
    if (!keys.isList())
        return;
    Value ordered = Value::map();
    for (const Value &key : keys.items()) {
        if (const Value *value = map.find(key.text()))
            ordered.insert(key.text(), *value);
    }
    for (const auto &[key, value] : map.entries()) {
        if (!ordered.find(key))
            ordered.insert(key, value);
    }
    map = std::move(ordered);
}

// cgraph numbers nodes by first mention, and agwrite mentions a node's edge targets before
// their own lines, so DotWriter's nodes n0, n1, ... are put back in the order of their ids; any
// other file keeps its order of first mention.
std::vector<Agnode_t *> nodesInOrder(Agraph_t *root)
{
    static const QRegularExpression idPattern(QStringLiteral("^n(\\d+)$"));
    std::vector<std::pair<qint64, Agnode_t *>> nodes;
    bool allIds = true;
    for (Agnode_t *n = agfstnode(root); n; n = agnxtnode(root, n)) {
        const auto match = idPattern.match(QString::fromUtf8(agnameof(n)));
        allIds = allIds && match.hasMatch();
        nodes.emplace_back(match.hasMatch() ? match.captured(1).toLongLong() : 0, n);
    }
    if (allIds) {
        std::stable_sort(nodes.begin(), nodes.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
    }
    std::vector<Agnode_t *> out;
    out.reserve(nodes.size());
    for (const auto &[id, n] : nodes)
        out.push_back(n);
    return out;
}

void Reader::readResource(Graph &graph, Agraph_t *root, Agnode_t *node)
{
    Resource resource;
    resource.kind = QStringLiteral("noop");
    const QString dotName = QString::fromUtf8(agnameof(node));
    resource.name = dotName;
    readEntries(root, node, AGNODE, resource.params,
                [&resource](const QString &attribute, const QString &value) {
                    if (attribute == u"kind")
                        resource.kind = DotValueCodec::decodeText(value);
                    else if (attribute == u"name")
                        resource.name = DotValueCodec::decodeText(value);
                    else if (attribute == u"meta" && DotValueCodec::decode(value).isMap())
                        resource.meta = DotValueCodec::decode(value);
                    else
                        return attribute == u"runstate";
                    return true;
                });
    if (resource.name.startsWith(u"@@")) {
        resource.exported = true;
        resource.name.remove(0, 2);
    }
    resource.location = {m_index.nodeLine(dotName), 0};
    const QString key = resource.key();
    const ResourceId id = graph.addResource(std::move(resource));
    if (id == InvalidId) {
        report(Diagnostic::Severity::Error, m_index.nodeLine(dotName),
               tr("node %1: another node is already resource %2").arg(dotName, key), key);
        m_failed = true;
        return;
    }
    m_ids.emplace(node, id);
    if (m_dotNames.size() <= id)
        m_dotNames.resize(id + 1);
    m_dotNames[id] = dotName;
}

void Reader::readEdges(Graph &graph, Agraph_t *root)
{
    // agwrite groups edges by tail node, so DotWriter names each edge e<id> (its `key`) to keep
    // the original order; edges without such a key keep the order of the file.
    static const QRegularExpression keyPattern(QStringLiteral("^e(\\d+)$"));
    struct Found
    {
        Agedge_t *edge;
        qint64 key;
    };
    std::vector<Found> edges;
    for (Agnode_t *n = agfstnode(root); n; n = agnxtnode(root, n)) {
        for (Agedge_t *e = agfstout(root, n); e; e = agnxtout(root, e)) {
            const char *name = agnameof(e);
            const auto match = keyPattern.match(QString::fromUtf8(name ? name : ""));
            edges.push_back({e, match.hasMatch() ? match.captured(1).toLongLong() : -1});
        }
    }
    std::stable_sort(edges.begin(), edges.end(), [](const Found &a, const Found &b) {
        if ((a.key < 0) != (b.key < 0))
            return a.key >= 0;
        return a.key >= 0 ? a.key < b.key : AGSEQ(a.edge) < AGSEQ(b.edge);
    });
    for (const Found &found : edges) {
        const auto from = m_ids.find(agtail(found.edge));
        const auto to = m_ids.find(aghead(found.edge));
        if (from == m_ids.end() || to == m_ids.end())
            continue; // an endpoint was a duplicate, already reported
        Edge edge;
        edge.from = from->second;
        edge.to = to->second;
        bool automatic = false;
        readEntries(root, found.edge, AGEDGE, edge.extra,
                    [&edge, &automatic](const QString &attribute, const QString &value) {
                        if (attribute == u"name")
                            edge.name = DotValueCodec::decodeText(value);
                        else if (attribute == u"notify")
                            edge.notify = DotValueCodec::decode(value).toBool().value_or(false);
                        else if (attribute == u"autoedge")
                            automatic = value == u"true";
                        else
                            return false;
                        return true;
                    });
        // An automatic edge DotWriter drew for the picture; the graph makes it again itself.
        if (automatic)
            continue;
        edge.location = {m_index.edgeLine(m_dotNames[edge.from], m_dotNames[edge.to]), 0};
        graph.addEdge(std::move(edge));
    }
}

std::optional<Graph> Reader::build(Agraph_t *root)
{
    if (!agisdirected(root)) {
        report(Diagnostic::Severity::Error, lineOfGraphKeyword(),
               tr("undirected graph: Converge reads only a 'digraph', whose edges ('->') say "
                  "which resource runs first"));
        return std::nullopt;
    }
    Graph graph;
    const QString name = QString::fromUtf8(agnameof(root));
    if (!name.startsWith(u'%')) // cgraph's internal name for an anonymous graph
        graph.name = DotValueCodec::decodeText(name);
    readEntries(root, root, AGRAPH, graph.extra,
                [&graph](const QString &attribute, const QString &value) {
                    if (attribute == u"comment")
                        graph.comment = DotValueCodec::decodeText(value);
                    else if (attribute == u"collect")
                        graph.collect = DotValueCodec::decode(value);
                    else
                        return false;
                    return true;
                });
    for (Agnode_t *n : nodesInOrder(root))
        readResource(graph, root, n);
    readEdges(graph, root);
    if (m_failed)
        return std::nullopt;

    const auto cycles = graph.findAllCycles();
    for (const auto &cycle : cycles) {
        const ResourceId from = cycle.size() > 1 ? cycle[cycle.size() - 2] : cycle.front();
        report(Diagnostic::Severity::Error,
               m_index.edgeLine(m_dotNames[from], m_dotNames[cycle.back()]),
               tr("cycle: %1").arg(graph.describePath(cycle)), graph.resource(cycle.front()).key());
    }
    if (!cycles.empty())
        return std::nullopt;
    return graph;
}

} // namespace

std::optional<Graph> DotReader::read(const QByteArray &input, const QString &fileName,
                                     Diagnostics *diagnostics)
{
    // A byte order mark says only that the text is UTF-8, which DOT text is anyway.
    const QByteArray text = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    Diagnostics found;
    Reader reader(text, fileName, &found);
    std::optional<Graph> graph;
    if (text.size() > YamlGraphReader::MaxFileSize) {
        reader.report(Diagnostic::Severity::Error, 0,
                      BoundedFileReader::tooLarge(YamlGraphReader::MaxFileSize));
    } else if (const auto problem = DotText::check(text)) {
        reader.report(Diagnostic::Severity::Error, problem->line, problem->message, {},
                      problem->column);
    } else {
        QMutexLocker locker(&graphviz::mutex());
        graphviz::ErrorCapture capture;
        aglexbad();
        agreadline(1); // the lexer counts on from the previous text otherwise
        MemoryChannel channel{text.constData(), text.size()};
        graphviz::GraphPtr root(agread(&channel, &MemoryDisc));
        const bool failed = reader.reportGraphvizMessages(capture.messages());
        if (root && !failed)
            graph = reader.build(root.get());
        else if (!failed)
            reader.report(Diagnostic::Severity::Error, 1, tr("no graph found"));
    }
    if (diagnostics)
        diagnostics->append(found);
    return graph;
}

std::optional<Graph> DotReader::readFile(const QString &path, Diagnostics *diagnostics)
{
    Diagnostics found;
    const std::optional<QByteArray> text =
        BoundedFileReader::read(path, YamlGraphReader::MaxFileSize, &found);
    std::optional<Graph> graph = text ? read(*text, path, &found) : std::nullopt;
    if (diagnostics)
        diagnostics->append(found);
    return graph;
}

} // namespace converge
