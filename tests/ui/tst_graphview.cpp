#include "model/graph.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/groupedgeitem.h"
#include "scene/nodeitem.h"

#include <QImage>
#include <QScreen>
#include <QScrollBar>
#include <QTest>
#include <QWheelEvent>

using namespace converge;

/// The view of a large drawing: Fit to Window shows all of it, and zoomed out as far as the
/// user can, every node is still a visible dot.
class TestGraphView : public QObject
{
    Q_OBJECT

private:
    static void wheel(GraphView &view, int delta)
    {
        const QPointF at = view.viewport()->rect().center();
        QWheelEvent event(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, delta),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.viewport(), &event);
    }

    /// columns x rows exec resources, spacing apart, no edges, in an 800 x 600 view.
    struct Drawing
    {
        Graph graph;
        GraphLayout layout;
        GraphScene scene;
        GraphView view{&scene};
        Drawing(int columns, int rows, QSizeF spacing)
        {
            for (int i = 0; i < columns * rows; ++i) {
                Resource r;
                r.kind = u"exec"_qs;
                r.name = u"n%1"_qs.arg(i);
                const ResourceId id = graph.addResource(r);
                const QPointF centre(60 + spacing.width() * (i % columns),
                                     18 + spacing.height() * (i / columns));
                layout.nodes.push_back({id, centre, QSizeF(120, 36)});
            }
            layout.bounds = QRectF(0, 0, spacing.width() * (columns - 1) + 120,
                                   spacing.height() * (rows - 1) + 36);
            scene.showLayout(graph, layout);
            view.resize(800, 600);
            view.show();
        }
        /// Turns the wheel towards the user until the view stops zooming out, and further.
        void zoomOutAllTheWay()
        {
            for (int i = 0; i < 60; ++i)
                wheel(view, -120);
        }
    };

    static QRectF visibleArea(const GraphView &view)
    {
        return view.mapToScene(view.viewport()->rect()).boundingRect();
    }

private slots:
    void fitToWindowShowsEveryNodeOfAVeryWideGraph()
    {
        // 100,000 points wide: fitting it into 800 pixels needs a zoom under 1 %.
        Drawing drawing(3, 2, QSizeF(50000, 400));
        GraphView &view = drawing.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitToWindow();
        const QRectF visible = visibleArea(view);
        for (const NodeItem *node : drawing.scene.nodeItems())
            QVERIFY2(visible.contains(node->sceneBoundingRect()), qPrintable(node->name()));
        QTRY_VERIFY(!view.horizontalScrollBar()->isVisible());
        QTRY_VERIFY(!view.verticalScrollBar()->isVisible());
    }

    void zoomingOutStopsOnlyBeyondTheWholeDrawing()
    {
        Drawing drawing(3, 2, QSizeF(50000, 400));
        GraphView &view = drawing.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        drawing.zoomOutAllTheWay();
        QVERIFY(view.zoom() < view.fittingZoom());
        QVERIFY(visibleArea(view).contains(drawing.scene.sceneRect()));
    }

    void nodesStayVisibleAtTheSmallestZoom()
    {
        // 2,000 nodes; zoomed out as far as the wheel goes, each is a few pixels.
        Drawing drawing(50, 40, QSizeF(160, 90));
        GraphView &view = drawing.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        drawing.zoomOutAllTheWay();
        QCOMPARE(view.zoom(), view.minimumZoom());
        const QImage image = view.viewport()->grab().toImage();
        const QColor background = view.palette().color(QPalette::Base);
        int invisible = 0;
        for (const NodeItem *node : drawing.scene.nodeItems()) {
            const QPoint at = view.mapFromScene(node->pos());
            invisible += image.pixelColor(at) == background;
        }
        QCOMPARE(invisible, 0);
    }

    void farOutSelectionAndOverlaysStillShow()
    {
        // Zoomed out, the view paints nodes itself: selection and other items must survive it.
        Drawing drawing(50, 40, QSizeF(160, 90));
        GraphView &view = drawing.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *overlay = drawing.scene.addRect(QRectF(3000, 1500, 400, 400), QPen(Qt::NoPen),
                                              QBrush(Qt::magenta));
        overlay->setZValue(10);
        drawing.scene.selectResource(777);
        view.fitToWindow();
        QVERIFY(view.zoom() < NodeItem::OverviewZoom);
        const QImage image = view.viewport()->grab().toImage();
        const QPoint selected = view.mapFromScene(drawing.scene.nodeItem(777)->pos());
        QCOMPARE(image.pixelColor(selected), view.palette().color(QPalette::Highlight));
        QCOMPARE(image.pixelColor(view.mapFromScene(QPointF(3200, 1700))), QColor(Qt::magenta));
    }

    void farOutNodesShowTheirStateColoursOverTheEdgesBetweenThem()
    {
        Drawing drawing(50, 40, QSizeF(160, 90));
        GraphScene &scene = drawing.scene;
        GraphLayout::Edge down; // from n0 straight down to n50 below it
        down.id = 0;
        down.lineTo(QPointF(60, 36));
        down.lineTo(QPointF(60, 90));
        scene.addEdge(0, 0, 50, down);
        scene.nodeItem(0)->setState(ResourceState::Failed);
        scene.nodeItem(50)->setState(ResourceState::Done);
        GraphView &view = drawing.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitToWindow();
        view.zoomIn();
        view.zoomIn();
        view.centerOn(60, 60);
        QVERIFY(view.zoom() < NodeItem::OverviewZoom);
        const QImage image = view.viewport()->grab().toImage();
        const QPalette palette = scene.palette();
        const auto at = [&](QPointF scenePoint) {
            return image.pixelColor(view.mapFromScene(scenePoint));
        };
        QCOMPARE(at(QPointF(60, 18)), scene.nodeItem(0)->overviewColour(palette));
        QCOMPARE(at(QPointF(60, 108)), scene.nodeItem(50)->overviewColour(palette));
        QCOMPARE(at(QPointF(220, 18)), scene.nodeItem(1)->overviewColour(palette));
        QCOMPARE(at(QPointF(60, 63)), EdgeItem::colour(palette, false));
        QCOMPARE(at(QPointF(140, 63)), palette.color(QPalette::Base)); // no edge there
    }

    void farOutAHiddenOrMovedNodeLeavesNoGhost()
    {
        // Zoomed out the view paints items itself, so Qt never learns where it drew them: the
        // screen (not a fresh grab()) must lose a node hidden by a filter or dragged away.
        Drawing drawing(50, 40, QSizeF(160, 90));
        GraphView &view = drawing.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitToWindow();
        QVERIFY(view.zoom() < NodeItem::OverviewZoom);
        const QColor background = view.palette().color(QPalette::Base);
        const auto onScreen = [&view](QPointF scenePoint) {
            const QPoint at = view.viewport()->mapTo(&view, view.mapFromScene(scenePoint));
            return view.screen()->grabWindow(view.winId()).toImage().pixelColor(at);
        };
        NodeItem *hidden = drawing.scene.nodeItem(777);
        NodeItem *moved = drawing.scene.nodeItem(1234);
        const QPointF hiddenAt = hidden->pos();
        const QPointF movedFrom = moved->pos();
        QTRY_VERIFY(onScreen(hiddenAt) != background);
        QTRY_VERIFY(onScreen(movedFrom) != background);
        hidden->setVisible(false);
        moved->setPos(movedFrom + QPointF(80, 45)); // between the rows and columns
        QTRY_COMPARE(onScreen(hiddenAt), background);
        QTRY_COMPARE(onScreen(movedFrom), background);
    }

    void zoomInKeepsTheMiddleOfTheViewWhereverThePointerIs()
    {
        Drawing drawing(50, 40, QSizeF(160, 90));
        GraphView &view = drawing.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.fitToWindow();
        const QPoint middle = view.viewport()->rect().center();
        const QPointF looking = view.mapToScene(middle);
        QTest::mouseMove(view.viewport(), QPoint(5, 5));
        view.zoomIn();
        view.zoomIn();
        QVERIFY(view.zoom() > view.fittingZoom());
        // Within a few pixels: the scroll bars that appear shift the middle a little. Towards
        // the pointer it moved over 200.
        const QPointF after = view.mapToScene(view.viewport()->rect().center());
        QVERIFY2(QLineF(after, looking).length() * view.zoom() < 40,
                 qPrintable(u"(%1, %2) moved to (%3, %4)"_qs.arg(looking.x())
                                .arg(looking.y())
                                .arg(after.x())
                                .arg(after.y())));
    }

    void farOutMergedEdgesStillShow()
    {
        // The view paints these itself too, as lines: one along the gap under the first row.
        Drawing drawing(50, 40, QSizeF(160, 90));
        GraphView &view = drawing.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *merged = new GroupEdgeItem(QRectF(0, 55, 20, 10), QRectF(7000, 55, 20, 10), 12);
        drawing.scene.addItem(merged);
        view.fitToWindow();
        QVERIFY(view.zoom() < NodeItem::OverviewZoom);
        const QImage image = view.viewport()->grab().toImage();
        const QColor background = view.palette().color(QPalette::Base);
        int drawn = 0;
        for (qreal x = 1000; x <= 6000; x += 500) {
            // A hairline: within a pixel of where the scene point lands.
            const QPoint at = view.mapFromScene(QPointF(x, 60));
            bool line = false;
            for (int dy = -1; dy <= 1; ++dy)
                line |= image.pixelColor(at + QPoint(0, dy)) != background;
            drawn += line;
        }
        QCOMPARE(drawn, 11);
    }
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
