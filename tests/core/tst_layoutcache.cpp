#include "layout/graphvizlayout.h"
#include "layout/layoutcache.h"
#include "layout/layoutjob.h"
#include "layoutgraphs.h"
#include "model/graph.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace converge;

namespace {
Graph chain(int resources)
{
    return converge::testing::chains(1, resources);
}
} // namespace

/// Issue 15: a layout is kept by the content it was computed from, so reopening a file is
/// instant; an entry that is corrupt or belongs to other content is never used.
class TestLayoutCache : public QObject
{
    Q_OBJECT

private:
    static GraphLayout layoutOf(const GraphvizLayout::Input &input)
    {
        QString error;
        const auto layout = GraphvizLayout::layout(input, &error);
        if (!layout)
            qFatal("layout failed: %s", qPrintable(error));
        return *layout;
    }

    static QString onlyEntry(const QString &folder)
    {
        const QStringList names = QDir(folder).entryList({u"*.layout"_qs}, QDir::Files);
        return names.size() == 1 ? folder + u'/' + names.front() : QString();
    }

    static void age(const QString &folder, const GraphvizLayout::Input &input,
                    const QDateTime &time)
    {
        QFile file(folder + u'/' + QString::fromLatin1(LayoutCache::key(input)) + u".layout"_qs);
        if (!file.open(QIODevice::ReadWrite) ||
            !file.setFileTime(time, QFileDevice::FileModificationTime))
            qFatal("cannot set the time of %s", qPrintable(file.fileName()));
    }

    QTemporaryDir m_dir;

private slots:
    void theSameContentHitsAndAChangeMisses()
    {
        const QString folder = m_dir.filePath(u"hits"_qs);
        const LayoutCache cache(folder);
        const GraphvizLayout::Input input = GraphvizLayout::snapshot(chain(5), {});
        QVERIFY(!cache.find(input));
        const GraphLayout layout = layoutOf(input);
        cache.store(input, layout);
        const auto found = cache.find(GraphvizLayout::snapshot(chain(5), {}));
        QVERIFY(found);
        QCOMPARE(found->bounds, layout.bounds);
        QCOMPARE(found->engine, layout.engine);
        QCOMPARE(found->nodes.size(), layout.nodes.size());
        for (size_t i = 0; i < layout.nodes.size(); ++i)
            QCOMPARE(found->nodes[i].centre, layout.nodes[i].centre);

        // Whatever the layout depends on is in the key.
        QVERIFY(!cache.find(GraphvizLayout::snapshot(chain(6), {})));
        GraphvizLayout::Input wider = input;
        wider.nodes[2].size.rwidth() += 1;
        QVERIFY(!cache.find(wider));
        GraphvizLayout::Input neato = input;
        neato.options.engine = u"neato"_qs;
        QVERIFY(!cache.find(neato));
        GraphvizLayout::Input sideways = input;
        sideways.options.direction = LayoutDirection::LeftToRight;
        QVERIFY(!cache.find(sideways));
    }

    void aCorruptEntryIsIgnoredAndRemoved()
    {
        const QString folder = m_dir.filePath(u"corrupt"_qs);
        const LayoutCache cache(folder);
        const GraphvizLayout::Input input = GraphvizLayout::snapshot(chain(5), {});
        cache.store(input, layoutOf(input));
        const QString path = onlyEntry(folder);
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() - 20] = char(bytes[bytes.size() - 20] ^ 0x55);
        file.seek(0);
        file.write(bytes);
        file.close();
        QVERIFY(!cache.find(input));
        QVERIFY(!QFile::exists(path));
    }

    void anEntryOfOtherContentIsNotTrusted()
    {
        // A valid entry under the wrong name (copied, or a hash collision): its key is checked.
        const QString folder = m_dir.filePath(u"foreign"_qs);
        const LayoutCache cache(folder);
        const GraphvizLayout::Input five = GraphvizLayout::snapshot(chain(5), {});
        const GraphvizLayout::Input six = GraphvizLayout::snapshot(chain(6), {});
        cache.store(six, layoutOf(six));
        QVERIFY(QFile::rename(onlyEntry(folder), folder + u'/' +
                                                     QString::fromLatin1(LayoutCache::key(five)) +
                                                     u".layout"_qs));
        QVERIFY(!cache.find(five));
    }

    void theFolderStaysWithinItsBound()
    {
        const QString folder = m_dir.filePath(u"bounded"_qs);
        const GraphvizLayout::Input first = GraphvizLayout::snapshot(chain(40), {});
        const LayoutCache probe(folder);
        probe.store(first, layoutOf(first));
        const qint64 entry = QFileInfo(onlyEntry(folder)).size();
        // Room for two entries of this size: a third pushes out the least recently used.
        const LayoutCache cache(folder, entry * 2 + entry / 2);
        const GraphvizLayout::Input second = GraphvizLayout::snapshot(chain(41), {});
        const GraphvizLayout::Input third = GraphvizLayout::snapshot(chain(39), {});
        cache.store(second, layoutOf(second));
        // Stored long ago, the second one longer ago than the first: the first is then used.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        age(folder, first, now.addSecs(-3600));
        age(folder, second, now.addSecs(-7200));
        QVERIFY(cache.find(first));
        cache.store(third, layoutOf(third));
        QCOMPARE(QDir(folder).entryList({u"*.layout"_qs}, QDir::Files).size(), 2);
        QVERIFY(cache.find(first));
        QVERIFY(!cache.find(second));
        QVERIFY(cache.find(third));
    }

    void theJobReadsALayoutBackInsteadOfComputingIt()
    {
        const QString folder = m_dir.filePath(u"job"_qs);
        const Graph graph = chain(8);
        LayoutJob job;
        job.setCache(LayoutCache(folder));
        QSignalSpy finished(&job, &LayoutJob::finished);
        job.start(graph, {});
        QVERIFY(finished.wait(30000));
        QVERIFY(!onlyEntry(folder).isEmpty());
        // Replace the stored layout by a recognisable one: the job must deliver it unchanged.
        GraphLayout marked = finished.first().first().value<GraphLayout>();
        marked.note = u"from the cache"_qs;
        LayoutCache(folder).store(GraphvizLayout::snapshot(graph, {}), marked);
        job.start(graph, {});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().first().value<GraphLayout>().note, u"from the cache"_qs);
    }
};

QTEST_MAIN(TestLayoutCache)
#include "tst_layoutcache.moc"
