#include "layout/graphvizlayout.h"
#include "layout/layeredlayout.h"
#include "layoutgraphs.h"
#include "model/graph.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <unordered_map>

using namespace converge;
using converge::testing::layeredDag;

/// Issue 15: big DAGs are laid out in layers (every edge points down, no box overlaps another),
/// and the engine the user names is the one used.
class TestLayeredLayout : public QObject
{
    Q_OBJECT

private:
    static GraphLayout layoutOf(const Graph &graph, const GraphvizLayout::Options &options = {})
    {
        QString error;
        const auto layout = GraphvizLayout::layout(graph, options, &error);
        if (!layout)
            qFatal("layout failed: %s", qPrintable(error));
        return *layout;
    }

    static std::unordered_map<ResourceId, QRectF> boxes(const GraphLayout &layout)
    {
        std::unordered_map<ResourceId, QRectF> result;
        for (const auto &node : layout.nodes) {
            QRectF box(QPointF(), node.size);
            box.moveCenter(node.centre);
            result[node.id] = box;
        }
        return result;
    }

    /// The first edge whose head is not past its tail along the direction, or empty.
    static QString firstEdgeAgainstDirection(const Graph &graph, const GraphLayout &layout,
                                             bool leftToRight)
    {
        const auto box = boxes(layout);
        for (EdgeId id : graph.edgeIds()) {
            const Edge &edge = graph.edge(id);
            const QPointF from = box.at(edge.from).center(), to = box.at(edge.to).center();
            if ((leftToRight ? to.x() - from.x() : to.y() - from.y()) <= 0)
                return QStringLiteral("edge %1 -> %2").arg(edge.from).arg(edge.to);
        }
        return {};
    }

    static QString firstOverlap(const GraphLayout &layout)
    {
        std::vector<QRectF> all;
        for (const auto &[id, box] : boxes(layout))
            all.push_back(box);
        std::sort(all.begin(), all.end(),
                  [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        for (size_t i = 0; i < all.size(); ++i) {
            for (size_t j = i + 1; j < all.size() && all[j].left() < all[i].right(); ++j) {
                if (all[i].intersects(all[j]))
                    return QStringLiteral("boxes at (%1, %2) and (%3, %4)")
                        .arg(all[i].x())
                        .arg(all[i].y())
                        .arg(all[j].x())
                        .arg(all[j].y());
            }
        }
        return {};
    }

private slots:
    void aBigDagIsLayeredWithEveryEdgeDownAndNoOverlap_data()
    {
        QTest::addColumn<bool>("leftToRight");
        QTest::newRow("top to bottom") << false;
        QTest::newRow("left to right") << true;
    }
    void aBigDagIsLayeredWithEveryEdgeDownAndNoOverlap()
    {
        QFETCH(bool, leftToRight);
        const Graph graph = layeredDag(3000, 55, true);
        GraphvizLayout::Options options;
        options.direction =
            leftToRight ? LayoutDirection::LeftToRight : LayoutDirection::TopToBottom;
        const GraphLayout layout = layoutOf(graph, options);
        QCOMPARE(layout.engine, u"layered"_qs);
        QCOMPARE(layout.nodes.size(), size_t(graph.resourceCount()));
        QCOMPARE(layout.edges.size(), size_t(graph.edgeCount()));
        QCOMPARE(firstEdgeAgainstDirection(graph, layout, leftToRight), QString());
        QCOMPARE(firstOverlap(layout), QString());
        for (const auto &[id, box] : boxes(layout))
            QVERIFY(layout.bounds.contains(box));
        // Every edge is routed, arrowhead included.
        for (const auto &line : layout.edges) {
            QVERIFY(line.spline.size() >= 4);
            QCOMPARE(line.spline.size() % 3, size_t(1));
            QVERIFY(line.hasArrowHead);
        }
        // Small pieces of the graph went to dot; laid out in layers throughout, each edge runs
        // from its tail's border to an arrowhead on its head's border.
        options.engine = u"layered"_qs;
        options.automaticEngine = false;
        const GraphLayout layered = layoutOf(graph, options);
        QCOMPARE(firstEdgeAgainstDirection(graph, layered, leftToRight), QString());
        QCOMPARE(firstOverlap(layered), QString());
        const auto box = boxes(layered);
        for (const auto &line : layered.edges) {
            const Edge &edge = graph.edge(line.id);
            const QRectF tail = box.at(edge.from), head = box.at(edge.to);
            QVERIFY(tail.adjusted(-0.01, -0.01, 0.01, 0.01).contains(line.spline.front()));
            QVERIFY(!tail.adjusted(1, 1, -1, -1).contains(line.spline.front()));
            QVERIFY(head.adjusted(-0.01, -0.01, 0.01, 0.01).contains(line.arrowTip));
            QVERIFY(!head.adjusted(1, 1, -1, -1).contains(line.arrowTip));
            // However far across the layer the tail is, the arrowhead points along the layers
            // into the head's facing side, never sideways.
            const QPointF arrow = line.arrowTip - line.spline.back();
            const double along = leftToRight ? arrow.x() : arrow.y();
            const double across = leftToRight ? arrow.y() : arrow.x();
            QVERIFY2(along > 0 && std::abs(across) < 1e-9,
                     qPrintable(u"edge %1: arrowhead (%2, %3)"_qs.arg(line.id).arg(arrow.x()).arg(
                         arrow.y())));
        }
    }

    void layersUntangleWhatCanBeDrawnWithoutCrossings()
    {
        // a0 a1 a2 above b0 b1 b2, linked a0-b2, a1-b1, a2-b0: in input order every pair of
        // edges crosses; ordered by SugiyamaOrdering's barycentres none does.
        Graph graph;
        std::vector<ResourceId> ids;
        for (const char *name : {"a0", "a1", "a2", "b0", "b1", "b2"}) {
            Resource resource;
            resource.kind = QStringLiteral("noop");
            resource.name = QString::fromLatin1(name);
            ids.push_back(graph.addResource(std::move(resource)));
        }
        for (int i = 0; i < 3; ++i) {
            Edge edge;
            edge.from = ids[size_t(i)];
            edge.to = ids[size_t(5 - i)];
            graph.addEdge(edge);
        }
        GraphvizLayout::Options options;
        options.engine = u"layered"_qs;
        options.automaticEngine = false;
        const auto box = boxes(layoutOf(graph, options));
        const auto x = [&](int i) {
            return box.at(ids[size_t(i)]).center().x();
        };
        const bool topAscending = x(0) < x(1) && x(1) < x(2);
        const bool topDescending = x(0) > x(1) && x(1) > x(2);
        QVERIFY(topAscending || topDescending);
        // a0's partner b2 is on a0's side, and so on.
        QCOMPARE(x(5) < x(4), topAscending);
        QCOMPARE(x(4) < x(3), topAscending);
    }

    void theEngineTheUserNamesIsUsed_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("resources");
        QTest::newRow("layered on a graph dot would lay out") << u"layered"_qs << 200;
        QTest::newRow("neato on a DAG") << u"neato"_qs << 200;
        QTest::newRow("sfdp on a DAG big enough for layers") << u"sfdp"_qs << 3000;
    }
    void theEngineTheUserNamesIsUsed()
    {
        QFETCH(QString, engine);
        QFETCH(int, resources);
        const Graph graph = layeredDag(resources, 20);
        GraphvizLayout::Options options;
        options.engine = engine;
        options.automaticEngine = false;
        QCOMPARE(layoutOf(graph, options).engine, engine);
        // Left to Converge, the same graph gets a layered engine.
        const QString automatic = layoutOf(graph).engine;
        QVERIFY2(automatic == u"dot" || automatic == u"layered", qPrintable(automatic));
    }

    void aDenseDagDotWouldChokeOnIsLayered()
    {
        // Every pair of 50 resources linked: few resources, but tens of thousands of dot's
        // virtual nodes. The automatic choice lays it out in layers, and says so.
        Graph graph;
        std::vector<ResourceId> ids;
        for (int i = 0; i < 50; ++i) {
            Resource resource;
            resource.kind = QStringLiteral("noop");
            resource.name = QStringLiteral("d%1").arg(i);
            ids.push_back(graph.addResource(std::move(resource)));
            for (size_t j = 0; j + 1 < ids.size(); ++j) {
                Edge edge;
                edge.from = ids[j];
                edge.to = ids.back();
                graph.addEdge(edge);
            }
        }
        const GraphLayout layout = layoutOf(graph);
        QCOMPARE(layout.engine, u"layered"_qs);
        QCOMPARE(layout.note,
                 u"50 resources: laid out with layered instead of dot to stay fast"_qs);
        QCOMPARE(firstEdgeAgainstDirection(graph, layout, false), QString());
        QCOMPARE(firstOverlap(layout), QString());
    }

    void cyclesAreFound()
    {
        Graph graph = layeredDag(50, 5);
        QVERIFY(LayeredLayout::isAcyclic(GraphvizLayout::snapshot(graph, {})));
        // Against an edge: a cycle of two.
        const Edge forth = graph.edge(graph.edgeIds().back());
        Edge back;
        back.from = forth.to;
        back.to = forth.from;
        graph.addEdge(back);
        QVERIFY(!LayeredLayout::isAcyclic(GraphvizLayout::snapshot(graph, {})));
    }
};

QTEST_MAIN(TestLayeredLayout)
#include "tst_layeredlayout.moc"
