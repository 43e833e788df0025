#include "model/graph.h"

#include <QTest>

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
