#include "engine/eventratelimiter.h"

#include <QTest>

#include <limits>
#include <utility>
#include <vector>

using namespace converge;

/// (event time, expected hold) pairs, in order, on a fake clock.
using Events = std::vector<std::pair<qint64, qint64>>;
Q_DECLARE_METATYPE(Events)

/// meta limit/burst: how long a resource's events are held.
class TestEventRateLimiter : public QObject
{
    Q_OBJECT
private slots:
    void eventsAreHeld_data()
    {
        QTest::addColumn<double>("limit");
        QTest::addColumn<int>("burst");
        QTest::addColumn<Events>("events");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("an infinite limit never holds") << inf << 0 << Events{{0, 0}, {0, 0}};
        // A flapping file is repaired three times at once, then every 500 ms.
        QTest::newRow("the burst passes at once, then one event per interval")
            << 2.0 << 3 << Events{{1000, 0}, {1000, 0}, {1000, 0}, {1000, 500}};
        // mgmt reserves a token for every event, also while the resource is already held.
        QTest::newRow("events while held push the wait further")
            << 1.0 << 1 << Events{{0, 0}, {0, 1000}, {0, 2000}, {3000, 0}, {4000, 0}};
        QTest::newRow("a quiet period refills no more than the burst")
            << 10.0 << 2 << Events{{0, 0}, {0, 0}, {60000, 0}, {60000, 0}, {60000, 100}};
        QTest::newRow("a limit of 0 lets only the burst through")
            << 0.0 << 2 << Events{{0, 0}, {10, 0}, {1000000, EventRateLimiter::Never}};
        QTest::newRow("a clock stepping back adds nothing")
            << 1.0 << 1 << Events{{5000, 0}, {1000, 1000}};
    }
    void eventsAreHeld()
    {
        QFETCH(double, limit);
        QFETCH(int, burst);
        QFETCH(Events, events);
        EventRateLimiter limiter(limit, burst);
        for (const auto &[at, hold] : events)
            QCOMPARE(limiter.reserve(at), hold);
    }
    void anInfiniteLimitNeverHoldsAFlood()
    {
        EventRateLimiter limiter(std::numeric_limits<double>::infinity(), 0);
        QVERIFY(limiter.isUnlimited());
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(limiter.reserve(0), 0);
    }
};

QTEST_APPLESS_MAIN(TestEventRateLimiter)
#include "tst_eventratelimiter.moc"
