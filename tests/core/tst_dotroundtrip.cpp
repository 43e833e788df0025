#include "graphtext.h"

#include "formats/dotreader.h"
#include "formats/dotwriter.h"
#include "model/graph.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace converge;
using namespace converge::testing;

/// Issue 12 item 6: whatever text a graph holds comes back from a DOT export byte for byte,
/// and Graphviz's own `dot` accepts the file.
class TestDotRoundTrip : public QObject
{
    Q_OBJECT

private:
    // The text everywhere a graph holds text: graph name, comment, a resource's name, a
    // parameter's key and value (plain, quoted, inside a list and a map), meta, an edge's name.
    static Graph graphHolding(const QString &text)
    {
        Graph graph;
        graph.name = text;
        graph.comment = text;
        Resource first;
        first.kind = QStringLiteral("exec");
        first.name = text;
        first.params.insert(QStringLiteral("cmd"), Value::scalar(text));
        first.params.insert(text, Value::scalar(text, Value::Style::DoubleQuoted));
        Value args = Value::list();
        args.append(Value::scalar(text));
        args.append(Value::scalar(text, Value::Style::SingleQuoted));
        first.params.insert(QStringLiteral("args"), args);
        Value env = Value::map();
        env.insert(text, Value::scalar(text));
        first.params.insert(QStringLiteral("env"), env);
        first.meta.insert(QStringLiteral("comment"), Value::scalar(text));
        Resource second;
        second.kind = QStringLiteral("noop");
        second.name = QStringLiteral("second");
        Edge edge;
        edge.name = text;
        edge.from = graph.addResource(first);
        edge.to = graph.addResource(second);
        graph.addEdge(edge);
        return graph;
    }

private slots:
    void textSurvivesExportAndImport_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("double quote") << u"say \"hi\""_qs;
        QTest::newRow("quote first and last") << u"\"quoted\""_qs;
        QTest::newRow("backslash before quote") << u"echo \\\"x\\\""_qs;
        QTest::newRow("trailing backslash") << u"C:\\dir\\"_qs;
        QTest::newRow("two backslashes") << u"a\\\\b"_qs;
        QTest::newRow("backslash and newline") << u"line\\\nnext"_qs;
        QTest::newRow("newlines") << u"one\ntwo\r\nthree\n"_qs;
        QTest::newRow("tab and control") << u"a\tb\x01c\x7f"_qs;
        QTest::newRow("single quotes") << u"it's 'quoted'"_qs;
        QTest::newRow("non-ASCII") << u"café ☕ 日本 \U0001F600"_qs;
        QTest::newRow("keyword graph") << u"graph"_qs;
        QTest::newRow("keyword node") << u"node"_qs;
        QTest::newRow("keyword edge") << u"edge"_qs;
        QTest::newRow("keyword strict") << u"strict"_qs;
        QTest::newRow("keyword subgraph") << u"subgraph"_qs;
        QTest::newRow("keyword digraph") << u"DiGraph"_qs;
        QTest::newRow("DOT punctuation") << u"a -> b; c [x=1] {y} <html>"_qs;
        QTest::newRow("YAML punctuation") << u"[a, b]: {c: d} # e &f *g"_qs;
        QTest::newRow("percent first") << u"%1"_qs;
        QTest::newRow("label escapes") << u"\\N \\G \\l"_qs;
        QTest::newRow("spaces around") << u"  padded  "_qs;
    }
    void textSurvivesExportAndImport()
    {
        QFETCH(QString, text);
        const Graph graph = graphHolding(text);
        QString error;
        const QByteArray dot = DotWriter::write(graph, {}, &error);
        QVERIFY2(!dot.isEmpty(), qPrintable(error));
        Diagnostics diagnostics;
        const auto back = DotReader::read(dot, u"round.dot"_qs, &diagnostics);
        QVERIFY2(back,
                 qPrintable(diagnostics.value(0).toString() + u"\n"_qs + QString::fromUtf8(dot)));
        QCOMPARE(contentDifference(*back, graph), QString());
        QCOMPARE(back->name, text);
        QCOMPARE(back->comment, text);
        const Resource &first = back->resource(back->find(u"exec"_qs, text));
        QCOMPARE(first.params.find(text)->text(), text);
        QCOMPARE(back->edge(back->edgeIds().front()).name, text);
    }

    void longValuesAreSplitForGraphviz()
    {
        // `dot` refuses quoted strings over 16,384 bytes: the writer joins pieces with '+'.
        const QString text = QString(u"é\\\"x"_qs).repeated(20000);
        const QByteArray dot = DotWriter::write(graphHolding(text), {});
        QVERIFY(dot.contains("\" + \""));
        Diagnostics diagnostics;
        const auto back = DotReader::read(dot, u"long.dot"_qs, &diagnostics);
        QVERIFY2(back, qPrintable(diagnostics.value(0).toString()));
        QCOMPARE(contentDifference(*back, graphHolding(text)), QString());
    }

    void dotAcceptsEveryExport()
    {
        const QString dot = QStandardPaths::findExecutable(u"dot"_qs);
        if (dot.isEmpty())
            QSKIP("Graphviz's dot is not installed: cannot check that it accepts the export");
        QTemporaryDir dir;
        for (const QString &text :
             {u"echo \\\"x\\\""_qs, u"C:\\dir\\"_qs, u"line\\\nnext"_qs, u"say \"hi\""_qs,
              u"graph"_qs, u"\\N \\G \\l"_qs, u"a\tb\x01c"_qs, u"café ☕"_qs,
              QString(u"é\\\"x"_qs).repeated(20000)}) {
            const QString path = dir.filePath(u"round.dot"_qs);
            QString error;
            QVERIFY2(DotWriter::writeFile(path, graphHolding(text), {}, &error), qPrintable(error));
            QProcess process;
            process.start(dot, {u"-Tsvg"_qs, path});
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.readAllStandardError(), QByteArray());
            QCOMPARE(process.exitCode(), 0);
        }
    }
};

QTEST_MAIN(TestDotRoundTrip)
#include "tst_dotroundtrip.moc"
