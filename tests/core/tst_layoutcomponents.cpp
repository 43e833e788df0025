#include "layout/graphvizlayout.h"
#include "layout/layoutcomponents.h"
#include "layoutgraphs.h"
#include "model/graph.h"

#include <QTest>

using namespace converge;
using converge::testing::chains;

/// Issue 16: each connected component is laid out alone and the pieces packed, so resources
/// without edges cost nothing and the engine fits each piece; engines that crash or run for
/// minutes on a piece's size are refused, not run.
class TestLayoutComponents : public QObject
{
    Q_OBJECT

private:
    static GraphLayout layoutOf(const Graph &graph)
    {
        QString error;
        const auto layout = GraphvizLayout::layout(graph, {}, &error);
        if (!layout)
            qFatal("layout failed: %s", qPrintable(error));
        return *layout;
    }

    static QRectF rect(const GraphLayout::Node &node)
    {
        return {node.centre - QPointF(node.size.width() / 2, node.size.height() / 2), node.size};
    }

    static const GraphLayout::Node &nodeOf(const GraphLayout &layout, ResourceId id)
    {
        return *std::find_if(layout.nodes.begin(), layout.nodes.end(),
                             [id](const GraphLayout::Node &n) { return n.id == id; });
    }

private slots:
    void splitKeepsEveryNodeAndEdgeOnce()
    {
        const Graph graph = chains(3, 4, 5);
        const auto parts = LayoutComponents::split(GraphvizLayout::snapshot(graph, {}));
        QCOMPARE(int(parts.size()), 4); // three chains, then the five alone together
        for (int c = 0; c < 3; ++c) {
            QCOMPARE(int(parts[c].nodes.size()), 4);
            QCOMPARE(int(parts[c].edges.size()), 3);
        }
        QCOMPARE(int(parts[3].nodes.size()), 5);
        QVERIFY(parts[3].edges.empty());
    }

    void manyIsolatedResourcesKeepTheAskedEngine()
    {
        // 4,001 resources once made the automatic choice switch to sfdp, which spent 84 s
        // pushing unrelated boxes apart.
        const auto layout = std::make_optional(layoutOf(chains(1, 5, 4001)));
        QCOMPARE(layout->engine, u"dot"_qs);
        QCOMPARE(layout->note, QString());
        QCOMPARE(int(layout->nodes.size()), 4006);
        QCOMPARE(int(layout->edges.size()), 4);
    }

    void packedPiecesNeitherOverlapNorLeaveTheBounds()
    {
        const Graph graph = chains(4, 6, 30);
        const auto layout = GraphvizLayout::layout(graph, {});
        QVERIFY(layout);
        QCOMPARE(layout->bounds.topLeft(), QPointF(0, 0));
        for (size_t i = 0; i < layout->nodes.size(); ++i) {
            const QRectF a = rect(layout->nodes[i]);
            QVERIFY(layout->bounds.adjusted(-0.5, -0.5, 0.5, 0.5).contains(a));
            for (size_t j = i + 1; j < layout->nodes.size(); ++j)
                QVERIFY(!a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(rect(layout->nodes[j])));
        }
        // Edges moved with their piece: each starts at its tail's box.
        for (const auto &edge : layout->edges) {
            const Edge &e = graph.edge(edge.id);
            QVERIFY(rect(nodeOf(*layout, e.from)).adjusted(-2, -2, 2, 2).contains(edge.spline[0]));
        }
    }

    void enginesAskedForBeyondTheirSafeSizeAreRefused_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("length");
        QTest::newRow("neato") << u"neato"_qs << 1300;
        QTest::newRow("circo") << u"circo"_qs << 400;
    }
    void enginesAskedForBeyondTheirSafeSizeAreRefused()
    {
        // neato crashed on a 50,000-resource chain and ran for minutes on 2,000; circo
        // overflowed the stack on 50,000 and took a minute on 1,000.
        QFETCH(QString, engine);
        QFETCH(int, length);
        GraphvizLayout::Options options;
        options.engine = engine;
        options.automaticEngine = false;
        QString error;
        QVERIFY(!GraphvizLayout::layout(chains(1, length, 0), options, &error));
        QCOMPARE(error, u"%1 cannot lay out a connected group of %2 resources and %3 edges: "
                        u"Graphviz's %1 crashes or runs for minutes on graphs this big; leave the "
                        u"engine to Converge or use sfdp"_qs.arg(engine)
                            .arg(length)
                            .arg(length - 1));
    }

    void graphsTooBigForSfdpAreLayeredOrPlacedInRanks()
    {
        // neato crashed and sfdp ran past 100 s on a 50,000-resource chain; past sfdp's safe
        // size the automatic choice lays a DAG out in layers, and places a graph with a cycle
        // itself, in linear time.
        Graph graph = chains(1, 10001, 0);
        auto layout = std::make_optional(layoutOf(graph));
        QCOMPARE(layout->engine, u"layered"_qs);
        QCOMPARE(int(layout->edges.size()), 10000);
        // Prerequisites above their dependents, as dot draws them.
        QVERIFY(nodeOf(*layout, 0).centre.y() < nodeOf(*layout, 1).centre.y());
        QVERIFY(layout->bounds.contains(rect(nodeOf(*layout, 10000))));

        Graph cyclic = graph;
        Edge back;
        back.from = 10000;
        back.to = 0;
        cyclic.addEdge(back);
        layout = layoutOf(cyclic);
        QCOMPARE(layout->engine, u"ranks"_qs);
        QCOMPARE(layout->note, u"10001 resources: placed in ranks by Converge, as every "
                               u"Graphviz engine would take minutes"_qs);
        QCOMPARE(int(layout->edges.size()), 10001);

        GraphvizLayout::Options sfdp;
        sfdp.engine = u"sfdp"_qs;
        sfdp.automaticEngine = false;
        QString error;
        QVERIFY(!GraphvizLayout::layout(graph, sfdp, &error));
        QVERIFY(error.startsWith(u"sfdp cannot lay out a connected group of 10001 resources"_qs));
    }

    void theAutomaticChoiceIsNeverRefused()
    {
        // K60: every pair linked, dot's worst case (K200 ran past 120 s at 1.4 GB).
        Graph graph = chains(1, 60, 0);
        for (ResourceId a = 0; a < 60; ++a) {
            for (ResourceId b = a + 2; b < 60; ++b) {
                Edge edge;
                edge.from = a;
                edge.to = b;
                graph.addEdge(edge);
            }
        }
        const auto input = GraphvizLayout::snapshot(graph, {});
        const QString engine = GraphvizLayout::chooseEngine(input);
        QCOMPARE(engine, u"layered"_qs);
        QCOMPARE(GraphvizLayout::refusalFor(input, engine), QString());
        GraphvizLayout::Options dot;
        dot.automaticEngine = false;
        QVERIFY(
            !GraphvizLayout::refusalFor(GraphvizLayout::snapshot(graph, dot), u"dot"_qs).isEmpty());
    }
};

QTEST_MAIN(TestLayoutComponents)
#include "tst_layoutcomponents.moc"
