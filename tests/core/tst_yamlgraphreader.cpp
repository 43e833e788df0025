#include "formats/yamlgraphreader.h"
#include "model/metaparams.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace converge;

/// Reading mgmt's yamlgraph: every shared example, both forms, and every kind of bad input with
/// the exact message at the exact line and column.
class TestYamlGraphReader : public QObject
{
    Q_OBJECT

private:
    static QString example(const char *name)
    {
        return QStringLiteral(CONVERGE_EXAMPLES_DIR "/") + QLatin1String(name);
    }
    static QString messages(const Diagnostics &diagnostics)
    {
        QStringList lines;
        for (const Diagnostic &d : diagnostics)
            lines.append(d.toString());
        return lines.join(u'\n');
    }
    static YamlGraphReader::Result read(const char *text)
    {
        return YamlGraphReader::readData(QByteArray(text), u"g.yaml"_qs);
    }
    static const Resource &resource(const Graph &g, const char *kind, const char *name)
    {
        const ResourceId id = g.find(QLatin1String(kind), QLatin1String(name));
        if (id == InvalidId)
            qFatal("no resource %s/%s", kind, name);
        return g.resource(id);
    }

private slots:
    void everySharedExampleLoads_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("resources");
        QTest::addColumn<int>("edges");
        QTest::addColumn<QString>("kinds");
        QTest::addColumn<QString>("names");
        QTest::addColumn<QString>("warnings");
        const QString execs = u"exec1 exec2 exec3 exec4"_qs;
        QTest::newRow("autoedges1") << "autoedges1.yaml" << 2 << 0 << "file"
                                    << "file1 file2"
                                    << "";
        QTest::newRow("exec1") << "exec1.yaml" << 4 << 2 << "exec" << execs << "";
        QTest::newRow("exec1c") << "exec1c.yaml" << 2 << 1 << "exec"
                                << "exec1 exec2"
                                << "";
        QTest::newRow("exec2") << "exec2.yaml" << 5 << 4 << "exec" << execs + u" exec5"_qs << "";
        QTest::newRow("exec3-sema") << "exec3-sema.yaml" << 4 << 2 << "exec"
                                    << "pkg10 svc10 exec10 pkg15"
                                    << "";
        QTest::newRow("file1") << "file1.yaml" << 5 << 2 << "noop file"
                               << "noop1 file1 file2 file3 file4"
                               << "";
        QTest::newRow("graph10") << "graph10.yaml" << 8 << 6 << "exec"
                                 << execs + u" exec5 exec6 exec7 exec8"_qs << "";
        QTest::newRow("graph4") << "graph4.yaml" << 2 << 0 << "file"
                                << "file1 file3"
                                << "";
        QTest::newRow("graph8-legacy")
            << "graph8-legacy.yaml" << 5 << 2 << "noop exec" << u"noop1 "_qs + execs << "";
        QTest::newRow("limit1") << "limit1.yaml" << 1 << 0 << "file"
                                << "file1"
                                << "";
        QTest::newRow("noop1") << "noop1.yaml" << 2 << 1 << "noop file"
                               << "noop1 file1"
                               << "";
        QTest::newRow("pkg1") << "pkg1.yaml" << 1 << 0 << "pkg"
                              << "powertop"
                              << "pkg1.yaml:4:3: warning: kind pkg is not supported: its "
                                 "resources load but will not run";
        QTest::newRow("retry1") << "retry1.yaml" << 4 << 2 << "exec file"
                                << "exec1 exec2 noread nowrite"
                                << "";
        QTest::newRow("svc1") << "svc1.yaml" << 3 << 2 << "noop file svc"
                              << "noop1 file1 purpleidea"
                              << "svc1.yaml:12:3: warning: kind svc is not supported: its "
                                 "resources load but will not run";
        QTest::newRow("timer1") << "timer1.yaml" << 2 << 1 << "timer exec"
                                << "timer1 exec1"
                                << "";
    }

    void everySharedExampleLoads()
    {
        QFETCH(QString, file);
        QFETCH(int, resources);
        QFETCH(int, edges);
        QFETCH(QString, kinds);
        QFETCH(QString, names);
        QFETCH(QString, warnings);
        const auto result = YamlGraphReader::readFile(example(file.toUtf8().constData()));
        QVERIFY2(result.ok(), qPrintable(messages(result.diagnostics)));
        QCOMPARE(result.graph.resourceCount(), resources);
        QCOMPARE(result.graph.edgeCount(), edges);
        QCOMPARE(result.graph.kinds().join(u' '), kinds);
        QStringList actualNames;
        for (ResourceId id : result.graph.resourceIds())
            actualNames.append(result.graph.resource(id).name);
        QCOMPARE(actualNames.join(u' '), names);
        QCOMPARE(messages(result.diagnostics).remove(QStringLiteral(CONVERGE_EXAMPLES_DIR "/")),
                 warnings);
        QCOMPARE(result.graph.name, file == u"exec3-sema.yaml" ? u"parallel"_qs : u"mygraph"_qs);
    }

    void metaParametersOfTheExamples()
    {
        const auto sema = YamlGraphReader::readFile(example("exec3-sema.yaml"));
        const MetaParams pkg10 = MetaParams::parse(resource(sema.graph, "exec", "pkg10").meta);
        const std::vector<SemaphoreRequest> both = {{u"mylock"_qs, 1}, {u"otherlock"_qs, 42}};
        QVERIFY(pkg10.sema == both);
        QCOMPARE(sema.graph.name, u"parallel"_qs);

        const auto retry = YamlGraphReader::readFile(example("retry1.yaml"));
        const MetaParams noread = MetaParams::parse(resource(retry.graph, "file", "noread").meta);
        QCOMPARE(noread.retry, 3);
        QCOMPARE(noread.delayMs, 5000);

        const auto limit = YamlGraphReader::readFile(example("limit1.yaml"));
        const MetaParams file1 = MetaParams::parse(resource(limit.graph, "file", "file1").meta);
        QCOMPARE(file1.limit, 0.2);
        QCOMPARE(file1.burst, 5);

        const auto noop = YamlGraphReader::readFile(example("noop1.yaml"));
        QVERIFY(MetaParams::parse(resource(noop.graph, "noop", "noop1").meta).noop);
        QVERIFY(MetaParams::parse(resource(noop.graph, "file", "file1").meta).noop);
        QCOMPARE(noop.graph.comment, u"noop example"_qs);

        const auto autoedges = YamlGraphReader::readFile(example("autoedges1.yaml"));
        QCOMPARE(resource(autoedges.graph, "file", "file2").meta.find(u"autoedge")->text(),
                 u"true"_qs);
    }

    void parametersKeepOrderTypeAndStyle()
    {
        const auto result = YamlGraphReader::readFile(example("exec1.yaml"));
        const Resource &exec1 = resource(result.graph, "exec", "exec1");
        QStringList keys;
        for (const auto &entry : exec1.params.entries())
            keys.append(entry.first);
        QCOMPARE(keys.join(u' '),
                 u"cmd shell timeout watchcmd watchshell ifcmd ifshell pollint state"_qs);
        QCOMPARE(exec1.params.find(u"cmd")->text(), u"sleep 10s"_qs);
        QCOMPARE(exec1.params.find(u"shell")->style(), Value::Style::SingleQuoted);
        QCOMPARE(exec1.params.find(u"timeout")->toInt(), 0);
        QCOMPARE(exec1.location, (SourceLocation{5, 5}));

        const auto files = YamlGraphReader::readFile(example("file1.yaml"));
        const Value *content = resource(files.graph, "file", "file4").params.find(u"content");
        QCOMPARE(content->text(), u"i am f4 and i should not be here\n"_qs);
        QCOMPARE(content->style(), Value::Style::Literal);
    }

    void exportedNamesAndCollectAreKept()
    {
        const auto result = YamlGraphReader::readFile(example("graph4.yaml"));
        const Resource &file3 = resource(result.graph, "file", "file3");
        QVERIFY(file3.exported);
        QCOMPARE(file3.fileName(), u"@@file3"_qs);
        QVERIFY(!resource(result.graph, "file", "file1").exported);
        QVERIFY(result.graph.collect.isList());
        QCOMPARE(result.graph.collect.items().size(), size_t(1));
        QCOMPARE(result.graph.collect.items()[0].find(u"kind")->text(), u"file"_qs);
    }

    void legacyFormReadsLikeTodays()
    {
        const auto legacy = YamlGraphReader::readFile(example("graph8-legacy.yaml"));
        const auto today = YamlGraphReader::readFile(example("exec1.yaml"));
        QVERIFY(legacy.ok());
        const Graph &g = legacy.graph;
        const ResourceId exec2 = g.find(u"exec"_qs, u"exec2"_qs);
        QCOMPARE(g.predecessors(exec2), std::vector{g.find(u"exec"_qs, u"exec1"_qs)});
        QCOMPARE(g.successors(exec2), std::vector{g.find(u"exec"_qs, u"exec3"_qs)});
        QCOMPARE(g.resource(exec2).params,
                 today.graph.resource(today.graph.find(u"exec"_qs, u"exec2"_qs)).params);
    }

    void edgesMayBeNullOrEmpty_data()
    {
        QTest::addColumn<QByteArray>("edges");
        QTest::newRow("null") << QByteArray("edges:\n");
        QTest::newRow("tilde") << QByteArray("edges: ~\n");
        QTest::newRow("empty list") << QByteArray("edges: []\n");
        QTest::newRow("absent") << QByteArray();
    }

    void edgesMayBeNullOrEmpty()
    {
        QFETCH(QByteArray, edges);
        const auto result = YamlGraphReader::readData(
            "graph: g\nresources:\n  noop:\n  - name: n\n" + edges, u"g.yaml"_qs);
        QVERIFY2(result.ok(), qPrintable(messages(result.diagnostics)));
        QCOMPARE(result.graph.resourceCount(), 1);
    }

    void positionsAreReadFromTheConvergeKey()
    {
        const auto result = read("graph: g\nresources:\n  noop:\n  - name: a\n  - name: b\n"
                                 "edges: []\nconverge:\n  positions:\n"
                                 "  - {kind: noop, name: b, x: 12.5, y: -40}\n");
        QVERIFY(result.ok());
        QCOMPARE(resource(result.graph, "noop", "b").position, QPointF(12.5, -40));
        QVERIFY(!resource(result.graph, "noop", "a").position);
        QVERIFY(!result.graph.extra.find(u"converge"));
    }

    void errorsAreReportedAtTheOffendingNode_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "graph: g\nresources:\n  exec:\n";
        QTest::newRow("invalid syntax")
            << QByteArray("graph: g\nresources:\n  exec:\n  - name: a\n    cmd: [a, b\nedges: []\n")
            << "g.yaml:6:6: error: invalid YAML: end of sequence flow not found: a [ is never "
               "closed by ]";
        QTest::newRow("bad indentation")
            << QByteArray("graph: g\n  resources: 1\n")
            << "g.yaml:2:12: error: invalid YAML: illegal map value: no key can start here; check "
               "the indentation, or quote a value that holds \": \"";
        QTest::newRow("tab indentation")
            << QByteArray("graph: g\nresources:\n\texec:\n")
            << "g.yaml:3:6: error: invalid YAML: a tab in the indentation; YAML indents with "
               "spaces only";
        QTest::newRow("unclosed map flow")
            << QByteArray("graph: g\nresources: {a: 1\n")
            << "g.yaml:3:1: error: invalid YAML: end of map flow not found: a { is never closed "
               "by }";
        QTest::newRow("top level list")
            << QByteArray("- graph: g\n")
            << "g.yaml:1:1: error: top level: expected a map with graph, resources and edges, "
               "got a list";
        QTest::newRow("top level scalar")
            << QByteArray("hello\n")
            << "g.yaml:1:1: error: top level: expected a map with graph, resources and edges, "
               "got \"hello\"";
        QTest::newRow("graph missing")
            << QByteArray("resources:\n  noop:\n  - name: a\n")
            << "g.yaml:1:1: error: graph: missing (mgmt needs a graph name)";
        QTest::newRow("graph empty") << QByteArray("graph: ''\nresources: {}\n")
                                     << "g.yaml:1:8: error: graph: expected a graph name, got \"\"";
        QTest::newRow("graph null")
            << QByteArray("graph:\nresources: {}\n")
            << "g.yaml:1:1: error: graph: expected a graph name, got nothing";
        QTest::newRow("resources not a map")
            << QByteArray("graph: g\nresources: [a]\n")
            << "g.yaml:2:12: error: resources: expected a map from kind to a list of resources, "
               "got a list";
        QTest::newRow("kind not a list")
            << QByteArray("graph: g\nresources:\n  exec: {name: a}\n")
            << "g.yaml:3:9: error: resources: exec: expected a list of resources, got a map";
        QTest::newRow("resource not a map")
            << head + "  - name: a\n  - just text\n"
            << "g.yaml:5:5: error: resources: exec: item 2: expected a map with a name, "
               "got \"just text\"";
        QTest::newRow("resource without name")
            << head + "  - cmd: echo\n"
            << "g.yaml:4:5: error: resources: exec: item 1 has no name";
        QTest::newRow("resource with list name")
            << head + "  - name: [a]\n"
            << "g.yaml:4:11: error: resources: exec: item 1: name: expected a string, got a list";
        QTest::newRow("retry: many")
            << head + "  - name: a\n    meta:\n      retry: many\n"
            << "g.yaml:6:14: error: exec/a: meta retry: expected an integer (-1 for forever), "
               "got \"many\"";
        QTest::newRow("sema: 3")
            << head + "  - name: a\n    meta:\n      sema: 3\n"
            << "g.yaml:6:13: error: exec/a: meta sema: expected a list of \"id\" or \"id:N\", "
               "got \"3\"";
        QTest::newRow("cmd: [a, b]")
            << head + "  - name: a\n    cmd: [a, b]\n"
            << "g.yaml:5:10: error: exec/a: cmd: expected a string, got a list";
        QTest::newRow("file state")
            << QByteArray("graph: g\nresources:\n  file:\n  - name: f\n    state: gone\n")
            << "g.yaml:5:12: error: file/f: state: expected one of exists, absent, got \"gone\"";
        QTest::newRow("duplicate resource")
            << head + "  - name: a\n  - name: b\n  - name: a\n    cmd: x\n"
            << "g.yaml:6:11: error: duplicate resource exec/a differs from the one at line 4:5 "
               "(mgmt merges only exact repeats)";
        QTest::newRow("two exported with one name")
            << head + "  - name: \"@@a\"\n    cmd: x\n  - name: \"@@a\"\n"
            << "g.yaml:4:5: warning: exec/a: exported (@@) and no collect takes kind exec: it "
               "does not run, as under mgmt\n"
               "g.yaml:6:11: error: duplicate resource exec/a differs from the one at line 4:5 "
               "(mgmt merges only exact repeats)";
        QTest::newRow("duplicate key") << head + "  - name: a\n    cmd: x\n    cmd: y\n"
                                       << "g.yaml:6:5: error: duplicate key cmd";
        QTest::newRow("edge not a map")
            << head + "  - name: a\nedges:\n- e1\n"
            << "g.yaml:6:3: error: edges: item 1: expected a map with name, from and to, "
               "got \"e1\"";
        QTest::newRow("edge name a list")
            << head + "  - name: a\n  - name: b\nedges:\n- name: [e]\n"
                      "  from: {kind: exec, name: a}\n  to: {kind: exec, name: b}\n"
            << "g.yaml:7:9: error: edges: item 1: name: expected a string, got a list";
        QTest::newRow("edge without from")
            << head + "  - name: a\nedges:\n- name: e1\n  to: {kind: exec, name: a}\n"
            << "g.yaml:6:3: error: edge e1: missing from";
        QTest::newRow("edge without to")
            << head + "  - name: a\nedges:\n- name: e1\n  from: {kind: exec, name: a}\n"
            << "g.yaml:6:3: error: edge e1: missing to";
        QTest::newRow("edge end without kind")
            << head + "  - name: a\nedges:\n- name: e1\n  from: {name: a}\n"
                      "  to: {kind: exec, name: a}\n"
            << "g.yaml:7:9: error: edge e1: from: missing kind";
        QTest::newRow("edge end without name")
            << head + "  - name: a\nedges:\n- name: e1\n  from: {kind: exec, name: a}\n"
                      "  to:\n    kind: exec\n"
            << "g.yaml:9:5: error: edge e1: to: missing name";
        QTest::newRow("edge to nowhere")
            << head + "  - name: a\nedges:\n- name: e3\n  from: {kind: exec, name: a}\n"
                      "  to: {kind: exec, name: exec9}\n"
            << "g.yaml:8:7: error: edge e3: no resource exec/exec9";
        QTest::newRow("self-loop")
            << head + "  - name: a\nedges:\n- name: e1\n  from: {kind: exec, name: a}\n"
                      "  to: {kind: exec, name: a}\n"
            << "g.yaml:6:3: error: edge e1: self-loop on exec/a";
        QTest::newRow("cycle")
            << head + "  - name: a\n  - name: b\n  - name: c\nedges:\n"
                      "- name: e1\n  from: {kind: exec, name: a}\n  to: {kind: exec, name: b}\n"
                      "- name: e2\n  from: {kind: exec, name: b}\n  to: {kind: exec, name: c}\n"
                      "- name: e3\n  from: {kind: exec, name: c}\n  to: {kind: exec, name: a}\n"
            << "g.yaml:14:3: error: cycle: exec/a -> exec/b -> exec/c -> exec/a";
        QTest::newRow("notify word")
            << head + "  - name: a\n  - name: b\nedges:\n- name: e1\n"
                      "  from: {kind: exec, name: a}\n  to: {kind: exec, name: b}\n"
                      "  notify: loudly\n"
            << "g.yaml:10:11: error: edge e1: notify: expected true or false, got \"loudly\"";
        QTest::newRow("empty file") << QByteArray()
                                    << "g.yaml: error: empty file: expected a map with graph, "
                                       "resources and edges";
        QTest::newRow("comments only") << QByteArray("# nothing\n\n")
                                       << "g.yaml: error: empty file: expected a map with graph, "
                                          "resources and edges";
        QTest::newRow("binary") << QByteArray("graph: g\nab\0cd\n", 14)
                                << "g.yaml:2:3: error: not a text file (NUL byte); expected YAML";
        QTest::newRow("deep nesting")
            << QByteArray(100, '[') + QByteArray(100, ']')
            << "g.yaml:1:1: error: top level: expected a map with graph, resources and edges, "
               "got a list\ng.yaml:1:65: error: nesting is deeper than 64 levels";
        // Past yaml-cpp's own depth guard (which it words "bad file"), still one clear message
        // where Converge's limit was passed, and no stack overflow on the way.
        QTest::newRow("nesting past the parser's guard")
            << QByteArray("graph: g\nresources: ") + QByteArray(50000, '[') +
                   QByteArray(50000, ']') + '\n'
            << "g.yaml:2:75: error: nesting is deeper than 64 levels";
        QTest::newRow("unclosed nesting past the parser's guard")
            << QByteArray(40000, '{') << "g.yaml:1:64: error: nesting is deeper than 64 levels";
        QByteArray blocks;
        for (int level = 0; level < 100; ++level)
            blocks += QByteArray(level, ' ') + "k:\n";
        QTest::newRow("deep block nesting")
            << blocks
            << "g.yaml:1:1: error: graph: missing (mgmt needs a graph name)\n"
               "g.yaml:65:65: error: nesting is deeper than 64 levels";
    }

    void errorsAreReportedAtTheOffendingNode()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const auto result = YamlGraphReader::readData(yaml, u"g.yaml"_qs);
        QCOMPARE(messages(result.diagnostics), expected);
        QVERIFY(!result.ok());
    }

    void allProblemsOfAFileAreReportedInFileOrder()
    {
        const auto result = read("graph: g\nresources:\n  exec:\n  - name: a\n    cmd: [x]\n"
                                 "    meta:\n      retry: many\n  - name: a\n"
                                 "edges:\n- name: e1\n  from: {kind: exec, name: a}\n"
                                 "  to: {kind: exec, name: zz}\n");
        QCOMPARE(messages(result.diagnostics),
                 u"g.yaml:5:10: error: exec/a: cmd: expected a string, got a list\n"
                 "g.yaml:7:14: error: exec/a: meta retry: expected an integer (-1 for forever), "
                 "got \"many\"\n"
                 "g.yaml:8:11: error: duplicate resource exec/a differs from the one at line "
                 "4:5 (mgmt merges only exact repeats)\n"
                 "g.yaml:12:7: error: edge e1: no resource exec/zz"_qs);
    }

    void diagnosticsCarryTheSourceLineForACaret()
    {
        const auto result = read("graph: g\nresources:\n  exec:\n  - name: é\n    cmd: [a]\n");
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics.front().toStringWithContext(),
                 u"g.yaml:5:10: error: exec/é: cmd: expected a string, got a list\n"
                 "    cmd: [a]\n"
                 "         ^"_qs);
    }

    void aliasBombsAreStopped()
    {
        QByteArray yaml = "graph: g\na: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'j'; ++c) {
            const QByteArray prev(1, char(c - 1));
            yaml += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + prev + ", *" + prev +
                    ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev +
                    ", *" + prev + ", *" + prev + ", *" + prev + "]\n";
        }
        const auto result = YamlGraphReader::readData(yaml, u"g.yaml"_qs);
        QCOMPARE(messages(result.diagnostics),
                 u"g.yaml:7:36: error: aliases expand to more than 1000000 values"_qs);
    }

    void hugeFilesAreRefusedWithoutReadingThem()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"huge.yaml"_qs));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(100 * 1024 * 1024)); // sparse: costs no disk and no time
        file.close();
        const auto result = YamlGraphReader::readFile(file.fileName());
        QCOMPARE(messages(result.diagnostics),
                 file.fileName() + u": error: file is too large (100.0 MB); Converge reads graphs "
                                   "up to 64 MB"_qs);
    }

    void missingFileIsAnError()
    {
        const auto result = YamlGraphReader::readFile(u"/nonexistent/g.yaml"_qs);
        QCOMPARE(messages(result.diagnostics),
                 u"/nonexistent/g.yaml: error: cannot read: No such file or directory"_qs);
    }
};

QTEST_GUILESS_MAIN(TestYamlGraphReader)
#include "tst_yamlgraphreader.moc"
