#include "engine/convergedtracker.h"

#include <QTest>

using namespace converge;

/// --converged-timeout: when a watching graph counts as converged, on a fake clock.
class TestConvergedTracker : public QObject
{
    Q_OBJECT
private slots:
    void anIdleGraphConvergesTimeoutAfterWatchingStarts()
    {
        ConvergedTracker tracker(5000, 1000);
        QVERIFY(!tracker.isConverged(5999));
        QCOMPARE(tracker.msUntilConverged(2000), 4000);
        QVERIFY(tracker.isConverged(6000));
        QCOMPARE(tracker.quietForMs(8000), 7000);
    }
    void aBusyResourceHoldsConvergenceBackHoweverLong()
    {
        ConvergedTracker tracker(1000, 0);
        tracker.started(3, 100);
        QVERIFY(!tracker.isConverged(100000));
        QCOMPARE(tracker.msUntilConverged(100000), -1);
        QCOMPARE(tracker.quietForMs(100000), -1);
        tracker.finished(3, 100000);
        QVERIFY(!tracker.isConverged(100999));
        QVERIFY(tracker.isConverged(101000));
    }
    void everyResourceMustBeIdle()
    {
        ConvergedTracker tracker(0, 0);
        tracker.started(1, 10);
        tracker.started(2, 10);
        tracker.finished(1, 20);
        QVERIFY(!tracker.isConverged(30));
        tracker.finished(2, 30);
        QVERIFY(tracker.isConverged(30));
    }
    void anEventRestartsTheQuietPeriod()
    {
        ConvergedTracker tracker(1000, 0);
        tracker.touched(900);
        QVERIFY(!tracker.isConverged(1000));
        QCOMPARE(tracker.msUntilConverged(1500), 400);
        QVERIFY(tracker.isConverged(1900));
    }
    void finishingTwiceOrAnUnknownIdChangesNothing()
    {
        ConvergedTracker tracker(1000, 0);
        tracker.finished(7, 800);
        QVERIFY(tracker.isConverged(1000));
    }
    void removingABusyResourceReleasesIt()
    {
        ConvergedTracker tracker(1000, 0);
        tracker.started(4, 0);
        tracker.removed(4, 500);
        QVERIFY(!tracker.isConverged(1400));
        QVERIFY(tracker.isConverged(1500));
    }
};

QTEST_APPLESS_MAIN(TestConvergedTracker)
#include "tst_convergedtracker.moc"
