#include "engine/rungraph.h"
#include "engine/scheduler.h"
#include "model/graph.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace converge;

namespace {

/// A graph of noop resources 0..count-1 with the given edges (ids equal indices).
Graph makeGraph(int count, const std::vector<std::pair<int, int>> &edges)
{
    Graph g;
    for (int i = 0; i < count; ++i) {
        Resource r;
        r.kind = u"noop"_qs;
        r.name = QString::number(i);
        g.addResource(r);
    }
    for (auto [from, to] : edges) {
        Edge e;
        e.from = ResourceId(from);
        e.to = ResourceId(to);
        g.addEdge(e);
    }
    return g;
}

std::vector<ResourceId> sorted(std::vector<ResourceId> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

using Ids = std::vector<ResourceId>;

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT
private slots:
    void startsOnlyWhenEveryPrerequisiteFinished()
    {
        // 0 and 1 fan in to 2, which fans out to 3 and 4.
        const Graph g = makeGraph(5, {{0, 2}, {1, 2}, {2, 3}, {2, 4}});
        const RunGraph shape(g, {});
        Scheduler s(shape, 0, {});
        Scheduler::Step step;
        s.begin(&step);
        QCOMPARE(sorted(step.start), (Ids{0, 1}));
        step.clear();
        s.finish(0, true, &step);
        QVERIFY(step.start.empty());
        s.finish(1, true, &step);
        QCOMPARE(step.start, (Ids{2}));
        step.clear();
        s.finish(2, true, &step);
        QCOMPARE(sorted(step.start), (Ids{3, 4}));
    }
    void failureSkipsExactlyTheDescendants()
    {
        // 0 -> 1 -> 2, 0 -> 3 <- 4, 4 -> 5, 6 alone.
        const Graph g = makeGraph(7, {{0, 1}, {1, 2}, {0, 3}, {4, 3}, {4, 5}});
        const RunGraph shape(g, {});
        Scheduler s(shape, 0, {});
        Scheduler::Step step;
        s.begin(&step);
        QCOMPARE(sorted(step.start), (Ids{0, 4, 6}));
        step.clear();
        s.finish(0, false, &step);
        QVERIFY(step.start.empty());
        QCOMPARE(sorted(step.skipped), (Ids{1, 2, 3}));
        step.clear();
        s.finish(4, true, &step);
        QCOMPARE(step.start, (Ids{5})); // 3 stays skipped though its other prerequisite is done
        QVERIFY(step.skipped.empty());
    }
    void skippedOnceBelowTwoFailures()
    {
        const Graph g = makeGraph(4, {{0, 2}, {1, 2}, {2, 3}});
        const RunGraph shape(g, {});
        Scheduler s(shape, 0, {});
        Scheduler::Step step;
        s.begin(&step);
        step.clear();
        s.finish(0, false, &step);
        s.finish(1, false, &step);
        QCOMPARE(sorted(step.skipped), (Ids{2, 3}));
    }
    void resourcesOutsideTheRunCountAsSatisfied()
    {
        const Graph g = makeGraph(3, {{0, 1}, {1, 2}});
        const RunGraph shape(g, {false, true, true});
        Scheduler s(shape, 0, {});
        QCOMPARE(s.size(), 2);
        Scheduler::Step step;
        s.begin(&step);
        QCOMPARE(step.start, (Ids{1}));
    }
    void jobsCapWithLongestChainFirst()
    {
        // Roots 0,1,2; 2 heads a chain 2 -> 3 -> 4, so it goes first when slots are short.
        const Graph g = makeGraph(5, {{2, 3}, {3, 4}});
        const RunGraph shape(g, {});
        Scheduler s(shape, 1, {});
        Scheduler::Step step;
        s.begin(&step);
        QCOMPARE(step.start, (Ids{2}));
        step.clear();
        s.finish(2, true, &step);
        QCOMPARE(step.start, (Ids{3})); // priority 2 beats the roots' 1
    }
    void semaphoreSerialisesItsHolders()
    {
        const Graph g = makeGraph(4, {});
        std::vector<std::vector<SemaphoreRequest>> sema(4);
        for (int i = 0; i < 3; ++i)
            sema[i] = {{u"mylock"_qs, 1}};
        const RunGraph shape(g, {});
        Scheduler s(shape, 0, sema);
        Scheduler::Step step;
        s.begin(&step);
        QCOMPARE(sorted(step.start), (Ids{0, 3}));
        for (ResourceId next : {1u, 2u}) {
            step.clear();
            s.finish(next - 1, true, &step);
            QCOMPARE(step.start, (Ids{next}));
        }
    }
    void countingSemaphoreAdmitsN()
    {
        const Graph g = makeGraph(5, {});
        std::vector<std::vector<SemaphoreRequest>> sema(5, {{u"pool"_qs, 2}});
        const RunGraph shape(g, {});
        Scheduler s(shape, 0, sema);
        Scheduler::Step step;
        s.begin(&step);
        QCOMPARE(step.start.size(), size_t(2));
    }
    void semaphoresTakenAllOrNothing()
    {
        // 0 wants a+b, 1 wants b+a, 2 wants a: no order of requests can deadlock them.
        const Graph g = makeGraph(3, {});
        std::vector<std::vector<SemaphoreRequest>> sema{
            {{u"a"_qs, 1}, {u"b"_qs, 1}}, {{u"b"_qs, 1}, {u"a"_qs, 1}}, {{u"a"_qs, 1}}};
        const RunGraph shape(g, {});
        Scheduler s(shape, 0, sema);
        Scheduler::Step step;
        s.begin(&step);
        QCOMPARE(step.start, (Ids{0}));
        step.clear();
        s.finish(0, true, &step);
        QCOMPARE(sorted(step.start), (Ids{1})); // 1 had priority by id; 2 waits for a
        step.clear();
        s.finish(1, true, &step);
        QCOMPARE(step.start, (Ids{2}));
    }
    void stopAdmitsNothingMore()
    {
        const Graph g = makeGraph(2, {});
        const RunGraph shape(g, {});
        Scheduler s(shape, 1, {});
        Scheduler::Step step;
        s.begin(&step);
        QCOMPARE(step.start, (Ids{0}));
        s.stop();
        step.clear();
        s.finish(0, true, &step);
        QVERIFY(step.start.empty());
    }

    void parallelRandomDag_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("jobs");
        for (int threads : {1, 2, 4, 8}) {
            for (int jobs : {0, 3}) {
                QTest::addRow("%d threads, -j%d", threads, jobs) << threads << jobs;
            }
        }
    }
    void parallelRandomDag()
    {
        QFETCH(int, threads);
        QFETCH(int, jobs);
        const int count = 3000;
        std::vector<std::pair<int, int>> edges;
        QRandomGenerator random(42);
        for (int to = 1; to < count; ++to) {
            for (int k = 0; k < 3; ++k)
                edges.push_back({int(random.bounded(to)), to});
        }
        const Graph g = makeGraph(count, edges);
        const RunGraph shape(g, {});
        Scheduler s(shape, jobs, {});

        std::mutex mutex;
        std::condition_variable wake;
        std::deque<ResourceId> queue;
        std::vector<std::atomic<int>> finished(count);
        // Admitted and not yet finished: what -j caps, whatever the number of threads.
        std::atomic<int> started{0}, admitted{0}, maxAdmitted{0}, done{0}, violations{0};
        auto admit = [&](const std::vector<ResourceId> &ids) {
            const int now = admitted += int(ids.size());
            for (int m = maxAdmitted.load();
                 now > m && !maxAdmitted.compare_exchange_weak(m, now);) {
            }
            queue.insert(queue.end(), ids.begin(), ids.end());
        };
        Scheduler::Step first;
        s.begin(&first);
        admit(first.start);
        auto worker = [&] {
            Scheduler::Step step;
            for (;;) {
                ResourceId id;
                {
                    std::unique_lock lock(mutex);
                    wake.wait(lock, [&] { return !queue.empty() || done.load() == count; });
                    if (queue.empty())
                        return;
                    id = queue.front();
                    queue.pop_front();
                }
                for (ResourceId p : g.predecessors(id))
                    violations += finished[p].load() ? 0 : 1;
                ++started;
                finished[id].store(1);
                step.clear();
                // Counted out before finish() frees the slot, so a correct cap never shows
                // more than jobs here.
                --admitted;
                s.finish(id, true, &step);
                std::lock_guard lock(mutex);
                admit(step.start);
                ++done;
                wake.notify_all();
            }
        };
        std::vector<std::thread> pool;
        for (int i = 0; i < threads; ++i)
            pool.emplace_back(worker);
        for (auto &t : pool)
            t.join();
        QCOMPARE(started.load(), count);
        QCOMPARE(violations.load(), 0);
        if (jobs > 0)
            QVERIFY2(maxAdmitted.load() <= jobs, qPrintable(QString::number(maxAdmitted.load())));
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
