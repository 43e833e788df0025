#include "engine/readyqueue.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace converge;

/// The CPU workers' queue: order, blocking, and the end of a run waking every worker.
class TestReadyQueue : public QObject
{
    Q_OBJECT
private slots:
    void firstReadyIsFirstOut()
    {
        ReadyQueue queue;
        const std::vector<ResourceId> first{3, 1};
        const std::vector<ResourceId> second{2};
        queue.push(first);
        queue.push(second);
        QCOMPARE(queue.pop(), 3u);
        QCOMPARE(queue.pop(), 1u);
        QCOMPARE(queue.pop(), 2u);
    }
    void closingDrainsThenEnds()
    {
        ReadyQueue queue;
        const std::vector<ResourceId> ids{7};
        queue.push(ids);
        queue.close();
        QCOMPARE(queue.pop(), 7u);
        QCOMPARE(queue.pop(), InvalidId);
    }
    void sleepingWorkersWakeForWorkAndForTheEnd()
    {
        ReadyQueue queue;
        std::atomic<int> popped{0};
        std::atomic<int> ended{0};
        std::vector<std::thread> workers;
        for (int i = 0; i < 3; ++i) {
            workers.emplace_back([&] {
                while (queue.pop() != InvalidId)
                    ++popped;
                ++ended;
            });
        }
        std::vector<ResourceId> ids(100);
        for (ResourceId i = 0; i < ids.size(); ++i)
            ids[i] = i;
        queue.push(ids);
        QTRY_COMPARE_WITH_TIMEOUT(popped.load(), 100, 5000);
        QCOMPARE(ended.load(), 0);
        queue.close();
        QTRY_COMPARE_WITH_TIMEOUT(ended.load(), 3, 5000);
        for (std::thread &t : workers)
            t.join();
    }
};

QTEST_APPLESS_MAIN(TestReadyQueue)
#include "tst_readyqueue.moc"
