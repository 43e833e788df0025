#include "graphtext.h"

#include "formats/dotreader.h"
#include "formats/dotwriter.h"
#include "formats/yamlgraphreader.h"
#include "layout/graphvizlayout.h"
#include "model/graph.h"
#include "model/statepalette.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace converge;
using namespace converge::testing;

/// DOT export: text that depends only on the graph, reads back through cgraph, carries the run's
/// state colours, and renders with the real `dot`.
class TestDotWriter : public QObject
{
    Q_OBJECT

private:
    // exec/build -> file/out, with a list, a quoted number, meta, and a parameter named like
    // a Graphviz attribute.
    static Graph twoSteps()
    {
        Graph graph;
        graph.name = QStringLiteral("demo");
        graph.comment = QStringLiteral("two steps");
        Resource build;
        build.kind = QStringLiteral("exec");
        build.name = QStringLiteral("build");
        build.params.insert(QStringLiteral("cmd"), Value::scalar(QStringLiteral("make all")));
        Value args = Value::list();
        args.append(Value::scalar(QStringLiteral("-j"), Value::Style::SingleQuoted));
        args.append(Value::scalar(QStringLiteral("2")));
        build.params.insert(QStringLiteral("args"), args);
        build.params.insert(QStringLiteral("label"), Value::scalar(QStringLiteral("mine")));
        build.meta.insert(QStringLiteral("retry"), Value::scalar(QStringLiteral("3")));
        Resource out;
        out.kind = QStringLiteral("file");
        out.name = QStringLiteral("/tmp/out");
        out.exported = true;
        out.params.insert(QStringLiteral("mode"),
                          Value::scalar(QStringLiteral("0644"), Value::Style::SingleQuoted));
        const ResourceId from = graph.addResource(build);
        const ResourceId to = graph.addResource(out);
        Edge edge;
        edge.name = QStringLiteral("e1");
        edge.from = from;
        edge.to = to;
        edge.notify = true;
        graph.addEdge(edge);
        return graph;
    }

    static QByteArray write(const Graph &graph, const DotWriter::Options &options = {})
    {
        QString error;
        const QByteArray text = DotWriter::write(graph, options, &error);
        if (text.isEmpty())
            qFatal("write failed: %s", qPrintable(error));
        return text;
    }

private slots:
    void writesTheGraphAsExpected()
    {
        DotWriter::Options options;
        options.states = {ResourceState::Done, ResourceState::Skipped};
        // One line per C string: moc cannot read raw string literals.
        const QByteArray expected = "digraph demo {\n"
                                    "\tgraph [comment=\"two steps\",\n"
                                    "\t\trankdir=TB\n"
                                    "\t];\n"
                                    "\tnode [fontname=\"sans-serif\",\n"
                                    "\t\tfontsize=10,\n"
                                    "\t\tlabel=\"\\N\",\n"
                                    "\t\tshape=box,\n"
                                    "\t\tstyle=\"rounded,filled\"\n"
                                    "\t];\n"
                                    "\tn0\t[args=\"[\\\"-j\\\", 2]\",\n"
                                    "\t\tcmd=\"make all\",\n"
                                    "\t\tcolor=\"#005a41\",\n"
                                    "\t\tfillcolor=\"#009e73\",\n"
                                    "\t\tfontcolor=\"#000000\",\n"
                                    "\t\tkind=exec,\n"
                                    "\t\tlabel=\"✔ Exec[build]\",\n"
                                    "\t\tmeta=\"{retry: 3}\",\n"
                                    "\t\tname=build,\n"
                                    "\t\t\"param.label\"=mine,\n"
                                    "\t\tparamorder=\"[cmd, args, label]\",\n"
                                    "\t\trunstate=done];\n"
                                    "\tn1\t[color=\"#000000\",\n"
                                    "\t\tfillcolor=\"#595959\",\n"
                                    "\t\tfontcolor=\"#ffffff\",\n"
                                    "\t\tkind=file,\n"
                                    "\t\tlabel=\"⊘ File[/tmp/out]\",\n"
                                    "\t\tmode=\"\\\"0644\\\"\",\n"
                                    "\t\tname=\"@@/tmp/out\",\n"
                                    "\t\trunstate=skipped,\n"
                                    "\t\tstyle=\"rounded,filled,dashed\"];\n"
                                    "\tn0 -> n1\t[key=e0,\n"
                                    "\t\tname=e1,\n"
                                    "\t\tnotify=true];\n"
                                    "}\n";
        QCOMPARE(write(twoSteps(), options), expected);
    }

    void sameInputGivesSameText()
    {
        const Graph graph = twoSteps();
        const auto layout = GraphvizLayout::layout(graph, {});
        QVERIFY(layout);
        DotWriter::Options options;
        options.layout = &*layout;
        QCOMPARE(write(graph, options), write(graph, options));
    }

    void readsBackAsTheSameGraph()
    {
        const Graph graph = twoSteps();
        Diagnostics diagnostics;
        const auto back = DotReader::read(write(graph), u"demo.dot"_qs, &diagnostics);
        QVERIFY2(back, qPrintable(diagnostics.value(0).toString()));
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(contentDifference(*back, graph), QString());
        const Resource &build = back->resource(back->find(u"exec"_qs, u"build"_qs));
        QCOMPARE(build.params.find(u"label")->text(), u"mine"_qs);
    }

    void automaticEdgesAreDashedAndNotReadBack()
    {
        const Graph graph = twoSteps();
        DotWriter::Options options;
        options.autoEdges = {{1, 0}};
        const QByteArray text = write(graph, options);
        QVERIFY2(text.contains("n1 -> n0\t[key=auto0,\n\t\tautoedge=true,\n\t\tstyle=dashed];"),
                 text.constData());
        Diagnostics diagnostics;
        const auto back = DotReader::read(text, u"demo.dot"_qs, &diagnostics);
        QVERIFY2(back, qPrintable(diagnostics.value(0).toString()));
        QCOMPARE(contentDifference(*back, graph), QString());
    }

    void everyStateHasItsColour()
    {
        Graph graph;
        DotWriter::Options options;
        for (int s = 0; s <= int(ResourceState::Cancelled); ++s) {
            Resource resource;
            resource.kind = QStringLiteral("noop");
            resource.name = stateName(ResourceState(s));
            graph.addResource(resource);
            options.states.push_back(ResourceState(s));
        }
        const QString text = QString::fromUtf8(write(graph, options));
        for (int s = 0; s <= int(ResourceState::Cancelled); ++s) {
            const auto state = ResourceState(s);
            const QString node =
                QStringLiteral("n%1\t[color=\"%2\",\n\t\tfillcolor=\"%3\"")
                    .arg(s)
                    .arg(StatePalette::style(state).border.name(), StatePalette::fillName(state));
            QVERIFY2(text.contains(node), qPrintable(node));
            QVERIFY(
                text.contains(StatePalette::style(state).glyph + u" Noop["_qs + stateName(state)));
            QVERIFY(text.contains(u"runstate="_qs + stateName(state)));
        }
    }

    void positionsAreWrittenWhenLaidOut()
    {
        const Graph graph = twoSteps();
        const auto layout = GraphvizLayout::layout(graph, {});
        QVERIFY(layout);
        DotWriter::Options options;
        options.layout = &*layout;
        const QString text = QString::fromUtf8(write(graph, options));
        QCOMPARE(text.count(u"pos=\""), 3); // two nodes and the edge
        QVERIFY(text.contains(QStringLiteral("bb=\"0,0,%1,%2\"")
                                  .arg(layout->bounds.width(), 0, 'f', 2)
                                  .arg(layout->bounds.height(), 0, 'f', 2)));
        QVERIFY(text.contains(u"pos=\"e,"));
    }

    void dotRendersItAsItIs()
    {
        const QString dot = QStandardPaths::findExecutable(u"dot"_qs);
        if (dot.isEmpty())
            QSKIP("Graphviz's dot is not installed");
        auto loaded =
            YamlGraphReader::readFile(QStringLiteral(CONVERGE_EXAMPLES_DIR "/graph10.yaml"));
        QVERIFY(loaded.ok());
        const auto layout = GraphvizLayout::layout(loaded.graph, {});
        QVERIFY(layout);
        DotWriter::Options options;
        options.layout = &*layout;
        options.states.assign(loaded.graph.resourceCapacity(), ResourceState::Done);
        options.states[3] = ResourceState::Failed;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"graph10.dot"_qs);
        QString error;
        QVERIFY2(DotWriter::writeFile(path, loaded.graph, options, &error), qPrintable(error));
        QProcess process;
        process.start(dot, {u"-Tsvg"_qs, path});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.readAllStandardError(), QByteArray());
        QCOMPARE(process.exitCode(), 0);
        const QByteArray svg = process.readAllStandardOutput();
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains(StatePalette::fillName(ResourceState::Failed).toUtf8()));
    }

    void unwritableFileIsReported()
    {
        QString error;
        QVERIFY(!DotWriter::writeFile(u"/nonexistent/dir/x.dot"_qs, twoSteps(), {}, &error));
        QCOMPARE(error, u"cannot create a file in /nonexistent/dir: No such file or directory"_qs);
    }
};

QTEST_MAIN(TestDotWriter)
#include "tst_dotwriter.moc"
