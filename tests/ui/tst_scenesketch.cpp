#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"
#include "scene/scenesketch.h"

#include <QTest>

using namespace converge;

/// What the far-out view draws follows every change to the items, however it is made: placing,
/// dragging, hiding, colouring, selecting, rerouting and deleting.
class TestSceneSketch : public QObject
{
    Q_OBJECT

private:
    static Resource exec(const QString &name)
    {
        Resource r;
        r.kind = u"exec"_qs;
        r.name = name;
        return r;
    }

    static GraphLayout::Edge straight(EdgeId id, QPointF from, QPointF to)
    {
        GraphLayout::Edge geometry;
        geometry.id = id;
        geometry.lineTo(from);
        geometry.lineTo(to);
        return geometry;
    }

    static QRectF box(const SceneSketch::Node &node)
    {
        return QRectF(node.left, node.top, node.width, node.height);
    }

    static QPolygonF line(const SceneSketch &sketch, EdgeId id)
    {
        const SceneSketch::Edge &edge = sketch.edges().at(id);
        QPolygonF points;
        for (std::uint32_t i = 0; i < edge.count; ++i) {
            const SceneSketch::Point &p = sketch.points().at(edge.first + i);
            points << QPointF(p.x, p.y);
        }
        return points;
    }

private slots:
    void aNodeIsSketchedWhereverItGoesAndAsItLooks()
    {
        GraphScene scene;
        NodeItem *node = scene.addNode(3, exec(u"a"_qs), QPointF(100, 50), QSizeF(120, 36));
        const SceneSketch &sketch = scene.sketch();
        QCOMPARE(box(sketch.nodes().at(3)), QRectF(40, 32, 120, 36));
        QVERIFY(sketch.nodes().at(3).shown);
        QVERIFY(!sketch.nodes().at(0).shown); // no resource 0

        node->setPos(500, 400); // as a drag moves it
        QCOMPARE(box(sketch.nodes().at(3)), QRectF(440, 382, 120, 36));
        node->setState(ResourceState::Failed);
        QCOMPARE(sketch.nodes().at(3).look, node->overviewLook());
        const QPalette palette = scene.palette();
        QCOMPARE(NodeItem::overviewColour(palette, sketch.nodes().at(3).look),
                 StatePalette::style(ResourceState::Failed).fill);
        node->setSelected(true);
        QCOMPARE(NodeItem::overviewColour(palette, sketch.nodes().at(3).look),
                 palette.color(QPalette::Highlight));
        node->setVisible(false);
        QVERIFY(!sketch.nodes().at(3).shown);
        node->setVisible(true);
        scene.removeNode(3);
        QVERIFY(!sketch.nodes().at(3).shown);
    }

    void anEdgeIsSketchedAlongItsRouteAsStrongAsItIsDrawn()
    {
        GraphScene scene;
        scene.addNode(0, exec(u"a"_qs), QPointF(100, 50), QSizeF(120, 36));
        scene.addNode(1, exec(u"b"_qs), QPointF(100, 250), QSizeF(120, 36));
        EdgeItem *edge = scene.addEdge(0, 0, 1, straight(0, QPointF(100, 68), QPointF(100, 232)));
        const SceneSketch &sketch = scene.sketch();
        QCOMPARE(line(sketch, 0), QPolygonF({QPointF(100, 68), QPointF(100, 232)}));
        QVERIFY(!sketch.edges().at(0).strong);

        GraphLayout::Edge bent = straight(0, QPointF(100, 68), QPointF(300, 150));
        bent.lineTo(QPointF(100, 232));
        scene.routeEdge(0, bent);
        QCOMPARE(line(sketch, 0),
                 QPolygonF({QPointF(100, 68), QPointF(300, 150), QPointF(100, 232)}));
        scene.selectResource(1); // an end selected: the edge is highlighted
        QVERIFY(sketch.edges().at(0).strong);
        edge->setVisible(false);
        QVERIFY(!sketch.edges().at(0).shown);
        scene.removeEdge(0);
        QCOMPARE(sketch.edges().at(0).count, 0u);
    }

    void reroutingOverAndOverKeepsTheSketchSmallAndRight()
    {
        GraphScene scene;
        scene.addNode(0, exec(u"a"_qs), QPointF(0, 0), QSizeF(120, 36));
        scene.addNode(1, exec(u"b"_qs), QPointF(0, 500), QSizeF(120, 36));
        for (EdgeId id = 0; id < 10; ++id)
            scene.addEdge(id, 0, 1, straight(id, QPointF(id, 18), QPointF(id, 482)));
        for (int round = 1; round <= 1000; ++round) {
            // Each route a point longer than the last: every one takes new room.
            GraphLayout::Edge route = straight(round % 10, QPointF(0, 18), QPointF(round, 100));
            for (int i = 0; i < round % 7; ++i)
                route.lineTo(QPointF(round, 200 + i));
            route.lineTo(QPointF(0, 482));
            scene.routeEdge(round % 10, route);
            QCOMPARE(line(scene.sketch(), round % 10).size(), 3 + round % 7);
            QCOMPARE(line(scene.sketch(), round % 10).at(1), QPointF(round, 100));
        }
        QVERIFY(scene.sketch().points().size() < 2 * 10 * 10 + 1024 + 10);
    }
};

QTEST_MAIN(TestSceneSketch)
#include "tst_scenesketch.moc"
