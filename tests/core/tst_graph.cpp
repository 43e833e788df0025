#include "model/graph.h"

#include <QTest>

#include <thread>

using namespace converge;

/// The graph model: identity, adjacency and the graph algorithms the engine and editor rely on.
class TestGraph : public QObject
{
    Q_OBJECT

private:
    static ResourceId add(Graph &g, const QString &kind, const QString &name)
    {
        Resource r;
        r.kind = kind;
        r.name = name;
        return g.addResource(std::move(r));
    }
    static EdgeId connect(Graph &g, ResourceId from, ResourceId to)
    {
        Edge e;
        e.name = QStringLiteral("e%1").arg(g.edgeCapacity() + 1);
        e.from = from;
        e.to = to;
        return g.addEdge(std::move(e));
    }

    static DanglingEdge dangling(const QString &from, const QString &to)
    {
        DanglingEdge d;
        d.edge.name = u"e"_qs;
        d.from = {u"exec"_qs, from, {}};
        d.to = {u"exec"_qs, to, {}};
        d.label = u"edge e"_qs;
        return d;
    }

private slots:
    void aDanglingEdgeConnectsWhenItsResourceArrivesOrIsNamed()
    {
        Graph g;
        const ResourceId a = add(g, u"exec"_qs, u"a"_qs);
        const EdgeId toGhost = g.addDanglingEdge(dangling(u"a"_qs, u"ghost"_qs));
        const EdgeId toLater = g.addDanglingEdge(dangling(u"a"_qs, u"later"_qs));
        // Kept, but no edge: runs, layouts and cycles never see it.
        QCOMPARE(g.danglingEdgeIds(), (std::vector<EdgeId>{toGhost, toLater}));
        QCOMPARE(g.edgeCount(), 0);
        QVERIFY(g.outEdges(a).empty());

        std::vector<EdgeId> connected;
        const ResourceId ghost = add(g, u"exec"_qs, u"spirit"_qs);
        QCOMPARE(g.danglingEdgeIds().size(), size_t(2));
        QVERIFY(g.renameResource(ghost, u"ghost"_qs, &connected));
        QCOMPARE(connected, std::vector<EdgeId>{toGhost});
        QVERIFY(g.containsEdge(toGhost));
        QCOMPARE(g.edge(toGhost).from, a);
        QCOMPARE(g.edge(toGhost).to, ghost);
        QCOMPARE(g.danglingEdgeIds(), std::vector<EdgeId>{toLater});

        connected.clear();
        Resource r;
        r.kind = u"exec"_qs;
        r.name = u"later"_qs;
        const ResourceId later = g.addResource(std::move(r), &connected);
        QCOMPARE(connected, std::vector<EdgeId>{toLater});
        QCOMPARE(g.successors(a), (std::vector<ResourceId>{ghost, later}));
        QVERIFY(g.danglingEdgeIds().empty());
    }

    void aDanglingEdgeFollowsAndGoesWithTheResourceItNames()
    {
        Graph g;
        const ResourceId a = add(g, u"exec"_qs, u"a"_qs);
        const EdgeId e = g.addDanglingEdge(dangling(u"a"_qs, u"ghost"_qs));
        QVERIFY(g.renameResource(a, u"b"_qs));
        QCOMPARE(g.danglingEdge(e).from.key(), u"exec/b"_qs);
        g.removeResource(a);
        QVERIFY(g.danglingEdgeIds().empty());
    }

    void duplicateKindAndNameIsRefused()
    {
        Graph g;
        QVERIFY(add(g, u"exec"_qs, u"a"_qs) != InvalidId);
        QCOMPARE(add(g, u"exec"_qs, u"a"_qs), InvalidId);
        QVERIFY(add(g, u"file"_qs, u"a"_qs) != InvalidId);
        QCOMPARE(g.resourceCount(), 2);
    }

    void renameKeepsIdAndRefusesTakenNames()
    {
        Graph g;
        const ResourceId a = add(g, u"exec"_qs, u"a"_qs);
        add(g, u"exec"_qs, u"b"_qs);
        QVERIFY(!g.renameResource(a, u"b"_qs));
        QVERIFY(g.renameResource(a, u"c"_qs));
        QCOMPARE(g.find(u"exec"_qs, u"c"_qs), a);
        QCOMPARE(g.find(u"exec"_qs, u"a"_qs), InvalidId);
    }

    void removingAResourceRemovesItsEdgesAndKeepsOtherIds()
    {
        Graph g;
        const ResourceId a = add(g, u"noop"_qs, u"a"_qs);
        const ResourceId b = add(g, u"noop"_qs, u"b"_qs);
        const ResourceId c = add(g, u"noop"_qs, u"c"_qs);
        connect(g, a, b);
        const EdgeId bc = connect(g, b, c);
        g.removeResource(a);
        QCOMPARE(g.resourceCount(), 2);
        QCOMPARE(g.edgeCount(), 1);
        QVERIFY(g.containsEdge(bc));
        QCOMPARE(g.resource(c).name, u"c"_qs);
        QVERIFY(g.predecessors(b).empty());
    }

    void topologicalOrderRespectsEveryEdge()
    {
        Graph g;
        std::vector<ResourceId> ids;
        for (int i = 0; i < 50; ++i)
            ids.push_back(add(g, u"noop"_qs, QString::number(i)));
        // Edges from higher to lower numbers, so insertion order is never a valid answer.
        for (int i = 0; i < 49; ++i) {
            connect(g, ids[i + 1], ids[i]);
            if (i + 7 < 50)
                connect(g, ids[i + 7], ids[i]);
        }
        const auto order = g.topologicalOrder();
        QCOMPARE(order.size(), size_t(50));
        std::vector<size_t> position(50);
        for (size_t i = 0; i < order.size(); ++i)
            position[order[i]] = i;
        for (EdgeId e : g.edgeIds())
            QVERIFY(position[g.edge(e).from] < position[g.edge(e).to]);
    }

    void cycleIsReportedInOrder()
    {
        Graph g;
        const ResourceId a = add(g, u"exec"_qs, u"a"_qs);
        const ResourceId b = add(g, u"exec"_qs, u"b"_qs);
        const ResourceId c = add(g, u"exec"_qs, u"c"_qs);
        const ResourceId d = add(g, u"exec"_qs, u"d"_qs);
        connect(g, d, a);
        connect(g, a, b);
        connect(g, b, c);
        connect(g, c, a);
        QVERIFY(g.topologicalOrder().empty());
        const auto cycles = g.findAllCycles();
        QCOMPARE(cycles.size(), size_t(1));
        QCOMPARE(g.describePath(cycles.front()), u"exec/a -> exec/b -> exec/c -> exec/a"_qs);
    }

    void separateCyclesAreEachReported()
    {
        Graph g;
        const ResourceId a = add(g, u"exec"_qs, u"a"_qs);
        const ResourceId b = add(g, u"exec"_qs, u"b"_qs);
        const ResourceId c = add(g, u"exec"_qs, u"c"_qs);
        const ResourceId d = add(g, u"exec"_qs, u"d"_qs);
        connect(g, a, b);
        connect(g, b, a);
        connect(g, c, d);
        connect(g, d, c);
        QCOMPARE(g.findAllCycles().size(), size_t(2));
    }

    void longChainNeedsNoRecursion()
    {
        Graph g;
        ResourceId previous = InvalidId;
        ResourceId first = InvalidId;
        for (int i = 0; i < 200000; ++i) {
            const ResourceId id = add(g, u"noop"_qs, QString::number(i));
            if (previous != InvalidId)
                connect(g, previous, id);
            else
                first = id;
            previous = id;
        }
        QVERIFY(g.findAllCycles().empty());
        connect(g, previous, first);
        const auto cycles = g.findAllCycles();
        QCOMPARE(cycles.size(), size_t(1));
        QCOMPARE(cycles.front().size(), size_t(200001));
    }

    void aCopyKeepsWhatItHeldWhileTheOriginalIsEdited()
    {
        // More than one chunk of every kind, so that shared and copied chunks both occur.
        Graph g;
        for (int i = 0; i < 1000; ++i)
            add(g, u"exec"_qs, QString::number(i));
        for (ResourceId id = 1; id < 1000; ++id)
            connect(g, id - 1, id);
        const Graph copy = g;
        g.resource(700).params.insert(u"cmd"_qs, Value::scalar(u"true"_qs));
        QVERIFY(g.renameResource(5, u"renamed"_qs));
        g.removeEdge(300);
        connect(g, 0, 999);
        add(g, u"file"_qs, u"new"_qs);

        QVERIFY(copy.resource(700).params.find(u"cmd") == nullptr);
        QVERIFY(g.resource(700).params.find(u"cmd") != nullptr);
        QCOMPARE(copy.resource(5).name, u"5"_qs);
        QCOMPARE(copy.find(u"exec"_qs, u"5"_qs), ResourceId(5));
        QVERIFY(copy.containsEdge(300));
        QCOMPARE(copy.outEdges(300).size(), size_t(1));
        QVERIFY(g.outEdges(300).empty());
        QCOMPARE(copy.outEdges(0).size(), size_t(1));
        QCOMPARE(g.outEdges(0).size(), size_t(2));
        QCOMPARE(copy.resourceCount(), 1000);
        QCOMPARE(g.resourceCount(), 1001);
        QCOMPARE(copy.topologicalOrder().size(), size_t(1000));
    }

    void copiesAreReadOnOtherThreadsWhileTheOriginalChanges()
    {
        // What a save, a preview or a run does: copy, read on a worker, let go there. The
        // sanitizer builds check that no chunk is written while a worker reads it.
        Graph g;
        for (int i = 0; i < 3000; ++i)
            add(g, u"exec"_qs, QString::number(i));
        for (int round = 0; round < 20; ++round) {
            // A thread of its own rather than Qt's pool, whose hand-over ThreadSanitizer
            // cannot see.
            size_t entries = 0;
            std::thread read([copy = g, &entries] {
                for (ResourceId id : copy.resourceIds())
                    entries += copy.resource(id).params.entries().size();
            });
            for (ResourceId id = 0; id < 3000; id += 7)
                g.resource(id).params.insert(QString::number(round), Value::scalar(u"1"_qs));
            read.join();
            // The copy was taken before this round's writes: it holds the earlier rounds'.
            QCOMPARE(entries, size_t(429 * round));
        }
        QCOMPARE(g.resource(7).params.entries().size(), size_t(20));
        QVERIFY(g.resource(8).params.entries().empty());
    }

    void wouldCreateCycleNamesThePath()
    {
        Graph g;
        const ResourceId a = add(g, u"exec"_qs, u"a"_qs);
        const ResourceId b = add(g, u"exec"_qs, u"b"_qs);
        const ResourceId c = add(g, u"exec"_qs, u"c"_qs);
        connect(g, a, b);
        connect(g, b, c);
        QCOMPARE(g.wouldCreateCycle(c, a), (std::vector<ResourceId>{a, b, c}));
        QCOMPARE(g.wouldCreateCycle(a, a), (std::vector<ResourceId>{a}));
        QVERIFY(g.wouldCreateCycle(a, c).empty());
    }
};

QTEST_APPLESS_MAIN(TestGraph)
#include "tst_graph.moc"
