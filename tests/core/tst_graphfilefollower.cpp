#include "engine/graphfilefollower.h"
#include "formats/yamlgraphreader.h"
#include "model/graph.h"
#include "resources/inotifyhub.h"

#include "filetesting.h"
#include "watchtesting.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <mutex>

using namespace converge;
using namespace converge::testing;

namespace {

const QByteArray one = "graph: g\nresources:\n  noop:\n  - name: a\n";
const QByteArray two = "graph: g\nresources:\n  noop:\n  - name: a\n  - name: b\n";

/// A follower of dir/graph.yaml (holding `one` at the start) and what it reported.
struct Following
{
    explicit Following(const QTemporaryDir &dir)
        : path(dir.filePath(u"graph.yaml"_qs)), hub(reactor)
    {
        QVERIFY(writeFile(path, one));
        auto current = std::make_shared<const Graph>(YamlGraphReader::readData(one, path).graph);
        RunOptions options;
        options.fileName = path;
        onReactor(reactor, [&] {
            follower = std::make_unique<GraphFileFollower>(
                reactor, hub, path, options, current,
                [this](std::shared_ptr<const Graph> next, const GraphDiff &diff) {
                    const std::lock_guard lock(mutex);
                    QStringList added;
                    for (const ResourceId id : diff.added)
                        added << next->resource(id).key();
                    accepted << added.join(u',');
                },
                [this](const Diagnostics &diagnostics) {
                    const std::lock_guard lock(mutex);
                    rejected << diagnostics.first().message;
                },
                20);
            follower->start();
        });
    }
    ~Following()
    {
        onReactor(reactor, [&] { follower.reset(); });
    }
    QStringList acceptedSwaps() const
    {
        const std::lock_guard lock(mutex);
        return accepted;
    }
    QStringList rejections() const
    {
        const std::lock_guard lock(mutex);
        return rejected;
    }

    QString path;
    Reactor reactor;
    InotifyHub hub;
    mutable std::mutex mutex;
    QStringList accepted;
    QStringList rejected;
    std::unique_ptr<GraphFileFollower> follower;
};

} // namespace

/// run --watch follows its graph file: new versions are swapped in, broken ones are not.
class TestGraphFileFollower : public QObject
{
    Q_OBJECT
private slots:
    void aChangedFileIsReadOnceWithWhatChanged()
    {
        QTemporaryDir dir;
        Following f(dir);
        QVERIFY(writeFile(f.path, "graph: g\n"));
        QVERIFY(writeFile(f.path, two));
        QTRY_COMPARE(f.acceptedSwaps(), QStringList{u"noop/b"_qs});
        QCOMPARE(f.rejections(), QStringList());
    }
    void aBrokenFileIsRejectedAndTheRunningGraphStays()
    {
        QTemporaryDir dir;
        Following f(dir);
        QVERIFY(
            writeFile(f.path, "graph: g\nresources:\n  exec:\n  - name: e\n    timeout: soon\n"));
        QTRY_COMPARE(f.rejections().size(), 1);
        QVERIFY2(f.rejections().first().contains(u"exec/e"_qs), qPrintable(f.rejections().first()));
        QVERIFY(writeFile(f.path, two));
        // Compared with the graph still running, not with the broken one.
        QTRY_COMPARE(f.acceptedSwaps(), QStringList{u"noop/b"_qs});
    }
};

QTEST_GUILESS_MAIN(TestGraphFileFollower)
#include "tst_graphfilefollower.moc"
