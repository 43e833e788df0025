#include "scene/scenesketch.h"
#include "scene/sketchgrid.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace converge;

/// The close view's index: whatever area is asked for, it finds exactly the shown nodes and
/// edges whose bounds meet it, each once, and follows the sketch as it changes.
class TestSketchGrid : public QObject
{
    Q_OBJECT

private:
    /// What a test of every mark finds.
    static void everyMark(const SceneSketch &sketch, const QRectF &area,
                          std::vector<ResourceId> &nodes, std::vector<EdgeId> &edges)
    {
        for (ResourceId id = 0; id < sketch.nodes().size(); ++id) {
            const SceneSketch::Node &n = sketch.nodes()[id];
            const QRectF box(n.left, n.top, n.width, n.height);
            if (n.shown && box.right() >= area.left() && box.left() <= area.right() &&
                box.bottom() >= area.top() && box.top() <= area.bottom())
                nodes.push_back(id);
        }
        for (EdgeId id = 0; id < sketch.edges().size(); ++id) {
            const SceneSketch::Edge &e = sketch.edges()[id];
            if (e.shown && e.right >= area.left() && e.left <= area.right() &&
                e.bottom >= area.top() && e.top <= area.bottom())
                edges.push_back(id);
        }
    }

    static void compareWithEveryMark(SketchGrid &grid, const SceneSketch &sketch,
                                     const QRectF &area)
    {
        std::vector<ResourceId> nodes, expectedNodes;
        std::vector<EdgeId> edges, expectedEdges;
        grid.find(sketch, area, nodes, edges);
        everyMark(sketch, area, expectedNodes, expectedEdges);
        std::sort(nodes.begin(), nodes.end());
        std::sort(edges.begin(), edges.end());
        QCOMPARE(nodes, expectedNodes);
        QCOMPARE(edges, expectedEdges);
    }

private slots:
    void findsWhatATestOfEveryMarkFindsEachOnce()
    {
        QRandomGenerator random(7);
        SceneSketch sketch;
        for (ResourceId id = 0; id < 3000; ++id) {
            const QPointF at(random.bounded(40000.0), random.bounded(20000.0));
            sketch.setNode(id, QRectF(at, QSizeF(120, 36)), 0, id % 11 != 0);
        }
        for (EdgeId id = 0; id < 4000; ++id) {
            // Most short, some across the whole drawing (kept apart from the cells).
            const QPointF from(random.bounded(40000.0), random.bounded(20000.0));
            const QPointF to = id % 50 == 0
                                   ? QPointF(random.bounded(40000.0), random.bounded(20000.0))
                                   : from + QPointF(random.bounded(800.0), random.bounded(300.0));
            sketch.setEdge(id, QPolygonF({from, to}), QRectF(from, to).normalized(), false,
                           id % 13 != 0);
        }
        SketchGrid grid;
        for (int i = 0; i < 200; ++i) {
            const QPointF at(random.bounded(44000.0) - 2000, random.bounded(24000.0) - 2000);
            const QSizeF size(random.bounded(3000.0), random.bounded(2000.0));
            compareWithEveryMark(grid, sketch, QRectF(at, size));
        }
        compareWithEveryMark(grid, sketch, QRectF(-1e6, -1e6, 2e6, 2e6));

        // A few moved, as in a drag (tested one by one), then thousands (the grid made again).
        for (int moves : {1, 50, 6000}) {
            for (int i = 0; i < moves; ++i) {
                const auto id = ResourceId(random.bounded(3000));
                const QPointF at(random.bounded(40000.0), random.bounded(20000.0));
                sketch.setNode(id, QRectF(at, QSizeF(120, 36)), 0, true);
            }
            for (int i = 0; i < 20; ++i) {
                const QPointF at(random.bounded(44000.0) - 2000, random.bounded(24000.0) - 2000);
                compareWithEveryMark(grid, sketch, QRectF(at, QSizeF(3000, 2000)));
            }
        }
    }

    void aResourceFarBeyondTheRestNeitherHangsNorHidesAnything()
    {
        // Positions come from the file: one may be 1e300, beyond float's range.
        SceneSketch sketch;
        sketch.setNode(0, QRectF(0, 0, 120, 36), 0, true);
        sketch.setNode(1, QRectF(1e300, 1e300, 120, 36), 0, true);
        sketch.setNode(2, QRectF(-3e38, 50, 120, 36), 0, true);
        SketchGrid grid;
        compareWithEveryMark(grid, sketch, QRectF(-10, -10, 200, 100));
        compareWithEveryMark(grid, sketch, QRectF(-1e39, -1e39, 2e39, 2e39));
    }

    void followsMovesDropsAndNewMarks()
    {
        SceneSketch sketch;
        sketch.setNode(0, QRectF(0, 0, 120, 36), 0, true);
        sketch.setNode(1, QRectF(5000, 5000, 120, 36), 0, true);
        SketchGrid grid;
        const QRectF corner(-10, -10, 200, 100);
        compareWithEveryMark(grid, sketch, corner);
        sketch.setNode(1, QRectF(20, 40, 120, 36), 0, true); // moved into the corner
        compareWithEveryMark(grid, sketch, corner);
        sketch.dropNode(0);
        sketch.setNode(7, QRectF(-300, -300, 120, 36), 0, true); // beyond the old extent
        compareWithEveryMark(grid, sketch, QRectF(-400, -400, 300, 300));
        compareWithEveryMark(grid, sketch, corner);
    }
};

QTEST_APPLESS_MAIN(TestSketchGrid)
#include "tst_sketchgrid.moc"
