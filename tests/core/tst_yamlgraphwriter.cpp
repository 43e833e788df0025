#include "graphtext.h"

#include "formats/yamlgraphreader.h"
#include "formats/yamlgraphwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <csignal>

using namespace converge;
using namespace converge::testing;

/// Writing yamlgraph: round trips of every shared example, mgmt's layout, positions, and saves
/// that never leave a half-written file.
class TestYamlGraphWriter : public QObject
{
    Q_OBJECT

private:
    static QStringList examples()
    {
        return QDir(QStringLiteral(CONVERGE_EXAMPLES_DIR)).entryList({u"*.yaml"_qs}, QDir::Files);
    }
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static QString examplePath(const QString &name)
    {
        return QStringLiteral(CONVERGE_EXAMPLES_DIR "/") + name;
    }

private slots:
    void everyExampleRoundTrips_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : examples())
            QTest::newRow(file.toUtf8().constData()) << file;
        QVERIFY(examples().size() >= 15);
    }

    void everyExampleRoundTrips()
    {
        QFETCH(QString, file);
        const auto first = YamlGraphReader::readFile(examplePath(file));
        QVERIFY(first.ok());
        const QByteArray saved = YamlGraphWriter::toYaml(first.graph);
        const auto second = YamlGraphReader::readData(saved, u"saved.yaml"_qs);
        QVERIFY2(second.ok(), saved.constData());
        QCOMPARE(contentText(first.graph), contentText(second.graph));
        // Saving what was read from a save changes nothing: the format is a fixed point.
        QCOMPARE(YamlGraphWriter::toYaml(second.graph), saved);
    }

    void todaysFormExamplesComeBackByteForByte_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : examples()) {
            // The 2016 form is rewritten in today's; graph4 says `edges:` (null), saved as `[]`.
            if (file != u"graph8-legacy.yaml" && file != u"graph4.yaml")
                QTest::newRow(file.toUtf8().constData()) << file;
        }
    }

    void todaysFormExamplesComeBackByteForByte()
    {
        QFETCH(QString, file);
        const auto result = YamlGraphReader::readFile(examplePath(file));
        QCOMPARE(QString::fromUtf8(YamlGraphWriter::toYaml(result.graph)),
                 QString::fromUtf8(contents(examplePath(file))));
    }

    void legacyFormIsSavedInTodaysForm()
    {
        const auto result = YamlGraphReader::readFile(examplePath(u"graph8-legacy.yaml"_qs));
        const QByteArray saved = YamlGraphWriter::toYaml(result.graph);
        QVERIFY(saved.contains("\nresources:\n  noop:\n  - name: noop1\n  exec:\n"));
        QVERIFY(saved.contains("  from:\n    kind: exec\n    name: exec1\n"));
        QVERIFY(!saved.contains("types:"));
        QVERIFY(!saved.contains("type:"));
    }

    void newResourcesAreWrittenSafely()
    {
        Graph g;
        g.name = u"new graph: with colon"_qs;
        Resource r;
        r.kind = u"exec"_qs;
        r.name = u"say #hi"_qs;
        r.exported = true;
        r.params.insert(u"cmd"_qs, Value::scalar(u"echo 'it''s'\nline two\n"_qs));
        r.params.insert(u"shell"_qs, Value::scalar(u"  padded"_qs, Value::Style::SingleQuoted));
        r.params.insert(u"args"_qs, Value::list());
        r.meta.insert(u"retry"_qs, Value::scalar(u"-1"_qs));
        r.position = QPointF(10.5, -3);
        g.addResource(r);
        const QByteArray saved = YamlGraphWriter::toYaml(g);
        QCOMPARE(QString::fromUtf8(saved),
                 u"---\n"
                 "graph: \"new graph: with colon\"\n"
                 "resources:\n"
                 "  exec:\n"
                 "  - name: \"@@say #hi\"\n"
                 "    meta:\n"
                 "      retry: -1\n"
                 "    cmd: |\n"
                 "      echo 'it''s'\n"
                 "      line two\n"
                 "    shell: '  padded'\n"
                 "    args: []\n"
                 "edges: []\n"
                 "converge:\n"
                 "  positions:\n"
                 "  - {kind: exec, name: \"@@say #hi\", x: 10.5, y: -3}\n"_qs);
        const auto back = YamlGraphReader::readData(saved, u"saved.yaml"_qs);
        QVERIFY(back.ok());
        QCOMPARE(contentText(g), contentText(back.graph));
        QCOMPARE(back.graph.resource(0).position, QPointF(10.5, -3));
    }

    void unknownKeysSurvive()
    {
        const QByteArray yaml =
            "---\ngraph: g\nresources:\n  noop:\n  - name: a\n    future: {x: 1}\n"
            "    meta:\n      someday: [1, 2]\nedges: []\nlater: kept\n";
        const auto result = YamlGraphReader::readData(yaml, u"g.yaml"_qs);
        QVERIFY(result.ok());
        QCOMPARE(QString::fromUtf8(YamlGraphWriter::toYaml(result.graph)),
                 u"---\ngraph: g\nresources:\n  noop:\n  - name: a\n    future:\n      x: 1\n"
                 "    meta:\n      someday: [1, 2]\nedges: []\nlater: kept\n"_qs);
    }

    void savingReplacesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.yaml"_qs);
        const auto result = YamlGraphReader::readFile(examplePath(u"exec1.yaml"_qs));
        QString error;
        QVERIFY(YamlGraphWriter::writeFile(result.graph, path, &error));
        QVERIFY(error.isEmpty());
        QCOMPARE(contents(path), contents(examplePath(u"exec1.yaml"_qs)));
    }

    void aFailedSaveLeavesTheOldFileIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"g.yaml"_qs);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content\n");
        old.close();
        const auto result = YamlGraphReader::readFile(examplePath(u"exec2.yaml"_qs));
        QVERIFY(YamlGraphWriter::toYaml(result.graph).size() > 1024);

        // A file size limit makes the write fail half-way, as a full disk would, even for root.
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 512;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto restore = qScopeGuard([&] {
            setrlimit(RLIMIT_FSIZE, &saved);
            std::signal(SIGXFSZ, oldHandler);
        });
        QString error;
        const bool written = YamlGraphWriter::writeFile(result.graph, path, &error);
        QVERIFY(!written);
        QCOMPARE(error, u"cannot save: cannot write %1: File too large"_qs.arg(path));
        QCOMPARE(contents(path), QByteArray("old content\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"g.yaml"_qs});
    }

    void aSaveToAMissingFolderFailsCleanly()
    {
        const auto result = YamlGraphReader::readFile(examplePath(u"exec1.yaml"_qs));
        QString error;
        QVERIFY(!YamlGraphWriter::writeFile(result.graph, u"/nonexistent/dir/g.yaml"_qs, &error));
        QVERIFY(error.startsWith(u"cannot save: "_qs));
        QVERIFY(!QFile::exists(u"/nonexistent/dir/g.yaml"_qs));
    }
};

QTEST_GUILESS_MAIN(TestYamlGraphWriter)
#include "tst_yamlgraphwriter.moc"
