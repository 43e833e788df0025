#include "engine/eventlog.h"

#include <QTest>

using namespace converge;

/// The run's event stream: what readers see of it, and that running out of memory for it ends
/// the stream instead of the process.
class TestEventLog : public QObject
{
    Q_OBJECT

private:
    static RunEvent output(ResourceId id, const QString &text)
    {
        RunEvent e;
        e.resource = id;
        e.type = RunEvent::Type::Output;
        e.text = text;
        return e;
    }

private slots:
    void eventsReadBackInOrderAcrossBlocks()
    {
        EventLog log(4096);
        for (int i = 0; i < 10000; ++i)
            log.append(output(ResourceId(i), QString::number(i)));
        QCOMPARE(log.size(), 10000);
        std::vector<RunEvent> events;
        QCOMPARE(log.read(4000, &events, 200), 4200);
        QCOMPARE(events.size(), size_t(200));
        QCOMPARE(events.front().text, u"4000"_qs);
        QCOMPARE(events.back().resource, ResourceId(4199));
        QVERIFY(!log.truncated());
    }

    void noMemoryEndsTheStreamWithoutThrowing()
    {
        // Petabytes: the kernel refuses the first block, so every append finds no memory.
        EventLog log(qsizetype(1) << 45);
        bool threw = false;
        try {
            log.append(output(0, u"lost"_qs));
            log.append(output(1, u"lost too"_qs));
        } catch (...) {
            threw = true;
        }
        QVERIFY(!threw);
        QVERIFY(log.truncated());
        QCOMPARE(log.size(), 0);
        std::vector<RunEvent> events;
        QCOMPARE(log.read(0, &events, -1), 0);
        QVERIFY(events.empty());
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
