#include "engine/resourcewatchfactory.h"
#include "formats/yamlgraphreader.h"
#include "model/graph.h"
#include "resources/inotifyhub.h"
#include "resources/processrunner.h"

#include "filetesting.h"
#include "watchtesting.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace converge;
using namespace converge::testing;

namespace {

Resource only(const QByteArray &yaml)
{
    const Graph graph = YamlGraphReader::readData(yaml, u"graph.yaml"_qs).graph;
    return graph.resource(graph.resourceIds().front());
}

/// The watch made for one resource, started, with its log.
struct Made
{
    explicit Made(const QByteArray &yaml) : hub(reactor), factory(reactor, hub)
    {
        const Resource resource = only(yaml);
        onReactor(reactor, [&] {
            watch = factory.create(resource, log.sink());
            if (watch)
                watch->start();
        });
    }
    ~Made()
    {
        onReactor(reactor, [&] { watch.reset(); });
    }
    Reactor reactor;
    InotifyHub hub;
    ResourceWatchFactory factory;
    WatchLog log;
    std::unique_ptr<ResourceWatch> watch;
};

} // namespace

/// Which watch each kind gets, with mgmt's parameters.
class TestResourceWatchFactory : public QObject
{
    Q_OBJECT
private slots:
    void nothingToWatchMakesNoWatch_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::newRow("noop") << QByteArray("resources:\n  noop:\n  - name: n\n");
        QTest::newRow("exec without watch parameters")
            << QByteArray("resources:\n  exec:\n  - name: e\n    cmd: 'true'\n    watchcmd: ''\n");
        QTest::newRow("hidden file")
            << QByteArray("resources:\n  file:\n  - name: /tmp/x\n    meta:\n      hidden: true\n");
    }
    void nothingToWatchMakesNoWatch()
    {
        QFETCH(QByteArray, yaml);
        Made made(yaml);
        QVERIFY(!made.watch);
    }
    void aFileWatchesItsPathAndItsSource()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f"_qs);
        const QString source = dir.filePath(u"src"_qs);
        QVERIFY(writeFile(source, "from source"));
        Made made(
            u"resources:\n  file:\n  - name: %1\n    source: %2\n"_qs.arg(path, source).toUtf8());
        QVERIFY(writeFile(path, "drift"));
        QTRY_VERIFY(made.log.causes().contains(u"created"_qs));
        QVERIFY(writeFile(source, "new source text"));
        QTRY_VERIFY(made.log.causes().contains(u"source: content changed"_qs));
    }
    void watchcmdRunsWithItsShellDirectoryAndEnvironment()
    {
        QTemporaryDir dir;
        Made made(u"resources:\n  exec:\n  - name: e\n    cmd: 'true'\n"
                  "    watchcmd: 'echo $GREETING; pwd; exec sleep 30'\n"
                  "    watchshell: /bin/sh\n    watchcwd: %1\n"
                  "    env:\n      GREETING: hello\n"_qs.arg(dir.path())
                      .toUtf8());
        QTRY_COMPARE(made.log.events(),
                     (QStringList{u"watchcmd: hello"_qs, u"watchcmd: "_qs + dir.path()}));
    }
    void watchcmdWithoutAShellIsSplitOnWhiteSpace()
    {
        const ProcessSpec spec = ResourceWatchFactory::watchCommandSpec(
            only("resources:\n  exec:\n  - name: e\n    watchcmd: \" tail  -F\t/var/log/x \"\n"));
        QCOMPARE(spec.program, u"tail"_qs);
        QCOMPARE(spec.arguments, (QStringList{u"-F"_qs, u"/var/log/x"_qs}));
        QVERIFY(!spec.inheritEnvironment);
    }
    void anEndedWatchcmdIsRestartedPerRetryThenFails()
    {
        Made made("resources:\n  exec:\n  - name: e\n    cmd: 'true'\n"
                  "    watchcmd: 'echo up; exit 2'\n    watchshell: /bin/sh\n"
                  "    meta:\n      retry: 1\n      delay: 10\n");
        QTRY_COMPARE(made.log.failures(), QStringList{u"watchcmd ended with exit status 2"_qs});
        QCOMPARE(made.log.events(),
                 (QStringList{u"watchcmd: up"_qs, u"watch restarted"_qs, u"watchcmd: up"_qs}));
        QCOMPARE(made.log.warnings().size(), 1);
    }
    void metaPollReplacesTheWatch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f"_qs);
        Made made(
            u"resources:\n  file:\n  - name: %1\n    meta:\n      poll: 1\n"_qs.arg(path).toUtf8());
        QVERIFY(writeFile(path, "not watched"));
        QTRY_COMPARE_WITH_TIMEOUT(made.log.causes(), QStringList{u"poll"_qs}, 3000);
        QCOMPARE(made.hub.watchCount(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestResourceWatchFactory)
#include "tst_resourcewatchfactory.moc"
