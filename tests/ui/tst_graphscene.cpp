#include "model/graph.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

#include <QGraphicsView>
#include <QImage>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using namespace converge;

/// The scene without Graphviz: items follow a given layout, states batch, arrows navigate.
class TestGraphScene : public QObject
{
    Q_OBJECT

private:
    /// A 3x2 grid: a b c on top, d e f below, edges a>d, b>e, c>f.
    static void fillGrid(Graph *graph, GraphLayout *layout)
    {
        const QStringList names{u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs, u"e"_qs, u"f"_qs};
        for (int i = 0; i < names.size(); ++i) {
            Resource r;
            r.kind = i == 5 ? u"pkg"_qs : u"exec"_qs;
            r.name = names[i];
            const ResourceId id = graph->addResource(r);
            layout->nodes.push_back(
                {id, QPointF(100 + 200 * (i % 3), 50 + 120 * (i / 3)), QSizeF(120, 36)});
        }
        for (int i = 0; i < 3; ++i) {
            Edge e;
            e.from = ResourceId(i);
            e.to = ResourceId(i + 3);
            const EdgeId id = graph->addEdge(e);
            GraphLayout::Edge geometry;
            geometry.id = id;
            const QPointF from(100 + 200 * i, 68), to(100 + 200 * i, 150);
            geometry.spline = {from, from + QPointF(0, 20), to - QPointF(0, 20), to};
            geometry.hasArrowHead = true;
            geometry.arrowTip = to + QPointF(0, 12);
            layout->edges.push_back(geometry);
        }
        layout->bounds = QRectF(0, 0, 600, 200);
    }

    /// An exec resource drawn as a 120 x 36 box centred at centre.
    static ResourceId addNode(Graph *graph, GraphLayout *layout, const QString &name,
                              QPointF centre)
    {
        Resource r;
        r.kind = u"exec"_qs;
        r.name = name;
        const ResourceId id = graph->addResource(r);
        layout->nodes.push_back({id, centre, QSizeF(120, 36)});
        return id;
    }

    /// The grid shown in a scene.
    struct Grid
    {
        Graph graph;
        GraphLayout layout;
        GraphScene scene;
        Grid()
        {
            fillGrid(&graph, &layout);
            scene.showLayout(graph, layout);
        }
    };

    static void press(GraphScene &scene, Qt::Key key)
    {
        QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier);
        QCoreApplication::sendEvent(&scene, &event);
    }

private slots:
    void itemsFollowTheLayout()
    {
        Grid grid;
        GraphScene &scene = grid.scene;
        Graph &graph = grid.graph;
        GraphLayout &layout = grid.layout;
        QCOMPARE(scene.nodeCount(), 6);
        QCOMPARE(scene.edgeCount(), 3);
        QCOMPARE(scene.nodeItem(4)->pos(), QPointF(300, 170));
        QVERIFY(!scene.nodeItem(5)->isRunnable());
        // The arrowhead is inside the edge's bounding rectangle, so it repaints cleanly.
        QVERIFY(scene.edgeItem(0)->boundingRect().contains(layout.edges[0].arrowTip));

        // A relayout moves the same items rather than recreating them.
        NodeItem *before = scene.nodeItem(0);
        layout.nodes[0].centre = QPointF(10, 10);
        scene.showLayout(graph, layout);
        QCOMPARE(scene.nodeItem(0), before);
        QCOMPARE(before->pos(), QPointF(10, 10));

        graph.removeResource(2);
        scene.showLayout(graph, layout);
        QCOMPARE(scene.nodeCount(), 5);
        QCOMPARE(scene.edgeCount(), 2);
        QVERIFY(!scene.nodeItem(2));
    }

    void statesApplyOnlyToTheListedResources()
    {
        Grid grid;
        GraphScene &scene = grid.scene;
        std::vector<ResourceState> states(6, ResourceState::Done);
        scene.updateStates(states, {1, 3});
        QCOMPARE(scene.nodeItem(0)->state(), ResourceState::Pending);
        QCOMPARE(scene.nodeItem(1)->state(), ResourceState::Done);
        QCOMPARE(scene.nodeItem(3)->state(), ResourceState::Done);
    }

    void aLargeBatchOfStatesRepaintsTheSceneOnceInsteadOfPerItem()
    {
        // 20 x 15 nodes: more than one batch of a large run's refresh.
        Graph graph;
        GraphLayout layout;
        for (int i = 0; i < 300; ++i)
            addNode(&graph, &layout, u"n%1"_qs.arg(i),
                    QPointF(100 + 200 * (i % 20), 50 + 100 * (i / 20)));
        layout.bounds = QRectF(0, 0, 4100, 1550);
        GraphScene scene;
        scene.showLayout(graph, layout);
        QSignalSpy changed(&scene, &QGraphicsScene::changed);
        QVERIFY(changed.wait(5000)); // the new items themselves
        std::vector<ResourceState> states(300, ResourceState::Done);

        // A few changes: only those nodes' rectangles are repainted.
        changed.clear();
        scene.updateStates(states, {0, 1, 2});
        QVERIFY(changed.wait(5000));
        const QList<QRectF> few = changed.first().first().value<QList<QRectF>>();
        QVERIFY(!few.isEmpty());
        for (const QRectF &rect : few)
            QVERIFY(rect.width() < scene.sceneRect().width() / 2);

        // Hundreds at once: one rectangle, the whole scene, instead of hundreds merged.
        changed.clear();
        std::vector<ResourceId> many;
        for (ResourceId id = 3; id < 300; ++id)
            many.push_back(id);
        scene.updateStates(states, many);
        QVERIFY(changed.wait(5000));
        const QList<QRectF> all = changed.first().first().value<QList<QRectF>>();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.front(), scene.sceneRect());
        QCOMPARE(scene.nodeItem(299)->state(), ResourceState::Done);
    }

    void arrowKeysMoveToTheNearestNodeThatWay()
    {
        Grid grid;
        GraphScene &scene = grid.scene;
        press(scene, Qt::Key_Right); // nothing selected: starts top-left
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{0});
        press(scene, Qt::Key_Right);
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{1});
        press(scene, Qt::Key_Down);
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{4});
        press(scene, Qt::Key_Right);
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{5});
        press(scene, Qt::Key_Right); // nothing further right: stays
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{5});
        press(scene, Qt::Key_Up);
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{2});
    }

    void arrowKeysNeverLandOnAHiddenNode()
    {
        Grid grid;
        GraphScene &scene = grid.scene;
        // Hidden as a filter or a collapsed group hides them: a, the top-left, and b.
        scene.nodeItem(0)->setVisible(false);
        scene.nodeItem(1)->setVisible(false);
        press(scene, Qt::Key_Right); // nothing selected: the top-left visible node
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{2});
        press(scene, Qt::Key_Down);
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{5});
        press(scene, Qt::Key_Left);
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{4});
        press(scene, Qt::Key_Left);
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{3});
        press(scene, Qt::Key_Up); // a is above, hidden; b is too far aside: stays
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{3});
    }

    void arrowKeysGoOnFromASelectedItemThatIsNoNode()
    {
        Grid grid;
        GraphScene &scene = grid.scene;
        // A selectable box over b, as a collapsed group's box is.
        auto *box = scene.addRect(QRectF(40, 30, 120, 40));
        box->setFlag(QGraphicsItem::ItemIsSelectable);
        box->setSelected(true);
        press(scene, Qt::Key_Down);
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{3});
    }

    void aPictureBuiltInBatchesEndsWithEveryItem()
    {
        Graph graph;
        GraphLayout layout;
        // Enough that creating every item takes longer than one batch may.
        constexpr int Count = 20000;
        for (int i = 0; i < Count; ++i) {
            const ResourceId id =
                addNode(&graph, &layout, u"n%1"_qs.arg(i), QPointF(150 * (i % 60), 60 * (i / 60)));
            if (i == 0)
                continue;
            Edge e;
            e.from = id - 1;
            e.to = id;
            GraphLayout::Edge geometry;
            geometry.id = graph.addEdge(e);
            geometry.spline = {QPointF(0, 0), QPointF(1, 1), QPointF(2, 2), QPointF(3, 3)};
            layout.edges.push_back(geometry);
        }
        layout.bounds = QRectF(0, 0, 9000, Count);
        GraphScene scene;
        QSignalSpy built(&scene, &GraphScene::built);
        scene.showLayout(graph, layout, GraphScene::Pace::InBatches);
        QVERIFY(scene.isBuilding());
        QCOMPARE(built.size(), 0);
        QTRY_COMPARE(built.size(), 1);
        QVERIFY(!scene.isBuilding());
        QCOMPARE(scene.nodeCount(), Count);
        QCOMPARE(scene.edgeCount(), Count - 1);
        QVERIFY(scene.nodeItem(Count - 1) && scene.edgeItem(Count - 2));
    }

    void aLongEdgeIsDrawnWhereItCrossesTheRepaintedArea()
    {
        // 100,000 points long: drawn segment by segment where it shows, and still drawn there.
        Graph graph;
        GraphLayout layout;
        for (int i = 0; i < 2; ++i)
            addNode(&graph, &layout, u"end%1"_qs.arg(i), QPointF(100000 * i, 0));
        Edge e;
        e.from = 0;
        e.to = 1;
        GraphLayout::Edge geometry;
        geometry.id = graph.addEdge(e);
        geometry.spline = {QPointF(60, 0), QPointF(30000, 0), QPointF(70000, 0), QPointF(99940, 0)};
        layout.edges.push_back(geometry);
        layout.bounds = QRectF(-60, -18, 100120, 36);
        GraphScene scene;
        scene.showLayout(graph, layout);
        QGraphicsView view(&scene);
        view.setFrameShape(QFrame::NoFrame);
        view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.resize(100, 100);
        view.centerOn(50000, 0);
        const QImage image = view.viewport()->grab().toImage();
        const QColor background = image.pixelColor(50, 5);
        QVERIFY(image.pixelColor(50, 50) != background);
    }

    void selectingANodeHighlightsItsEdges()
    {
        Grid grid;
        GraphScene &scene = grid.scene;
        scene.selectResource(1);
        QVERIFY(scene.edgeItem(1)->zValue() > scene.edgeItem(0)->zValue());
        scene.selectResource(InvalidId);
        QCOMPARE(scene.edgeItem(1)->zValue(), scene.edgeItem(0)->zValue());
    }
};

QTEST_MAIN(TestGraphScene)
#include "tst_graphscene.moc"
