#include "resources/inotifyhub.h"

#include "watchtesting.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/inotify.h>

using namespace converge;
using namespace converge::testing;

/// The one inotify instance of a run: shared descriptors, and no handler after unsubscribe.
class TestInotifyHub : public QObject
{
    Q_OBJECT
private slots:
    void subscribersOfOnePathShareOneKernelWatch()
    {
        Reactor reactor;
        InotifyHub hub(reactor);
        QVERIFY2(hub.isValid(), qPrintable(hub.error()));
        QTemporaryDir dir;
        std::atomic<int> first{0};
        std::atomic<int> second{0};
        InotifyHub::Subscription a = 0;
        InotifyHub::Subscription b = 0;
        onReactor(reactor, [&] {
            int error = 0;
            a = hub.subscribe(
                dir.path(), IN_CREATE, [&](std::uint32_t, const QString &) { ++first; }, &error);
            b = hub.subscribe(
                dir.path(), IN_CREATE, [&](std::uint32_t, const QString &) { ++second; }, &error);
        });
        QVERIFY(a && b);
        QCOMPARE(hub.watchCount(), 1u);
        QVERIFY(QDir(dir.path()).mkdir(u"x"_qs));
        QTRY_COMPARE(first.load(), 1);
        QTRY_COMPARE(second.load(), 1);

        onReactor(reactor, [&] { hub.unsubscribe(a); });
        QCOMPARE(hub.watchCount(), 1u);
        QVERIFY(QDir(dir.path()).mkdir(u"y"_qs));
        QTRY_COMPARE(second.load(), 2);
        QCOMPARE(first.load(), 1);
        onReactor(reactor, [&] { hub.unsubscribe(b); });
        QCOMPARE(hub.watchCount(), 0u);
    }
    void aMissingPathGivesItsErrno()
    {
        Reactor reactor;
        InotifyHub hub(reactor);
        int error = 0;
        InotifyHub::Subscription s = 1;
        onReactor(reactor,
                  [&] { s = hub.subscribe(u"/nonexistent/converge"_qs, IN_CREATE, {}, &error); });
        QCOMPARE(s, 0u);
        QCOMPARE(error, ENOENT);
    }
};

QTEST_GUILESS_MAIN(TestInotifyHub)
#include "tst_inotifyhub.moc"
