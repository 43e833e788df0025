#include "resources/filewatch.h"

#include "filetesting.h"
#include "watchtesting.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <memory>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace converge;
using namespace converge::testing;

namespace {

/// A reactor, the run's inotify hub and one file watch with its log, torn down in order.
struct Watched
{
    explicit Watched(const QString &path, bool recurse = false, InotifyHub::AddWatch add = {},
                     qint64 fallbackMs = FileWatch::DefaultFallbackPollMs)
        : hub(reactor, std::move(add)),
          watch(std::make_unique<FileWatch>(reactor, hub, path, recurse, log.sink(), fallbackMs))
    {
        onReactor(reactor, [this] { watch->start(); });
    }
    ~Watched()
    {
        onReactor(reactor, [this] { watch.reset(); });
    }
    Reactor reactor;
    InotifyHub hub;
    WatchLog log;
    std::unique_ptr<FileWatch> watch;
};

/// Waits until a second watch in the same hub saw a write to `sentinel`: the kernel queues
/// one instance's events in order, so anything the first watch would report is in by then.
void drain(Watched &w, const QString &sentinel)
{
    WatchLog log;
    // Made here but started, stopped and destroyed on the reactor thread, as a watch must be.
    auto probe = std::make_unique<FileWatch>(w.reactor, w.hub, sentinel, false, log.sink());
    onReactor(w.reactor, [&] { probe->start(); });
    QVERIFY(writeFile(sentinel, "tick"));
    QTRY_VERIFY(!log.events().isEmpty());
    onReactor(w.reactor, [&] { probe.reset(); });
}

/// dir/tree with the folders `below` in it; returns dir/tree.
QString makeTree(const QTemporaryDir &dir, const QString &below)
{
    const QString root = dir.filePath(u"tree"_qs);
    return QDir().mkpath(root + u'/' + below) ? root : QString();
}

/// Nothing was reported for what the test did before calling this.
void expectSilence(Watched &w, const QTemporaryDir &dir)
{
    drain(w, dir.filePath(u"sentinel"_qs));
    QCOMPARE(w.log.events(), QStringList());
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

} // namespace

/// mgmt's file Watch: what drift of a managed file or tree is seen, and what it is called.
class TestFileWatch : public QObject
{
    Q_OBJECT
private slots:
    void aWriteIsAContentChange()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(u"f"_qs);
        QVERIFY(writeFile(f, "one"));
        Watched w(f);
        QVERIFY(writeFile(f, "two, longer"));
        QTRY_COMPARE(w.log.causes(), QStringList{u"content changed"_qs});
    }
    void aChmodIsAModeChangeAndAChownAnOwnerChange()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(u"f"_qs);
        QVERIFY(writeFile(f, "one"));
        QCOMPARE(chmod(encoded(f).constData(), 0600), 0);
        Watched w(f);
        QCOMPARE(chmod(encoded(f).constData(), 0644), 0);
        QTRY_COMPARE(w.log.causes(), QStringList{u"mode changed"_qs});
        if (geteuid() != 0)
            QSKIP("chown to another user needs root");
        w.log.clear();
        QCOMPARE(chown(encoded(f).constData(), 65534, 65534), 0);
        QTRY_COMPARE(w.log.causes(), QStringList{u"owner changed"_qs});
    }
    void deletingAndRecreatingAreSeen()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(u"f"_qs);
        QVERIFY(writeFile(f, "one"));
        Watched w(f);
        QVERIFY(QFile::remove(f));
        QTRY_COMPARE(w.log.causes(), QStringList{u"deleted"_qs});
        QVERIFY(writeFile(f, "back"));
        // Writing the new file may also be seen as a content change after its creation.
        QTRY_COMPARE(w.log.causes().mid(0, 2), (QStringList{u"deleted"_qs, u"created"_qs}));
    }
    void aFileInFoldersThatDoNotExistYetIsSeenWhenItAppears()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(u"a/b/c/f"_qs);
        Watched w(f);
        QVERIFY(QDir().mkpath(dir.filePath(u"a/b/c"_qs)));
        // The folders' events are handled before the file exists: only watching the new
        // folders can see it appear.
        expectSilence(w, dir);
        QVERIFY(writeFile(f, "here"));
        QTRY_VERIFY(w.log.events().contains(u"created"_qs));
    }
    void aFolderMadeWhileItsParentIsBeingWatchedIsNotMissed()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"a"_qs)));
        const QString f = dir.filePath(u"a/b/f"_qs);
        // The folder appears after the watch looked for it and before the kernel watches its
        // parent, as when `mkdir -p` outruns the watch: no event ever tells of it.
        const QByteArray parent = encoded(dir.filePath(u"a"_qs));
        const QString late = dir.filePath(u"a/b"_qs);
        const auto racing = [parent, late](int fd, const QByteArray &path, std::uint32_t mask) {
            if (path == parent && !QFileInfo::exists(late))
                QDir().mkpath(late);
            return inotify_add_watch(fd, path.constData(), mask);
        };
        Watched w(f, false, racing);
        QVERIFY(writeFile(f, "here"));
        QTRY_VERIFY(w.log.events().contains(u"created"_qs));
    }
    void otherFilesInTheFolderAreNotEvents()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(u"f"_qs);
        QVERIFY(writeFile(f, "one"));
        Watched w(f);
        QVERIFY(writeFile(dir.filePath(u"g"_qs), "neighbour"));
        expectSilence(w, dir);
    }
    void aRecursiveDirectoryWatchesNewSubfolders()
    {
        QTemporaryDir dir;
        const QString root = makeTree(dir, u"old"_qs);
        Watched w(root + u'/', true);
        QVERIFY(QDir().mkpath(root + u"/new"_qs));
        QTRY_COMPARE(w.log.causes(), QStringList{u"content changed"_qs});
        // The event above came after the new folder was watched: this write is inside it.
        w.log.clear();
        QVERIFY(writeFile(root + u"/new/f"_qs, "deep"));
        QTRY_COMPARE(w.log.causes(), QStringList{u"content changed"_qs});
        w.log.clear();
        QVERIFY(writeFile(root + u"/old/g"_qs, "deep"));
        QTRY_COMPARE(w.log.causes(), QStringList{u"content changed"_qs});
    }
    void withoutRecurseOnlyTheDirectorysOwnEntriesCount()
    {
        QTemporaryDir dir;
        const QString root = makeTree(dir, u"sub"_qs);
        Watched w(root + u'/', false);
        QVERIFY(writeFile(root + u"/sub/f"_qs, "deep"));
        expectSilence(w, dir);
        QVERIFY(writeFile(root + u"/top"_qs, "shallow"));
        QTRY_COMPARE(w.log.causes(), QStringList{u"content changed"_qs});
    }
    void theWatchLimitWarnsAndFallsBackToPolling()
    {
        QTemporaryDir dir;
        const QString f = dir.filePath(u"f"_qs);
        QVERIFY(writeFile(f, "one"));
        const auto full = [](int, const QByteArray &, std::uint32_t) {
            errno = ENOSPC;
            return -1;
        };
        Watched w(f, false, full, 20);
        QCOMPARE(w.log.warnings(),
                 QStringList{f + u": the inotify watch limit is reached (raise it with sysctl "
                                 "fs.inotify.max_user_watches); checking every 20 ms instead"_qs});
        // The watch lives on the reactor thread, whose polls change what isPolling() reads.
        bool polling = false;
        onReactor(w.reactor, [&] { polling = w.watch->isPolling(); });
        QVERIFY(polling);
        QVERIFY(writeFile(f, "two, longer"));
        QTRY_COMPARE(w.log.causes(), QStringList{u"content changed"_qs});
    }
    void stopClosesEveryWatchAndReportsNothingMore()
    {
        QTemporaryDir dir;
        const QString root = makeTree(dir, u"a/b"_qs);
        Watched w(root + u'/', true);
        QCOMPARE(w.hub.watchCount(), 4u); // parent, tree, a, a/b
        onReactor(w.reactor, [&] { w.watch->stop(); });
        QCOMPARE(w.hub.watchCount(), 0u);
        QVERIFY(writeFile(root + u"/a/f"_qs, "after"));
        expectSilence(w, dir);
    }
};

QTEST_GUILESS_MAIN(TestFileWatch)
#include "tst_filewatch.moc"
