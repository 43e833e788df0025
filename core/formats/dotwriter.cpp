#include "formats/dotwriter.h"

#include "formats/dottext.h"
#include "formats/dotvaluecodec.h"
#include "formats/outputfile.h"
#include "layout/graphvizsupport.h"
#include "model/graph.h"
#include "model/statepalette.h"

#include <QMutexLocker>

#include <algorithm>

namespace converge {

namespace {

constexpr double PointsPerInch = 72.0;

int putString(void *channel, const char *text)
{
    static_cast<QByteArray *>(channel)->append(text);
    return 1;
}

int flush(void *)
{
    return 0;
}

// agwrite() hands its output to the graph's I/O discipline: this one appends to a QByteArray.
Agiodisc_t BufferIo{AgIoDisc.afread, &putString, &flush};
Agdisc_t BufferDisc{&AgMemDisc, &AgIdDisc, &BufferIo};

// A parameter whose name Graphviz or DotReader would take for something else, or which DOT
// cannot carry as it is, is written with DotValueCodec::EscapePrefix; DotReader strips it.
QString attributeName(int kind, const QString &key, std::initializer_list<QStringView> reserved)
{
    bool clash = graphviz::isGraphvizAttribute(kind, key) ||
                 key.startsWith(DotValueCodec::EscapePrefix) ||
                 key == DotValueCodec::OrderAttribute;
    for (QStringView name : reserved)
        clash = clash || key == name;
    const QString text = DotValueCodec::encodeText(key);
    return clash || text != key ? DotValueCodec::EscapePrefix.toString() + text : key;
}

void setValue(void *object, const QString &name, const Value &value)
{
    graphviz::setAttribute(object, name.toUtf8().constData(), DotValueCodec::encode(value));
}

// One attribute per entry of map, plus the entries' order when cgraph would lose it: it writes
// and reads attributes sorted by name.
void setEntries(void *object, int kind, const Value &map,
                std::initializer_list<QStringView> reserved)
{
    std::vector<QByteArray> names;
    Value order = Value::list();
    for (const auto &[key, value] : map.entries()) {
        const QString name = attributeName(kind, key, reserved);
        setValue(object, name, value);
        names.push_back(name.toUtf8());
        order.append(Value::scalar(key));
    }
    if (!std::is_sorted(names.begin(), names.end()))
        setValue(object, DotValueCodec::OrderAttribute.toString(), order);
}

void setText(void *object, const char *name, const QString &text)
{
    graphviz::setAttribute(object, name, DotValueCodec::encodeText(text));
}

// A label is an escString to Graphviz: `\N`, `\n` and the like are expanded, so the
// backslashes and line breaks of the text are written as its escapes.
QString labelText(QString text)
{
    return text.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'\n', QStringLiteral("\\n"))
        .replace(QChar(0), QChar(0x2400));
}

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

// Graphviz's coordinates: points, Y up, origin at the bottom left of the bounds.
QString point(QPointF p, const QRectF &bounds)
{
    return number(p.x() - bounds.left()) + u',' + number(bounds.bottom() - p.y());
}

class Writer
{
public:
    Writer(const Graph &graph, const DotWriter::Options &options, Agraph_t *root)
        : m_graph(graph), m_options(options), m_root(root)
    {}

    void writeGraphAttributes()
    {
        if (!m_graph.comment.isEmpty())
            setText(m_root, "comment", m_graph.comment);
        if (!m_graph.collect.isNull())
            setValue(m_root, QStringLiteral("collect"), m_graph.collect);
        setEntries(m_root, AGRAPH, m_graph.extra, {u"collect"});
        graphviz::setAttribute(m_root, "rankdir",
                               m_options.direction == LayoutDirection::LeftToRight
                                   ? QStringLiteral("LR")
                                   : QStringLiteral("TB"));
        if (m_options.layout) {
            const QRectF &bounds = m_options.layout->bounds;
            graphviz::setAttribute(
                m_root, "bb",
                QStringLiteral("0,0,%1,%2").arg(number(bounds.width()), number(bounds.height())));
        }
        // Defaults once, so each node line carries only what is its own.
        // gvc declares this default for every graph once a layout has run; declaring it always
        // keeps the text independent of what the process did before.
        agattr(m_root, AGNODE, const_cast<char *>("label"), const_cast<char *>("\\N"));
        agattr(m_root, AGNODE, const_cast<char *>("shape"), const_cast<char *>("box"));
        agattr(m_root, AGNODE, const_cast<char *>("style"), const_cast<char *>("rounded,filled"));
        agattr(m_root, AGNODE, const_cast<char *>("fontname"), const_cast<char *>("sans-serif"));
        agattr(m_root, AGNODE, const_cast<char *>("fontsize"), const_cast<char *>("10"));
    }

    void writeNodes()
    {
        if (m_options.layout) {
            for (const auto &node : m_options.layout->nodes) {
                if (m_nodeGeometry.size() <= node.id)
                    m_nodeGeometry.resize(node.id + 1, nullptr);
                m_nodeGeometry[node.id] = &node;
            }
        }
        m_nodes.resize(m_graph.resourceCapacity(), nullptr);
        for (ResourceId id : m_graph.resourceIds()) {
            QByteArray name = "n" + QByteArray::number(id);
            Agnode_t *node = agnode(m_root, name.data(), 1);
            m_nodes[id] = node;
            writeNode(id, node);
        }
    }

    void writeEdges()
    {
        std::vector<const GraphLayout::Edge *> geometry;
        if (m_options.layout) {
            for (const auto &edge : m_options.layout->edges) {
                if (geometry.size() <= edge.id)
                    geometry.resize(edge.id + 1, nullptr);
                geometry[edge.id] = &edge;
            }
        }
        for (EdgeId id : m_graph.edgeIds()) {
            const Edge &edge = m_graph.edge(id);
            // Named by id: Graphviz writes the name as `key`, which keeps parallel edges apart
            // and lets DotReader restore the edge order (agwrite groups edges by tail node).
            QByteArray key = "e" + QByteArray::number(id);
            Agedge_t *e = agedge(m_root, m_nodes[edge.from], m_nodes[edge.to], key.data(), 1);
            if (!edge.name.isEmpty())
                setText(e, "name", edge.name);
            if (edge.notify)
                graphviz::setAttribute(e, "notify", QStringLiteral("true"));
            setEntries(e, AGEDGE, edge.extra, {u"name", u"notify"});
            if (id < geometry.size() && geometry[id])
                graphviz::setAttribute(e, "pos", splinePos(*geometry[id]));
        }
        for (size_t i = 0; i < m_options.autoEdges.size(); ++i) {
            const auto &[from, to] = m_options.autoEdges[i];
            QByteArray key = "auto" + QByteArray::number(qulonglong(i));
            Agedge_t *e = agedge(m_root, m_nodes[from], m_nodes[to], key.data(), 1);
            graphviz::setAttribute(e, "autoedge", QStringLiteral("true"));
            graphviz::setAttribute(e, "style", QStringLiteral("dashed"));
        }
    }

private:
    void writeNode(ResourceId id, Agnode_t *node)
    {
        const Resource &resource = m_graph.resource(id);
        setText(node, "kind", resource.kind);
        setText(node, "name", resource.fileName());
        setEntries(node, AGNODE, resource.params, {u"kind", u"name", u"meta", u"runstate"});
        if (!resource.meta.entries().empty())
            setValue(node, QStringLiteral("meta"), resource.meta);

        QString label = resource.displayName();
        if (id < m_options.states.size()) {
            const ResourceState state = m_options.states[id];
            const StatePalette::Style &style = StatePalette::style(state);
            label = style.glyph + u' ' + label;
            graphviz::setAttribute(node, "runstate", stateName(state));
            graphviz::setAttribute(node, "fillcolor", style.fill.name());
            graphviz::setAttribute(node, "color", style.border.name());
            graphviz::setAttribute(node, "fontcolor", style.text.name());
            if (style.borderStyle == Qt::DashLine)
                graphviz::setAttribute(node, "style", QStringLiteral("rounded,filled,dashed"));
            else if (style.borderStyle == Qt::DotLine)
                graphviz::setAttribute(node, "style", QStringLiteral("rounded,filled,dotted"));
        } else {
            graphviz::setAttribute(node, "fillcolor", StatePalette::idleFill().name());
        }
        graphviz::setAttribute(node, "label", labelText(label));

        if (id < m_nodeGeometry.size() && m_nodeGeometry[id]) {
            const GraphLayout::Node &geometry = *m_nodeGeometry[id];
            graphviz::setAttribute(node, "pos", point(geometry.centre, m_options.layout->bounds));
            graphviz::setAttribute(node, "width",
                                   QString::number(geometry.size.width() / PointsPerInch, 'f', 4));
            graphviz::setAttribute(node, "height",
                                   QString::number(geometry.size.height() / PointsPerInch, 'f', 4));
        }
    }

    QString splinePos(const GraphLayout::Edge &edge) const
    {
        const QRectF &bounds = m_options.layout->bounds;
        QStringList parts;
        if (edge.hasArrowHead)
            parts << QStringLiteral("e,") + point(edge.arrowTip, bounds);
        for (QPointF p : edge.spline)
            parts << point(p, bounds);
        return parts.join(u' ');
    }

    const Graph &m_graph;
    const DotWriter::Options &m_options;
    Agraph_t *m_root;
    std::vector<Agnode_t *> m_nodes;
    std::vector<const GraphLayout::Node *> m_nodeGeometry;
};

} // namespace

QByteArray DotWriter::write(const Graph &graph, const Options &options, QString *error)
{
    QMutexLocker locker(&graphviz::mutex());
    graphviz::ErrorCapture capture;
    QByteArray name = DotValueCodec::encodeText(graph.name).toUtf8();
    graphviz::GraphPtr root(agopen(name.data(), Agdirected, &BufferDisc));
    QByteArray out;
    if (root) {
        Writer writer(graph, options, root.get());
        writer.writeGraphAttributes();
        writer.writeNodes();
        writer.writeEdges();
        if (agwrite(root.get(), &out) == 0) {
            // What cgraph writes, `dot` and our reader do not always read: strings over their
            // limit are split, and what still could not be read (a value over
            // DotText::MaxValueBytes) is refused here rather than written.
            out = DotText::splitLongStrings(out);
            const auto problem = DotText::check(out);
            if (!problem)
                return out;
            if (error)
                *error = tr("the graph cannot be written as DOT (line %1): %2")
                             .arg(problem->line)
                             .arg(problem->message);
            return {};
        }
    }
    if (error)
        *error = tr("Graphviz could not write the graph: %1").arg(capture.text());
    return {};
}

bool DotWriter::writeFile(const QString &path, const Graph &graph, const Options &options,
                          QString *error)
{
    const QByteArray text = write(graph, options, error);
    if (text.isEmpty())
        return false;
    return OutputFile::save(path, text, error);
}

} // namespace converge
