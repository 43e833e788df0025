#include "model/graph.h"
#include "records/runtimeline.h"

#include <QTest>

using namespace converge;

/// The run-over-time model behind the timeline dock, the run report and the critical path.
class TestRunTimeline : public QObject
{
    Q_OBJECT

private:
    static RunEvent state(ResourceId id, double seconds, ResourceState s, bool changed = false)
    {
        RunEvent e;
        e.resource = id;
        e.timeUs = qint64(seconds * 1e6);
        e.state = s;
        e.changed = changed;
        return e;
    }
    static ResourceId add(Graph &g, const QString &name)
    {
        Resource r;
        r.kind = u"exec"_qs;
        r.name = name;
        return g.addResource(std::move(r));
    }
    static void connect(Graph &g, ResourceId from, ResourceId to)
    {
        Edge e;
        e.from = from;
        e.to = to;
        g.addEdge(std::move(e));
    }

private slots:
    void aTryRunsFromRunningToItsFinalState()
    {
        RunTimeline timeline;
        const std::vector<ResourceId> touched = timeline.apply(
            {state(3, 1, ResourceState::Running), state(3, 2.5, ResourceState::Done, true)});
        QCOMPARE(touched, std::vector<ResourceId>{3});
        const RunTimeline::Row *row = timeline.row(3);
        QVERIFY(row);
        QCOMPARE(row->tries.size(), size_t(1));
        QCOMPARE(row->tries[0].startUs, 1000000);
        QCOMPARE(row->tries[0].endUs, 2500000);
        QCOMPARE(row->tries[0].outcome, ResourceState::Done);
        QVERIFY(row->changed);
        QVERIFY(!timeline.row(2));
    }

    void aRepeatedRunningIsARetryAndEndsTheFailedTry()
    {
        RunTimeline timeline;
        timeline.apply({state(0, 0, ResourceState::Running), state(0, 1, ResourceState::Running)});
        timeline.apply({state(0, 2, ResourceState::Failed)});
        const RunTimeline::Row *row = timeline.row(0);
        QCOMPARE(row->tries.size(), size_t(2));
        QCOMPARE(row->tries[0].outcome, ResourceState::Failed);
        QCOMPARE(row->tries[0].endUs, 1000000);
        QCOMPARE(row->tries[1].outcome, ResourceState::Failed);
        QCOMPARE(timeline.records(1).front().tries, 2);
        QCOMPARE(timeline.records(1).front().state, ResourceState::Failed);
    }

    void anOpenTryHasNoEndAndSkippedRowsHaveNoTries()
    {
        RunTimeline timeline;
        timeline.apply(
            {state(0, 0, ResourceState::Running), state(1, 0.5, ResourceState::Skipped)});
        QCOMPARE(timeline.row(0)->tries.back().endUs, -1);
        QVERIFY(timeline.row(1)->tries.empty());
        QCOMPARE(timeline.row(1)->state, ResourceState::Skipped);
    }

    void rowsSortByStartAndNeverStartedRowsComeLast()
    {
        RunTimeline timeline;
        timeline.apply({state(5, 0, ResourceState::Skipped), state(2, 3, ResourceState::Running),
                        state(7, 1, ResourceState::Running)});
        std::vector<ResourceId> ids;
        for (int i : timeline.orderByStart())
            ids.push_back(timeline.rows()[size_t(i)].id);
        QCOMPARE(ids, (std::vector<ResourceId>{7, 2, 5}));
    }

    void outputKeepsTheNewestLines()
    {
        RunTimeline timeline(2);
        std::vector<RunEvent> events;
        for (const char *text : {"one", "two", "three"}) {
            RunEvent e;
            e.resource = 0;
            e.type = RunEvent::Type::Output;
            e.text = QString::fromLatin1(text);
            events.push_back(e);
        }
        timeline.apply(events);
        QCOMPARE(timeline.row(0)->lastOutput, (QStringList{u"two"_qs, u"three"_qs}));
    }

    void criticalPathOfGraph10FollowsTheLongestChain()
    {
        // graph10: exec1..3 -> exec4 -> exec5..7, and exec8 alone. exec2 and exec6 take longest,
        // exec8 alone is long but shorter than the chain.
        Graph g;
        std::vector<ResourceId> e(9, InvalidId);
        for (int i = 1; i <= 8; ++i)
            e[size_t(i)] = add(g, u"exec%1"_qs.arg(i));
        for (int i : {1, 2, 3})
            connect(g, e[size_t(i)], e[4]);
        for (int i : {5, 6, 7})
            connect(g, e[4], e[size_t(i)]);
        RunTimeline timeline;
        const auto span = [&](int i, double from, double to) {
            timeline.apply({state(e[size_t(i)], from, ResourceState::Running),
                            state(e[size_t(i)], to, ResourceState::Done)});
        };
        span(1, 0, 1);
        span(2, 0, 2);
        span(3, 0, 1.5);
        span(8, 0, 4);
        span(4, 2, 3);
        span(5, 3, 3.5);
        span(6, 3, 5);
        span(7, 3, 4);
        QCOMPARE(timeline.criticalPath(g), (std::vector<ResourceId>{e[2], e[4], e[6]}));
    }

    void noCriticalPathBeforeAnythingFinished()
    {
        Graph g;
        const ResourceId a = add(g, u"a"_qs);
        RunTimeline timeline;
        QVERIFY(timeline.criticalPath(g).empty());
        timeline.apply({state(a, 0, ResourceState::Running)});
        QVERIFY(timeline.criticalPath(g).empty());
    }
};

QTEST_GUILESS_MAIN(TestRunTimeline)
#include "tst_runtimeline.moc"
