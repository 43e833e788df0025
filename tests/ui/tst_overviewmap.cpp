#include "docks/overviewmap.h"
#include "model/graph.h"
#include "model/resourcegrouping.h"
#include "model/statepalette.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/groupcollapser.h"
#include "scene/groupitem.h"
#include "scene/nodeitem.h"

#include <QImage>
#include <QTest>

using namespace converge;

/// The overview: dots for the nodes, a rectangle that follows the view, and a drag in the map
/// that moves the view.
class TestOverviewMap : public QObject
{
    Q_OBJECT

private:
    /// Counts the paint events a widget receives.
    struct PaintCounter : QObject
    {
        int paints = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            paints += event->type() == QEvent::Paint;
            return false;
        }
    };

    /// 40 x 40 exec resources 200 x 100 apart, a view zoomed in on a corner and its map.
    struct Fixture
    {
        Graph graph;
        GraphLayout layout;
        GraphScene scene;
        GraphView view{&scene};
        OverviewMap map{&view};
        Fixture()
        {
            for (int i = 0; i < 1600; ++i) {
                Resource r;
                r.kind = u"exec"_qs;
                r.name = u"n%1"_qs.arg(i);
                const ResourceId id = graph.addResource(r);
                layout.nodes.push_back(
                    {id, QPointF(60 + 200 * (i % 40), 18 + 100 * (i / 40)), QSizeF(120, 36)});
            }
            layout.bounds = QRectF(0, 0, 7920, 3936);
            scene.showLayout(graph, layout);
            view.resize(400, 300);
            view.show();
            map.resize(240, 180);
            map.show();
            view.centerOn(200, 150);
        }
        QPointF viewCentre() const { return view.mapToScene(view.viewport()->rect().center()); }
    };

private slots:
    void theRectangleFollowsTheView()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.map));
        const QRectF before = f.map.viewportRect();
        QVERIFY(before.contains(f.map.mapFromScene(QPointF(200, 150))));
        QVERIFY(before.width() < f.map.width() / 4);

        // Scrolling the view repaints the map by itself.
        PaintCounter counter;
        f.map.installEventFilter(&counter);
        QCoreApplication::processEvents();
        counter.paints = 0;
        f.view.centerOn(7000, 3000);
        QTRY_VERIFY(counter.paints > 0);
        QVERIFY(f.map.viewportRect().contains(f.map.mapFromScene(QPointF(7000, 3000))));
        QVERIFY(!f.map.viewportRect().intersects(before));

        counter.paints = 0;
        f.view.zoomOut();
        f.view.zoomOut();
        QTRY_VERIFY(counter.paints > 0);
        QVERIFY(f.map.viewportRect().width() > before.width() * 1.5);
    }

    void draggingInTheMapMovesTheView()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.map));
        const QPoint start = f.map.viewportRect().center().toPoint();
        const QPoint end = f.map.mapFromScene(QPointF(6000, 3000)).toPoint();
        QTest::mousePress(&f.map, Qt::LeftButton, Qt::NoModifier, start);
        QTest::mouseMove(&f.map, (start + end) / 2);
        QTest::mouseMove(&f.map, end);
        QTest::mouseRelease(&f.map, Qt::LeftButton, Qt::NoModifier, end);
        // Within a map pixel of where the drag ended: one pixel is about 33 scene points.
        const QPointF centre = f.viewCentre();
        QVERIFY2(std::abs(centre.x() - 6000) < 70 && std::abs(centre.y() - 3000) < 70,
                 qPrintable(u"%1,%2"_qs.arg(centre.x()).arg(centre.y())));
    }

    void everyNodeIsADotInItsStateColour()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(&f.map));
        std::vector<ResourceState> states(1600, ResourceState::Pending);
        states[1599] = ResourceState::Failed;
        f.scene.updateStates(states, {1599});
        const QPoint failed = f.map.mapFromScene(f.scene.nodeItem(1599)->pos()).toPoint();
        const QColor fill = StatePalette::style(ResourceState::Failed).fill;
        QTRY_COMPARE(f.map.grab().toImage().pixelColor(failed), fill);
        const QPoint pending = f.map.mapFromScene(f.scene.nodeItem(800)->pos()).toPoint();
        QCOMPARE(f.map.grab().toImage().pixelColor(pending),
                 StatePalette::style(ResourceState::Pending).border);
    }

    void aCollapsedGroupIsABoxInItsWorstStateColour()
    {
        Fixture f;
        // A graph of its own: two web-* nodes far apart in one column, and one other.
        Graph graph;
        GraphLayout layout;
        for (int i = 0; i < 3; ++i) {
            Resource r;
            r.kind = u"exec"_qs;
            r.name = i < 2 ? u"web-%1"_qs.arg(i) : u"other"_qs;
            const QPointF centres[] = {{100, 100}, {100, 1900}, {3900, 1900}};
            layout.nodes.push_back({graph.addResource(r), centres[i], QSizeF(120, 36)});
        }
        layout.bounds = QRectF(0, 0, 4000, 2000);
        f.scene.showLayout(graph, layout);
        GroupCollapser collapser(graph, &f.scene);
        collapser.setGrouping(*ResourceGrouping::compute(graph, GroupBy::NamePrefix));
        f.map.setGroups(&collapser);
        QVERIFY(QTest::qWaitForWindowExposed(&f.map));
        f.scene.updateStates({ResourceState::Failed, ResourceState::Pending, ResourceState::Done},
                             {0, 1, 2});
        const int web = int(collapser.grouping().labels.indexOf(u"web-*"_qs));
        QVERIFY(collapser.collapse(web));
        const QPoint centre =
            f.map.mapFromScene(collapser.groupItem(web)->box().center()).toPoint();
        const QColor failed = StatePalette::style(ResourceState::Failed).fill;
        QTRY_COMPARE(f.map.grab().toImage().pixelColor(centre), failed);
        // The members are hidden: no dot where the pending one was.
        const QPoint member = f.map.mapFromScene(QPointF(100, 1900)).toPoint();
        QCOMPARE(f.map.grab().toImage().pixelColor(member), f.map.palette().color(QPalette::Base));

        QVERIFY(collapser.expand(web));
        QTRY_VERIFY(f.map.grab().toImage().pixelColor(centre) != failed);
    }
};

QTEST_MAIN(TestOverviewMap)
#include "tst_overviewmap.moc"
