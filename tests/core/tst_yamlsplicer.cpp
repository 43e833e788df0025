#include "formats/graphcomparison.h"
#include "formats/yamlgraphreader.h"
#include "formats/yamlgraphwriter.h"
#include "formats/yamlsource.h"
#include "formats/yamlsplicer.h"
#include "ghostedge.h"
#include "randomsplicededits.h"

#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace converge;
using namespace converge::testing;

/// Saving as splices: a graph saved after edits differs from the text it was read from only on
/// the lines of what was edited, and reads back as the edited graph.
class TestYamlSplicer : public QObject
{
    Q_OBJECT

private:
    /// Every YAML file in the tests and the bundled examples that reads without errors.
    static QStringList yamlFiles()
    {
        QStringList files;
        for (const QString &root : {u"tests"_qs, u"resources/examples"_qs}) {
            QDirIterator it(QStringLiteral(CONVERGE_SOURCE_DIR "/") + root,
                            {u"*.yaml"_qs, u"*.yml"_qs}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        }
        files.sort();
        return files;
    }
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QList<QByteArray> lines(const QByteArray &text) { return text.split('\n'); }

    /// The 1-based lines of the original that are not in a longest common subsequence with the
    /// saved text: what the save changed or removed.
    static QSet<int> changedLines(const QByteArray &before, const QByteArray &after)
    {
        const QList<QByteArray> a = lines(before);
        const QList<QByteArray> b = lines(after);
        const qsizetype n = a.size(), m = b.size();
        std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[i][j] =
                    a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        QSet<int> changed;
        qsizetype i = 0, j = 0;
        while (i < n) {
            if (j < m && a[i] == b[j]) {
                ++i, ++j;
            } else if (j < m && lcs[i][j + 1] >= lcs[i + 1][j]) {
                ++j;
            } else {
                changed.insert(int(i) + 1);
                ++i;
            }
        }
        return changed;
    }

    /// The text saved by splicing after edit changed the graph read from text; empty, with the
    /// reason in *why, when it cannot be spliced.
    static QByteArray splicedAfter(const QByteArray &text, const std::function<void(Graph &)> &edit,
                                   QString *why)
    {
        const YamlGraphReader::Result read = YamlGraphReader::readData(text);
        if (!read.ok()) {
            *why = u"the text does not read"_qs;
            return {};
        }
        Graph graph = read.graph;
        edit(graph);
        const auto saved = YamlSplicer::splice(read.source, graph, why);
        return saved ? saved->text : QByteArray();
    }

private slots:
    void unchangedSaveIsByteIdentical()
    {
        int files = 0;
        for (const QString &path : yamlFiles()) {
            const YamlGraphReader::Result read = YamlGraphReader::readData(contents(path), path);
            if (!read.ok())
                continue;
            ++files;
            QString why;
            const auto saved = YamlSplicer::splice(read.source, read.graph, &why);
            QVERIFY2(saved, qPrintable(path + u": "_qs + why));
            QCOMPARE(saved->text, contents(path));
        }
        QVERIFY(files >= 40);
    }

    void anEdgeToAMissingResourceIsWrittenOnceWhateverBecomesOfIt()
    {
        const QByteArray text = GhostEdgeYaml;
        const YamlGraphReader::Result read = YamlGraphReader::readData(text);
        QCOMPARE(read.graph.danglingEdgeIds().size(), size_t(1));
        const auto saved = [&](const std::function<void(Graph &)> &edit) {
            Graph graph = read.graph;
            edit(graph);
            QString why;
            const auto spliced = YamlSplicer::splice(read.source, graph, &why);
            return spliced ? spliced->text : why.toUtf8();
        };
        QCOMPARE(saved([](Graph &) {}), text);

        // The resource arrives: the edge's text is the edge, once, and reads back connected.
        const QByteArray connected = saved([](Graph &g) {
            Resource ghost;
            ghost.kind = u"exec"_qs;
            ghost.name = u"ghost"_qs;
            g.addResource(std::move(ghost));
        });
        QCOMPARE(connected.count("toGhost"), 1);
        QVERIFY(connected.endsWith(text.mid(text.indexOf("edges:"))));
        const YamlGraphReader::Result back = YamlGraphReader::readData(connected);
        QCOMPARE(back.graph.edgeCount(), 1);
        QVERIFY(back.graph.danglingEdgeIds().empty());

        // Its resource renamed, it names the new name; deleted, its lines go.
        QCOMPARE(saved([](Graph &g) { g.renameResource(g.find(u"exec"_qs, u"a"_qs), u"b"_qs); }),
                 QByteArray(text).replace("name: a", "name: b"));
        QCOMPARE(saved([](Graph &g) { g.removeDanglingEdge(g.danglingEdgeIds().front()); }),
                 text.left(text.indexOf("# ghost")));

        // Written in full, it is kept too.
        QCOMPARE(
            GraphComparison::difference(
                read.graph, YamlGraphReader::readData(YamlGraphWriter::toYaml(read.graph)).graph),
            QString());
    }

    void renamedWebServerKeepsItsHeader()
    {
        const QString path =
            QStringLiteral(CONVERGE_SOURCE_DIR "/resources/examples/web-server.yaml");
        const QByteArray before = contents(path);
        YamlGraphReader::Result read = YamlGraphReader::readData(before, path);
        QVERIFY(read.ok());
        const ResourceId id = read.graph.find(u"exec"_qs, u"prepare-root"_qs);
        QVERIFY(read.graph.renameResource(id, u"make-folders"_qs));
        QString why;
        const auto saved = YamlSplicer::splice(read.source, read.graph, &why);
        QVERIFY2(saved, qPrintable(why));
        const QList<QByteArray> a = lines(before);
        const QList<QByteArray> b = lines(saved->text);
        QCOMPARE(b.size(), a.size());
        QCOMPARE(b.mid(0, 7), a.mid(0, 7));
        QVERIFY(b[0].startsWith("# Converge example"));
        QStringList changed;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i] != b[i])
                changed.append(QString::fromUtf8(b[i]));
        }
        // Its name, and the five edges from it.
        QCOMPARE(changed.size(), 6);
        QCOMPARE(changed[0], u"  - name: make-folders"_qs);
        for (qsizetype i = 1; i < changed.size(); ++i)
            QCOMPARE(changed[i], u"  from: {kind: exec, name: make-folders}"_qs);
    }

    void newElementsFollowTheirNeighbours()
    {
        // Four-space indents, flow-style edge ends, one flow map per position.
        const QByteArray before = "graph: g\n"
                                  "resources:\n"
                                  "    exec:\n"
                                  "    -   name: a   # first\n"
                                  "        cmd: \"echo a\"\n"
                                  "    noop:\n"
                                  "    -   name: n\n"
                                  "edges:\n"
                                  "-   name: a-n\n"
                                  "    from: {kind: exec, name: a}\n"
                                  "    to: {kind: noop, name: n}\n"
                                  "converge:\n"
                                  "  positions:\n"
                                  "  - {kind: exec, name: a, x: 10, y: 20}\n"
                                  "  - {kind: noop, name: n, x: 30, y: 40}\n";
        QString why;
        const QByteArray saved = splicedAfter(
            before,
            [](Graph &graph) {
                Resource b;
                b.kind = u"exec"_qs;
                b.name = u"b"_qs;
                b.params.insert(u"cmd"_qs, Value::scalar(u"echo b"_qs));
                b.position = QPointF(50, 60);
                Resource file;
                file.kind = u"file"_qs;
                file.name = u"/tmp/x"_qs;
                file.params.insert(u"state"_qs, Value::scalar(u"exists"_qs));
                file.position = QPointF(1, 2.5);
                Edge edge;
                edge.name = u"b-n"_qs;
                edge.from = graph.addResource(b);
                edge.to = graph.find(u"noop"_qs, u"n"_qs);
                edge.notify = true;
                graph.addEdge(edge);
                graph.addResource(file);
                const ResourceId a = graph.find(u"exec"_qs, u"a"_qs);
                graph.resource(a).position = QPointF(11, 20);
                graph.resource(a).params.insert(u"shell"_qs, Value::scalar(u"/bin/sh"_qs));
            },
            &why);
        QVERIFY2(!saved.isEmpty(), qPrintable(why));
        QCOMPARE(saved, QByteArray("graph: g\n"
                                   "resources:\n"
                                   "    exec:\n"
                                   "    -   name: a   # first\n"
                                   "        cmd: \"echo a\"\n"
                                   "        shell: /bin/sh\n"
                                   "    -   name: b\n"
                                   "        cmd: echo b\n"
                                   "    noop:\n"
                                   "    -   name: n\n"
                                   "    file:\n"
                                   "    -   name: /tmp/x\n"
                                   "        state: exists\n"
                                   "edges:\n"
                                   "-   name: a-n\n"
                                   "    from: {kind: exec, name: a}\n"
                                   "    to: {kind: noop, name: n}\n"
                                   "-   name: b-n\n"
                                   "    from: {kind: exec, name: b}\n"
                                   "    to: {kind: noop, name: n}\n"
                                   "    notify: true\n"
                                   "converge:\n"
                                   "  positions:\n"
                                   "  - {kind: exec, name: a, x: 11, y: 20}\n"
                                   "  - {kind: noop, name: n, x: 30, y: 40}\n"
                                   "  - {kind: exec, name: b, x: 50, y: 60}\n"
                                   "  - {kind: file, name: /tmp/x, x: 1, y: 2.5}\n"));
    }

    /// A file written with one flow map per resource and edge keeps that style through every
    /// kind of edit: keys added, changed and removed inside the braces, new elements as flow
    /// maps, comments where they were.
    void flowMapsStayFlowMaps()
    {
        QString why;
        const QByteArray saved = splicedAfter(
            contents(QStringLiteral(CONVERGE_SOURCE_DIR "/tests/data/splice/flow-style.yaml")),
            [](Graph &graph) {
                Resource &hello = graph.resource(graph.find(u"exec"_qs, u"hello"_qs));
                hello.params.remove(u"shell"_qs);
                hello.params.insert(u"cwd"_qs, Value::scalar(u"/tmp, and more"_qs));
                Resource &world = graph.resource(graph.find(u"exec"_qs, u"world"_qs));
                world.meta.insert(u"retry"_qs, Value::scalar(u"3"_qs));
                world.meta.insert(u"delay"_qs, Value::scalar(u"100"_qs));
                Resource added;
                added.kind = u"exec"_qs;
                added.name = u"again"_qs;
                added.params.insert(u"cmd"_qs, Value::scalar(u"echo again"_qs));
                const ResourceId again = graph.addResource(added);
                for (EdgeId e : graph.edgeIds()) {
                    if (graph.edge(e).name == u"e1")
                        graph.edge(e).notify = true;
                }
                Edge edge;
                edge.name = u"e3"_qs;
                edge.from = graph.find(u"noop"_qs, u"done"_qs);
                edge.to = again;
                edge.notify = true;
                graph.addEdge(edge);
            },
            &why);
        QVERIFY2(!saved.isEmpty(), qPrintable(why));
        QCOMPARE(QString::fromUtf8(saved),
                 QString::fromUtf8(
                     "# A graph written compactly: one flow map per resource and per edge. "
                     "Saving it from Converge\n"
                     "# keeps it that way.\n"
                     "---\n"
                     "graph: compact\n"
                     "resources:\n"
                     "  exec:\n"
                     "  # Says hello through a shell.\n"
                     "  - {name: hello, cmd: echo hello, cwd: \"/tmp, and more\"}\n"
                     "  - {name: world, cmd: \"echo world\", meta: {retry: 3, delay: 100}}   "
                     "# retried once\n"
                     "  - {name: again, cmd: echo again}\n"
                     "  noop:\n"
                     "  - {name: done}\n"
                     "edges:\n"
                     "- {name: e1, from: {kind: exec, name: hello}, to: {kind: exec, name: world}, "
                     "notify: true}\n"
                     "- {name: e2, from: {kind: exec, name: world}, to: {kind: noop, name: done}, "
                     "notify: true}\n"
                     "- {name: e3, from: {kind: noop, name: done}, to: {kind: exec, name: again}, "
                     "notify: true}\n"));
    }

    /// The comment lines that introduce a resource or an edge go when it goes; a comment after
    /// a blank line, and the neighbour's, stay.
    void removedElementsTakeTheirComments()
    {
        const QByteArray text = "graph: g\n"
                                "resources:\n"
                                "  exec:\n"
                                "  # a: the first\n"
                                "  - name: a\n"
                                "    cmd: echo a\n"
                                "\n"
                                "  # b: the second,\n"
                                "  # in two lines\n"
                                "  - name: b\n"
                                "    cmd: echo b\n"
                                "edges:\n"
                                "# Everything in order.\n"
                                "\n"
                                "# a first\n"
                                "- name: a-b\n"
                                "  from: {kind: exec, name: a}\n"
                                "  to: {kind: exec, name: b}\n";
        QString why;
        const QByteArray saved = splicedAfter(
            text, [](Graph &graph) { graph.removeResource(graph.find(u"exec"_qs, u"b"_qs)); },
            &why);
        QVERIFY2(!saved.isEmpty(), qPrintable(why));
        // a and its comment stay; b, its two comment lines, the edge and "# a first" go.
        const QByteArray kept = text.left(text.indexOf("  # b:"));
        QCOMPARE(QString::fromUtf8(saved),
                 QString::fromUtf8(kept + "edges:\n# Everything in order.\n\n"));
    }

    void refusesWhatItCannotProve_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("why");
        QTest::newRow("flow map over two lines gains a key")
            << QByteArray("graph: g\nresources:\n  exec:\n  - {name: a,\n     cmd: echo}\n")
            << u"exec/a: shell cannot be added in place"_qs;
        QTest::newRow("anchor under an edited value")
            << QByteArray("graph: g\nresources:\n  exec:\n  - name: a\n    cmd: &c echo\n"
                          "  - name: b\n    cmd: *c\n")
            << u"the changed text does not read back: invalid YAML: the referenced anchor is not "
               "defined"_qs;
    }

    void refusesWhatItCannotProve()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, why);
        QString reason;
        QVERIFY(splicedAfter(
                    text,
                    [&text](Graph &graph) {
                        Value &params = graph.resource(graph.find(u"exec"_qs, u"a"_qs)).params;
                        if (params.find(u"cmd")->text() == u"echo" && text.contains('&'))
                            params.insert(u"cmd"_qs, Value::scalar(u"echo changed"_qs));
                        else
                            params.insert(u"shell"_qs, Value::scalar(u"/bin/sh"_qs));
                    },
                    &reason)
                    .isEmpty());
        QCOMPARE(reason, why);
    }

    void randomEditsChangeOnlyTheirLines()
    {
        int spliced = 0;
        QStringList fellBack;
        for (const QString &path : yamlFiles()) {
            const QByteArray text = contents(path);
            const YamlGraphReader::Result read = YamlGraphReader::readData(text, path);
            if (!read.ok() || text.count('\n') > 3000)
                continue;
            for (quint32 seed = 1; seed <= 10; ++seed) {
                QRandomGenerator random(seed);
                Graph graph = read.graph;
                QSet<int> allowed;
                QStringList done;
                const int count = 1 + random.bounded(4);
                for (int i = 0; i < count; ++i)
                    done.append(randomEdit(random, *read.source, graph, &allowed, i));
                const QString what =
                    u"%1 seed %2 (%3)"_qs.arg(path).arg(seed).arg(done.join(u", "));
                QString why;
                const auto saved = YamlSplicer::splice(read.source, graph, &why);
                if (!saved) {
                    // Only the odd files of the fuzzing corpus (no resources to follow, an
                    // exported name twice) may need the whole file written.
                    QVERIFY2(path.contains(u"/fuzz/"), qPrintable(what + u": "_qs + why));
                    fellBack.append(what + u": "_qs + why);
                    continue;
                }
                ++spliced;
                const YamlGraphReader::Result back = YamlGraphReader::readData(saved->text);
                QVERIFY2(GraphComparison::difference(graph, back.graph).isEmpty(),
                         qPrintable(what));
                const QSet<int> changed = changedLines(text, saved->text);
                for (int line : changed) {
                    QVERIFY2(allowed.contains(line),
                             qPrintable(what + u": line %1 changed: "_qs.arg(line) +
                                        QString::fromUtf8(lines(text).value(line - 1))));
                }
            }
        }
        QVERIFY(spliced > 400);
        QVERIFY2(fellBack.size() * 20 < spliced, qPrintable(fellBack.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestYamlSplicer)
#include "tst_yamlsplicer.moc"
