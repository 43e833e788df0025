#include "editortesting.h"
#include "editorwindowsuite.h"
#include "graphtext.h"

#include "editor/commands/moveresourcescommand.h"
#include "editor/commands/removeelementscommand.h"
#include "model/statepalette.h"
#include "scene/graphview.h"
#include "scene/nodeitem.h"

#include <QScreen>
#include <QSignalSpy>
#include <QTest>

using namespace converge;
using namespace converge::testing;

/// The view paints nodes and edges itself at every zoom, from the scene's sketch and its grid:
/// the screen (the window's backing store, not a fresh grab()) must show a node where it is
/// after an edit and its undo, and nothing where it was; clicks and rubber bands find it there.
class TestViewPainting : public EditorWindowSuite
{
    Q_OBJECT

    GraphEditor *editor() const { return m_window->editController()->editor(); }
    GraphScene *scene() const { return m_window->scene(); }
    GraphView *view() const { return m_window->view(); }

    /// 50 x 40 exec resources, 200 x 100 apart, no edges: only nodes can colour a spot.
    void showNodes()
    {
        Graph nodes;
        nodes.name = u"nodes"_qs;
        for (int i = 0; i < 2000; ++i) {
            Resource r;
            r.kind = u"exec"_qs;
            r.name = u"n%1"_qs.arg(i);
            r.params.insert(u"cmd"_qs, Value::scalar(u"true"_qs));
            r.position = QPointF(200 * (i % 50), 100 * (i / 50));
            nodes.addResource(r);
        }
        QVERIFY(m_window->document()->replaceGraph(std::move(nodes), {}));
        editor()->reset(GraphLayout());
        QTRY_COMPARE(scene()->nodeCount(), 2000);
        QTRY_VERIFY(!scene()->isBuilding());
    }

    /// Looks at zoom around scene point at, painted on screen before this returns.
    void look(qreal zoom, QPointF at)
    {
        view()->setTransform(QTransform::fromScale(zoom, zoom));
        view()->centerOn(at);
        QCoreApplication::processEvents();
        m_window->repaint();
    }

    /// How many pixels of a node's box centred on at (its middle half, so nothing around it
    /// counts) differ from the background on screen now.
    int drawnAt(QPointF at) const
    {
        const QRectF box(at - QPointF(30, 9), QSizeF(60, 18));
        const QRect onViewport = view()->mapFromScene(box).boundingRect();
        const QRect onWindow(viewport()->mapTo(m_window, onViewport.topLeft()), onViewport.size());
        const QImage screen = m_window->screen()->grabWindow(m_window->winId()).toImage();
        const QRgb background = view()->palette().color(QPalette::Base).rgb();
        int drawn = 0;
        for (int y = onWindow.top(); y <= onWindow.bottom(); ++y)
            for (int x = onWindow.left(); x <= onWindow.right(); ++x)
                drawn += screen.pixel(x, y) != background;
        return drawn;
    }

    /// The colour on screen at scene point at.
    QColor pixelAt(QPointF at) const
    {
        const QPoint onWindow = viewport()->mapTo(m_window, view()->mapFromScene(at));
        return m_window->screen()->grabWindow(m_window->winId()).toImage().pixelColor(onWindow);
    }

    /// Repaints the view around at alone, as scrolling there would: only what the grid finds
    /// there is drawn.
    void repaintAround(QPointF at) const
    {
        const QRectF box(at - QPointF(60, 18), QSizeF(120, 36));
        viewport()->repaint(view()->mapFromScene(box).boundingRect());
    }

    void move(const QString &key, QPointF from, QPointF to)
    {
        QVERIFY(editor()->push(new MoveResourcesCommand(editor(), 1, {{key, from}}, {{key, to}})));
    }

private slots:
    void editsAndTheirUndoLeaveNoGhostAndNoGap_data()
    {
        QTest::addColumn<qreal>("zoom");
        QTest::newRow("far out, flat boxes") << 0.1;
        QTest::newRow("far out, 15 %") << 0.15;
        QTest::newRow("boxes without labels") << 0.3;
        QTest::newRow("100 %") << 1.0;
    }

    void editsAndTheirUndoLeaveNoGhostAndNoGap()
    {
        QFETCH(qreal, zoom);
        showNodes();
        const QString key = u"exec/n1025"_qs;
        const ResourceId id = findByKey(graph(), key);
        const QPointF home(200 * 25, 100 * 20);
        const QPointF away = home + QPointF(100, 50); // between the rows and the columns
        look(zoom, home);
        QTRY_VERIFY(drawnAt(home) > 0);
        QCOMPARE(drawnAt(away), 0);

        move(key, home, away);
        QCOMPARE(scene()->nodeItem(id)->pos(), away);
        QTRY_COMPARE(drawnAt(home), 0);
        QTRY_VERIFY(drawnAt(away) > 0);
        repaintAround(away);
        QVERIFY(drawnAt(away) > 0);

        stack()->undo();
        QTRY_COMPARE(drawnAt(away), 0);
        QTRY_VERIFY(drawnAt(home) > 0);
        repaintAround(home);
        QVERIFY(drawnAt(home) > 0);

        QVERIFY(editor()->push(new RemoveElementsCommand(editor(), editor()->capture({id}, {}))));
        QVERIFY(!scene()->nodeItem(id));
        QTRY_COMPARE(drawnAt(home), 0);

        stack()->undo();
        QVERIFY(scene()->nodeItem(findByKey(graph(), key)));
        QTRY_VERIFY(drawnAt(home) > 0);
        repaintAround(home);
        QVERIFY(drawnAt(home) > 0);
    }

    void aRunsColoursReachTheScreen_data()
    {
        QTest::addColumn<qreal>("zoom");
        QTest::addColumn<int>("batch");
        QTest::newRow("far out, a few") << 0.1 << 3;
        QTest::newRow("far out, a large batch") << 0.1 << 1500;
        QTest::newRow("100 %, a few") << 1.0 << 3;
        QTest::newRow("100 %, a large batch") << 1.0 << 1500;
    }

    void aRunsColoursReachTheScreen()
    {
        // States arrive as the window's run delivers them: GraphScene::updateStates(), which
        // repaints a large batch as a whole.
        QFETCH(qreal, zoom);
        QFETCH(int, batch);
        showNodes();
        const QString key = u"exec/n1025"_qs;
        const ResourceId id = findByKey(graph(), key);
        const QPointF home(200 * 25, 100 * 20);
        look(zoom, home);
        // Far out the middle of the flat box; closer, below the label, inside the border.
        const QPointF inFill = zoom < NodeItem::OverviewZoom ? home : home + QPointF(0, 13);
        const QColor failed = StatePalette::style(ResourceState::Failed).fill;
        const QColor background = view()->palette().color(QPalette::Base);
        QTRY_VERIFY(pixelAt(inFill) != background); // the node, pending
        QVERIFY(pixelAt(inFill) != failed);
        std::vector<ResourceState> states(2000, ResourceState::Pending);
        std::vector<ResourceId> changed;
        for (int i = 0; i < batch; ++i)
            changed.push_back(ResourceId((id + i) % 2000));
        states[id] = ResourceState::Failed;
        scene()->updateStates(states, changed);
        QTRY_COMPARE(pixelAt(inFill), failed);
    }

    void aMovedNodeIsFoundWhereItIsNowAndNotWhereItWas()
    {
        showNodes();
        const QString key = u"exec/n1025"_qs;
        const ResourceId id = findByKey(graph(), key);
        const QPointF home(200 * 25, 100 * 20);
        const QPointF away = home + QPointF(100, 50);
        look(1.0, home);
        move(key, home, away);

        // A rubber band around where the node was selects nothing; around it now, the node.
        scene()->setMode(GraphScene::Mode::SelectArea);
        const QPoint corner(40, 25);
        const QPoint wasAt = view()->mapFromScene(home);
        drag(viewport(), wasAt - corner, wasAt + corner);
        QVERIFY(scene()->selectedResources().empty());
        const QPoint isAt = view()->mapFromScene(away);
        drag(viewport(), isAt - corner, isAt + corner);
        QCOMPARE(scene()->selectedResources(), std::vector<ResourceId>{id});
        scene()->setMode(GraphScene::Mode::Browse);
        scene()->selectResource(InvalidId);

        // A double-click opens what is under the pointer (GraphScene's own hit test).
        QSignalSpy activated(scene(), &GraphScene::nodeActivated);
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, view()->mapFromScene(home));
        QCOMPARE(activated.count(), 0);
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, view()->mapFromScene(away));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().value<ResourceId>(), id);
    }
};

QTEST_MAIN(TestViewPainting)
#include "tst_viewpainting.moc"
