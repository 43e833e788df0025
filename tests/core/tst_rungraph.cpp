#include "engine/rungraph.h"
#include "model/graph.h"

#include <QTest>

using namespace converge;

/// The compact shape of a run: which edges count, the order resources may run in, cycles,
/// and the critical path of a finished run.
class TestRunGraph : public QObject
{
    Q_OBJECT

private:
    /// noop resources 0..count-1 (ids equal indices) with the given edges.
    static Graph makeGraph(int count, const std::vector<std::pair<int, int>> &edges)
    {
        Graph g;
        for (int i = 0; i < count; ++i) {
            Resource r;
            r.kind = u"noop"_qs;
            r.name = QString::number(i);
            g.addResource(std::move(r));
        }
        for (auto [from, to] : edges) {
            Edge e;
            e.from = ResourceId(from);
            e.to = ResourceId(to);
            g.addEdge(std::move(e));
        }
        return g;
    }
    static std::vector<ResourceId> ids(std::span<const ResourceId> span)
    {
        return {span.begin(), span.end()};
    }
    using Ids = std::vector<ResourceId>;

private slots:
    void dependentsFollowTheFileOrderOfEdges()
    {
        const Graph g = makeGraph(4, {{0, 3}, {0, 1}, {1, 2}, {0, 2}});
        const RunGraph shape(g, {});
        QCOMPARE(shape.size(), 4);
        QCOMPARE(ids(shape.dependents(0)), (Ids{3, 1, 2}));
        QCOMPARE(shape.prerequisiteCount(2), 2u);
        QCOMPARE(shape.roots(), (Ids{0}));
        QVERIFY(!shape.hasCycle());
    }
    void orderPutsEveryResourceAfterItsPrerequisites()
    {
        const Graph g = makeGraph(6, {{5, 4}, {4, 3}, {3, 0}, {1, 0}, {2, 1}, {5, 2}});
        const RunGraph shape(g, {});
        const Ids order = shape.order();
        QCOMPARE(order.size(), size_t(6));
        auto at = [&](ResourceId id) {
            return std::find(order.begin(), order.end(), id);
        };
        for (EdgeId e : g.edgeIds())
            QVERIFY(at(g.edge(e).from) < at(g.edge(e).to));
    }
    void edgesLeavingTheRunDoNotCount()
    {
        // Only 1 and 2 run: 0 -> 1 is treated as met, so 1 is a root.
        const Graph g = makeGraph(3, {{0, 1}, {1, 2}});
        const RunGraph shape(g, {false, true, true});
        QCOMPARE(shape.size(), 2);
        QVERIFY(!shape.inRun(0));
        QCOMPARE(shape.roots(), (Ids{1}));
        QVERIFY(shape.dependents(0).empty());
        QCOMPARE(shape.order(), (Ids{1, 2}));
    }
    void removedResourcesAndEdgesAreLeftOut()
    {
        Graph g = makeGraph(3, {{0, 1}, {1, 2}});
        g.removeResource(1);
        const RunGraph shape(g, {});
        QCOMPARE(shape.size(), 2);
        QCOMPARE(shape.roots(), (Ids{0, 2}));
    }
    void aCycleLeavesTheOrderShort()
    {
        const Graph g = makeGraph(4, {{0, 1}, {1, 2}, {2, 1}, {2, 3}});
        const RunGraph shape(g, {});
        QVERIFY(shape.hasCycle());
        QCOMPARE(shape.order(), (Ids{0}));
    }
    void withPrerequisitesAddsEverythingUpstream()
    {
        // 0 -> 1 -> 3, 2 -> 3, 4 -> 5: running 3 needs 0, 1 and 2, never 4 or 5.
        const Graph g = makeGraph(6, {{0, 1}, {1, 3}, {2, 3}, {4, 5}});
        const RunGraph shape(g, {});
        QCOMPARE(shape.withPrerequisites({3}), (Ids{0, 1, 2, 3}));
        QCOMPARE(shape.withPrerequisites({1, 5}), (Ids{0, 1, 4, 5}));
        QCOMPARE(shape.withPrerequisites({0}), (Ids{0}));
    }
    void criticalPathFollowsTheLongestChain()
    {
        // graph10's shape: 0, 1, 2 fan in to 3, which fans out to 4, 5, 6.
        const Graph g = makeGraph(7, {{0, 3}, {1, 3}, {2, 3}, {3, 4}, {3, 5}, {3, 6}});
        std::vector<double> durations(7, 10.0);
        durations[1] = 12.0;
        durations[5] = 15.0;
        const RunGraph::CriticalPath path = RunGraph(g, {}).criticalPath(durations);
        QCOMPARE(path.length, 37.0);
        QCOMPARE(path.path, (Ids{1, 3, 5}));
    }
    void criticalPathOfAnUntimedRunIsOneResource()
    {
        const Graph g = makeGraph(2, {{0, 1}});
        const RunGraph::CriticalPath path = RunGraph(g, {}).criticalPath({});
        QCOMPARE(path.length, 0.0);
        QCOMPARE(path.path, (Ids{0}));
    }
};

QTEST_APPLESS_MAIN(TestRunGraph)
#include "tst_rungraph.moc"
