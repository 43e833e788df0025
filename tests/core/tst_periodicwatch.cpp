#include "resources/periodicwatch.h"

#include "watchtesting.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>

using namespace converge;
using namespace converge::testing;

/// meta poll and the timer kind: an event every interval, until stopped.
class TestPeriodicWatch : public QObject
{
    Q_OBJECT
private slots:
    void ticksEveryIntervalWithItsCause()
    {
        Reactor reactor;
        WatchLog log;
        PeriodicWatch watch(reactor, 40, u"timer"_qs, log.sink());
        QElapsedTimer clock;
        clock.start();
        onReactor(reactor, [&] { watch.start(); });
        QTRY_COMPARE(log.events().size(), 3);
        QVERIFY2(clock.elapsed() >= 120, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(log.causes(), QStringList{u"timer"_qs});
        onReactor(reactor, [&] { watch.stop(); });
    }
    void stopEndsTheTicks()
    {
        Reactor reactor;
        WatchLog log;
        PeriodicWatch watch(reactor, 10, u"poll"_qs, log.sink());
        onReactor(reactor, [&] { watch.start(); });
        QTRY_VERIFY(!log.events().isEmpty());
        onReactor(reactor, [&] { watch.stop(); });
        const qsizetype seen = log.events().size();
        // A far longer timer on the same reactor fires after any tick that was still due.
        std::atomic<bool> later{false};
        reactor.addTimer(50, [&] { later = true; });
        QTRY_VERIFY(later.load());
        QCOMPARE(log.events().size(), seen);
    }
    void restartStartsThePeriodAgain()
    {
        Reactor reactor;
        WatchLog log;
        PeriodicWatch watch(reactor, 200, u"timer"_qs, log.sink());
        QElapsedTimer clock;
        clock.start();
        std::atomic<qint64> restartedAt{-1};
        onReactor(reactor, [&] { watch.start(); });
        reactor.addTimer(150, [&] {
            watch.restart();
            restartedAt = clock.elapsed();
        });
        QTRY_COMPARE_WITH_TIMEOUT(log.events().size(), 1, 2000);
        QVERIFY(restartedAt.load() >= 0);
        const qint64 after = clock.elapsed() - restartedAt.load();
        QVERIFY2(after >= 190, qPrintable(QString::number(after)));
    }
};

QTEST_GUILESS_MAIN(TestPeriodicWatch)
#include "tst_periodicwatch.moc"
