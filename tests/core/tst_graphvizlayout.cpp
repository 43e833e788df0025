#include "graphtext.h"
#include "layoutgraphs.h"

#include "formats/dotreader.h"
#include "formats/dotwriter.h"
#include "formats/yamlgraphreader.h"
#include "layout/graphvizlayout.h"
#include "layout/layoutjob.h"
#include "model/graph.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

using namespace converge;
using converge::testing::layeredDag;
using namespace converge::testing;

/// Graphviz layout: geometry the GUI can draw as it is, the engine choice for big graphs, and
/// the background job that keeps layouts off the GUI thread.
class TestGraphvizLayout : public QObject
{
    Q_OBJECT

private:
    static Graph example(const char *file)
    {
        auto result = YamlGraphReader::readFile(QStringLiteral(CONVERGE_EXAMPLES_DIR "/") +
                                                QLatin1String(file));
        if (!result.ok())
            qFatal("cannot load example %s", file);
        return std::move(result.graph);
    }

    static Edge edge(ResourceId from, ResourceId to)
    {
        Edge e;
        e.from = from;
        e.to = to;
        return e;
    }

    static GraphLayout layoutOf(const Graph &graph, GraphvizLayout::Options options = {})
    {
        QString error;
        auto layout = GraphvizLayout::layout(graph, options, &error);
        if (!layout)
            qFatal("layout failed: %s", qPrintable(error));
        return *layout;
    }

    static QRectF rect(const GraphLayout::Node &node)
    {
        return {node.centre - QPointF(node.size.width() / 2, node.size.height() / 2), node.size};
    }

    static const GraphLayout::Node *node(const GraphLayout &layout, ResourceId id)
    {
        for (const auto &n : layout.nodes) {
            if (n.id == id)
                return &n;
        }
        return nullptr;
    }

    // Half a point of slack: Graphviz rounds node sizes to 1/10000 inch.
    static QString firstOverlap(const GraphLayout &layout)
    {
        for (size_t i = 0; i < layout.nodes.size(); ++i) {
            const QRectF a = rect(layout.nodes[i]).adjusted(0.5, 0.5, -0.5, -0.5);
            for (size_t j = i + 1; j < layout.nodes.size(); ++j) {
                if (a.intersects(rect(layout.nodes[j])))
                    return QStringLiteral("%1 and %2")
                        .arg(layout.nodes[i].id)
                        .arg(layout.nodes[j].id);
            }
        }
        return {};
    }

private slots:
    void everyResourceAndEdgeHasGeometry()
    {
        const Graph graph = example("graph10.yaml");
        const GraphLayout layout = layoutOf(graph);
        QCOMPARE(layout.engine, u"dot"_qs);
        QVERIFY(layout.note.isEmpty());
        QCOMPARE(int(layout.nodes.size()), graph.resourceCount());
        QCOMPARE(int(layout.edges.size()), graph.edgeCount());
        for (ResourceId id : graph.resourceIds())
            QVERIFY2(node(layout, id), qPrintable(graph.resource(id).key()));
        std::vector<EdgeId> edgeIds;
        for (const auto &edge : layout.edges)
            edgeIds.push_back(edge.id);
        QCOMPARE(edgeIds, graph.edgeIds());
    }

    void nodesNeverOverlap_data()
    {
        QTest::addColumn<QString>("engine");
        for (const QString &engine : GraphvizLayout::engines())
            QTest::newRow(qPrintable(engine)) << engine;
    }
    void nodesNeverOverlap()
    {
        QFETCH(QString, engine);
        GraphvizLayout::Options options;
        options.engine = engine;
        const GraphLayout small = layoutOf(example("graph10.yaml"), options);
        QCOMPARE(small.engine, engine);
        QCOMPARE(firstOverlap(small), QString());
        const GraphLayout layered = layoutOf(layeredDag(60, 8), options);
        QCOMPARE(layered.engine, engine);
        QCOMPARE(firstOverlap(layered), QString());
        // Every engine routes every edge, arrowhead included.
        for (const auto &edge : layered.edges) {
            QVERIFY(edge.spline.size() >= 4);
            QCOMPARE(edge.spline.size() % 3, size_t(1));
            QVERIFY(edge.hasArrowHead);
        }
    }

    void nodesLieInsideBoundsWithYDown()
    {
        const Graph graph = layeredDag(30, 5);
        const GraphLayout layout = layoutOf(graph);
        QCOMPARE(layout.bounds.topLeft(), QPointF(0, 0));
        for (const auto &n : layout.nodes)
            QVERIFY(layout.bounds.adjusted(-0.5, -0.5, 0.5, 0.5).contains(rect(n)));
        // Top to bottom with Y down: every prerequisite is above its dependent.
        for (EdgeId id : graph.edgeIds()) {
            const Edge &edge = graph.edge(id);
            QVERIFY(node(layout, edge.from)->centre.y() < node(layout, edge.to)->centre.y());
        }
    }

    void leftToRightPutsPrerequisitesLeft()
    {
        const Graph graph = layeredDag(12, 3); // four ranks of three
        GraphvizLayout::Options options;
        options.direction = LayoutDirection::LeftToRight;
        const GraphLayout lr = layoutOf(graph, options);
        const GraphLayout tb = layoutOf(graph);
        QVERIFY(lr.bounds.width() > tb.bounds.width());
        QVERIFY(lr.bounds.height() < tb.bounds.height());
        for (EdgeId id : graph.edgeIds()) {
            const Edge &edge = graph.edge(id);
            QVERIFY(node(lr, edge.from)->centre.x() < node(lr, edge.to)->centre.x());
        }
    }

    void splinesRunFromTailToArrowTipAtHead()
    {
        const Graph graph = example("graph10.yaml");
        const GraphLayout layout = layoutOf(graph);
        for (const auto &edge : layout.edges) {
            QVERIFY(edge.spline.size() >= 4);
            QCOMPARE(edge.spline.size() % 3, size_t(1));
            QVERIFY(edge.hasArrowHead);
            const Edge &model = graph.edge(edge.id);
            const QRectF tail = rect(*node(layout, model.from)).adjusted(-2, -2, 2, 2);
            const QRectF head = rect(*node(layout, model.to)).adjusted(-2, -2, 2, 2);
            QVERIFY(tail.contains(edge.spline.front()));
            QVERIFY(head.contains(edge.arrowTip));
            QVERIFY(!head.contains(edge.spline.front()));
        }
    }

    void parallelEdgesAndSelfLoopsEachGetASpline()
    {
        Graph graph;
        Resource a, b;
        a.kind = b.kind = QStringLiteral("noop");
        a.name = QStringLiteral("a");
        b.name = QStringLiteral("b");
        const ResourceId ia = graph.addResource(a), ib = graph.addResource(b);
        graph.addEdge(edge(ia, ib));
        graph.addEdge(edge(ia, ib));
        graph.addEdge(edge(ib, ib));
        const GraphLayout layout = layoutOf(graph);
        QCOMPARE(layout.edges.size(), size_t(3));
        QVERIFY(layout.edges[0].spline != layout.edges[1].spline);
        QCOMPARE(layout.edges[2].spline.size() % 3, size_t(1));
    }

    void callerNodeSizesAreKept()
    {
        const Graph graph = example("graph10.yaml");
        GraphvizLayout::Options options;
        options.nodeSizes.resize(graph.resourceCapacity());
        for (ResourceId id : graph.resourceIds())
            options.nodeSizes[id] = QSizeF(100 + 10 * id, 40);
        const GraphLayout layout = layoutOf(graph, options);
        for (const auto &n : layout.nodes) {
            QVERIFY(qAbs(n.size.width() - (100 + 10 * n.id)) < 0.1);
            QVERIFY(qAbs(n.size.height() - 40) < 0.1);
        }
    }

    void estimatedSizeFollowsTheName()
    {
        const QSizeF shortName = GraphvizLayout::estimateNodeSize(u"exec"_qs, u"a"_qs);
        const QSizeF longName = GraphvizLayout::estimateNodeSize(u"exec"_qs, QString(40, u'x'));
        QVERIFY(shortName.width() >= 72);
        QVERIFY(longName.width() > shortName.width() + 150);
    }

    void emptyGraphGivesEmptyLayout()
    {
        const GraphLayout layout = layoutOf(Graph());
        QVERIFY(layout.nodes.empty());
        QVERIFY(layout.bounds.isEmpty());
    }

    void bigGraphsGetAFasterEngine()
    {
        GraphvizLayout::Options options;
        QString note;
        const Graph small = layeredDag(500, 20);
        QCOMPARE(GraphvizLayout::chooseEngine(GraphvizLayout::snapshot(small, options), &note),
                 u"dot"_qs);
        QVERIFY(note.isEmpty());

        // A DAG stays layered at any size: direction is what a resource graph means.
        Graph big = layeredDag(5000, 70);
        QCOMPARE(GraphvizLayout::chooseEngine(GraphvizLayout::snapshot(big, options), &note),
                 u"layered"_qs);
        QCOMPARE(note, u"5000 resources: laid out with layered instead of dot to stay fast"_qs);
        // With a cycle no layering points every edge down: the force-directed engine then.
        Graph cyclic = big;
        Edge back;
        back.from = cyclic.resourceIds().back();
        back.to = cyclic.resourceIds().front();
        cyclic.addEdge(back);
        QCOMPARE(GraphvizLayout::chooseEngine(GraphvizLayout::snapshot(cyclic, options), &note),
                 u"sfdp"_qs);
        QCOMPARE(note, u"5000 resources: laid out with sfdp instead of dot to stay fast"_qs);

        options.automaticEngine = false;
        QCOMPARE(GraphvizLayout::chooseEngine(GraphvizLayout::snapshot(big, options), &note),
                 u"dot"_qs);
        QVERIFY(note.isEmpty());
    }

    void longEdgesCountAgainstDot()
    {
        // 600 resources in a chain plus edges that skip far ahead: dot would insert a virtual
        // node on every rank each long edge crosses, thousands of them.
        Graph graph = layeredDag(600, 1);
        for (ResourceId from = 0; from + 300 < 600; from += 3)
            graph.addEdge(edge(from, from + 300));
        QCOMPARE(GraphvizLayout::chooseEngine(GraphvizLayout::snapshot(graph, {})), u"layered"_qs);
    }

    void bigGraphLayoutIsSeparatedAndNoted()
    {
        const Graph graph = layeredDag(2000, 45);
        const GraphLayout layout = layoutOf(graph);
        QCOMPARE(layout.engine, u"layered"_qs);
        QVERIFY(!layout.note.isEmpty());
        QCOMPARE(int(layout.nodes.size()), 2000);
        QCOMPARE(firstOverlap(layout), QString());
        for (const auto &edge : layout.edges)
            QVERIFY(edge.hasArrowHead && edge.spline.size() >= 4);
    }

    void callsFromSeveralThreadsAreSafe()
    {
        // Graphviz keeps global state; the shared lock must make concurrent layouts, DOT
        // writes and DOT reads behave as if they ran one after the other.
        const Graph graph = layeredDag(80, 8);
        const QByteArray dot = DotWriter::write(graph, {});
        std::atomic<int> good = 0;
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        for (int i = 0; i < 8; ++i) {
            pool.start([&graph, &dot, &good, i] {
                GraphvizLayout::Options options;
                options.engine = GraphvizLayout::engines().value(i % 4);
                const auto layout = GraphvizLayout::layout(graph, options);
                Diagnostics diagnostics;
                const auto back = DotReader::read(dot, u"t.dot"_qs, &diagnostics);
                if (layout && layout->nodes.size() == 80 && back &&
                    contentDifference(*back, graph).isEmpty() && DotWriter::write(*back, {}) == dot)
                    ++good;
            });
        }
        QVERIFY(pool.waitForDone(120000));
        QCOMPARE(good.load(), 8);
    }

    void jobLaysOutOffTheCallingThread()
    {
        LayoutJob job;
        QSignalSpy started(&job, &LayoutJob::started);
        QSignalSpy finished(&job, &LayoutJob::finished);
        const Graph graph = example("graph10.yaml");
        job.start(graph, {});
        QCOMPARE(started.count(), 1);
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY(!job.isRunning());
        QVERIFY(job.lastWorkerThread() != nullptr);
        QVERIFY(job.lastWorkerThread() != QThread::currentThreadId());
        const auto layout = finished.first().first().value<GraphLayout>();
        QCOMPARE(int(layout.nodes.size()), graph.resourceCount());
    }

    void jobDeliversOnlyTheLatestRequest()
    {
        LayoutJob job;
        QSignalSpy finished(&job, &LayoutJob::finished);
        job.start(layeredDag(300, 15), {});
        job.start(layeredDag(3, 1), {});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<GraphLayout>().nodes.size(), size_t(3));
        // The superseded layout must never arrive late.
        job.start(layeredDag(4, 1), {});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.last().first().value<GraphLayout>().nodes.size(), size_t(4));
    }

    void cancelledJobStaysSilent()
    {
        LayoutJob job;
        QSignalSpy finished(&job, &LayoutJob::finished);
        job.start(layeredDag(200, 10), {});
        job.cancel();
        QVERIFY(!job.isRunning());
        // Events the cancelled layout might have posted are delivered while the probe waits.
        LayoutJob probe;
        QSignalSpy probeFinished(&probe, &LayoutJob::finished);
        probe.start(layeredDag(2, 1), {});
        QVERIFY(probeFinished.wait(30000));
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 0);
    }

    void jobMayBeDestroyedWhileItRuns()
    {
        auto job = std::make_unique<LayoutJob>();
        job->start(layeredDag(200, 10), {});
        job.reset();
        LayoutJob next;
        QSignalSpy finished(&next, &LayoutJob::finished);
        next.start(layeredDag(2, 1), {});
        QVERIFY(finished.wait(30000));
    }
};

QTEST_MAIN(TestGraphvizLayout)
#include "tst_graphvizlayout.moc"
