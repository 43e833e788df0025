#include "engine/graphvalidator.h"
#include "formats/graphcomparison.h"
#include "formats/graphfileloader.h"
#include "formats/yamlsource.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <algorithm>
#include <thread>

using namespace converge;

/// Graph files are read with a cap whatever they are: a device or a FIFO reports size 0, so
/// the size it reports is no bound.
class TestGraphFileLoader : public QObject
{
    Q_OBJECT

private slots:
    void aGraphWithErrorsComesWithEverythingThatCouldBeRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.yaml"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray yaml = "graph: g\n"
                                "resources:\n"
                                "  noop:\n"
                                "  - name: a\n"
                                "  - name: b\n"
                                "    meta:\n"
                                "      retry: many\n"
                                "edges:\n"
                                "- name: e1\n"
                                "  from:\n"
                                "    kind: noop\n"
                                "    name: a\n"
                                "  to:\n"
                                "    kind: noop\n"
                                "    name: ghost\n";
        file.write(yaml);
        file.close();
        QByteArray text;
        const YamlGraphReader::Result result = loadGraphFile(path, &text);
        QVERIFY(result.parsed);
        QVERIFY(!result.ok());
        QCOMPARE(text, yaml);
        QCOMPARE(result.graph.resourceCount(), 2);
        QCOMPARE(result.graph.edgeCount(), 0);
        // The edge's error belongs to the end that exists, so it can be shown on it.
        const auto ghost = std::find_if(
            result.diagnostics.begin(), result.diagnostics.end(),
            [](const Diagnostic &d) { return d.message.contains(u"no resource noop/ghost"_qs); });
        QVERIFY(ghost != result.diagnostics.end());
        QCOMPARE(ghost->toString(), path + u":14:5: error: edge e1: no resource noop/ghost"_qs);
        QCOMPARE(ghost->resource, u"noop/a"_qs);
    }

    /// validate, run and export never save: they read the same graph and messages as the window
    /// without keeping the text's spans and a second copy of the graph (a third more memory on
    /// a large file).
    void checkingAFileKeepsNoSourceButReadsTheSame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.yaml"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# kept by the window only\n"
                   "graph: g\n"
                   "resources:\n"
                   "  exec:\n"
                   "  - name: a\n"
                   "    cmd: 'true'\n"
                   "    meta: {retry: many}\n"
                   "  noop:\n"
                   "  - name: b\n"
                   "edges:\n"
                   "- {name: e1, from: {kind: exec, name: a}, to: {kind: noop, name: b}}\n"
                   "converge:\n"
                   "  positions:\n"
                   "  - {kind: noop, name: b, x: 10, y: 20}\n");
        file.close();
        QByteArray text;
        const YamlGraphReader::Result edited =
            loadGraphFile(path, &text, YamlGraphReader::Keep::Source);
        const YamlGraphReader::Result checked = loadGraphFile(path);
        const YamlGraphReader::Result validated = GraphValidator::validateFile(path, {});
        QVERIFY(edited.source);
        QCOMPARE(edited.source->text, text);
        QCOMPARE(edited.source->resources.size(), 2);
        QVERIFY(!checked.source);
        QVERIFY(!validated.source);
        QCOMPARE(GraphComparison::difference(checked.graph, edited.graph), QString());
        QCOMPARE(checked.graph.resource(checked.graph.find(u"noop"_qs, u"b"_qs)).position,
                 QPointF(10, 20));
        QCOMPARE(checked.diagnostics.size(), edited.diagnostics.size());
        for (qsizetype i = 0; i < checked.diagnostics.size(); ++i)
            QCOMPARE(checked.diagnostics[i].toString(), edited.diagnostics[i].toString());
        QVERIFY(!checked.ok());
    }

    void textThatIsNotYamlIsNotParsed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.yaml"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("graph: g\nresources: [unclosed\n");
        file.close();
        const YamlGraphReader::Result result = loadGraphFile(path);
        QVERIFY(!result.parsed);
        QCOMPARE(result.diagnostics.size(), 1);
        QVERIFY(result.diagnostics[0].toString().startsWith(path + u":3:1: error: "_qs));
    }

    void endlessDeviceIsRefusedAtTheCap_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("as YAML") << u"/dev/zero"_qs;
        QTest::newRow("as DOT") << u"/dev/zero.dot"_qs;
    }
    void endlessDeviceIsRefusedAtTheCap()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        QString file = path;
        if (path.endsWith(u".dot")) {
            // A .dot name for the same device, so the DOT path is taken.
            file = dir.filePath(u"zero.dot"_qs);
            QVERIFY(QFile::link(u"/dev/zero"_qs, file));
        }
        const YamlGraphReader::Result result = loadGraphFile(file);
        QCOMPARE(result.diagnostics.size(), 1);
        QCOMPARE(result.diagnostics[0].toString(),
                 file + u": error: file is larger than 64 MB, the most Converge reads"_qs);
    }

    void fifoIsReadToItsEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"graph.dot"_qs);
        QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        std::thread writer([path] {
            QFile fifo(path);
            if (fifo.open(QIODevice::WriteOnly))
                fifo.write("digraph { a -> b }\n");
        });
        const YamlGraphReader::Result result = loadGraphFile(path);
        writer.join();
        QVERIFY(result.ok());
        QCOMPARE(result.graph.edgeCount(), 1);
    }
};

QTEST_MAIN(TestGraphFileLoader)
#include "tst_graphfileloader.moc"
