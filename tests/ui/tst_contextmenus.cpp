#include "editorsession.h"
#include "editortesting.h"
#include "editorwindowsuite.h"

#include "document/recoveryfile.h"
#include "editor/contextmenus.h"
#include "editor/edgepropertiesdock.h"
#include "editor/renameeditor.h"
#include "editor/sceneeditor.h"
#include "editor/selectioncommands.h"
#include "scene/edgeitem.h"

#include <QAction>
#include <QCheckBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QMenu>

using namespace converge;
using namespace converge::testing;

/// What a right-click, a click on an edge and a drag from a node's border do on the canvas,
/// driven through the real window.
class TestContextMenus : public EditorWindowSuite
{
    Q_OBJECT

    ContextMenus *menus() const { return m_window->editController()->contextMenus(); }
    SceneEditor *sceneEditor() const { return m_window->editController()->sceneEditor(); }

    void rightClick(QPoint at)
    {
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport()->mapToGlobal(at));
        QApplication::sendEvent(viewport(), &event);
    }

    static QAction *entry(QMenu *menu, const QString &text)
    {
        for (QAction *action : menu->actions()) {
            if (action->text() == text)
                return action;
            if (action->menu()) {
                if (QAction *inner = entry(action->menu(), text))
                    return inner;
            }
        }
        return nullptr;
    }

    /// Chooses text from the menu that is up, and closes it.
    static bool choose(QMenu *menu, const QString &text)
    {
        if (!QTest::qWaitFor([menu] { return menu->isVisible(); }, 2000))
            return false;
        QAction *action = entry(menu, text);
        menu->close();
        if (!action || !action->isEnabled())
            return false;
        action->trigger();
        return true;
    }

    QMenu *nodeMenu() const
    {
        for (QMenu *menu : m_window->findChildren<QMenu *>()) {
            if (entry(menu, u"Run &This"_qs) && entry(menu, u"Re&name"_qs))
                return menu;
        }
        return nullptr;
    }

    /// Two unconnected resources a (left) and b (right), placed by hand.
    void twoNodes()
    {
        sceneEditor()->addResource(u"noop"_qs, {0, 0});
        sceneEditor()->addResource(u"noop"_qs, {300, 0});
        m_window->view()->centerOn(150, 0);
    }

    QPoint edgeMiddle(EdgeId id) const
    {
        const std::vector<QPointF> &spline = m_window->scene()->edgeItem(id)->geometry().spline;
        return m_window->view()->mapFromScene((spline.front() + spline.back()) / 2);
    }

private slots:
    void canvasMenuAddsAKindWhereItWasOpened()
    {
        const QPoint at = viewport()->rect().center() + QPoint(40, 30);
        rightClick(at);
        QVERIFY(choose(menus()->canvasMenu(), u"file"_qs));
        QCOMPARE(graph().resourceCount(), 1);
        const ResourceId id = graph().resourceIds().front();
        QCOMPARE(graph().resource(id).kind, u"file"_qs);
        QCOMPARE(m_window->view()->mapFromScene(*graph().resource(id).position), at);
    }

    void pasteHereCentresTheCopiesOnTheCursorAndPastesStepAway()
    {
        twoNodes();
        m_window->scene()->selectResource(findByKey(graph(), u"noop/noop1"_qs));
        SelectionCommands *selection = m_window->editController()->selection();
        selection->copy();
        selection->paste();
        selection->paste();
        const QPointF original = *graph().resource(findByKey(graph(), u"noop/noop1"_qs)).position;
        QCOMPARE(*graph().resource(findByKey(graph(), u"noop/noop1-1"_qs)).position,
                 original + QPointF(30, 30));
        QCOMPARE(*graph().resource(findByKey(graph(), u"noop/noop1-2"_qs)).position,
                 original + QPointF(60, 60));

        const QPoint at = viewport()->rect().bottomRight() - QPoint(60, 50);
        rightClick(at);
        QVERIFY(choose(menus()->canvasMenu(), u"&Paste Here"_qs));
        const ResourceId pasted = findByKey(graph(), u"noop/noop1-3"_qs);
        QVERIFY(pasted != InvalidId);
        QCOMPARE(m_window->view()->mapFromScene(*graph().resource(pasted).position), at);
    }

    void nodeMenuConnectsFromHereWithAClick()
    {
        twoNodes();
        rightClick(nodePoint(*m_window, u"noop/noop1"_qs));
        QMenu *menu = nodeMenu();
        QVERIFY(menu);
        for (const QString &text :
             {u"Re&name"_qs, u"D&uplicate"_qs, u"&Delete"_qs, u"C&onnect From Here"_qs,
              u"Run &Up To Here"_qs, u"Show &Log"_qs})
            QVERIFY2(entry(menu, text), qPrintable(text));
        QVERIFY(choose(menu, u"C&onnect From Here"_qs));
        QVERIFY(sceneEditor()->isConnecting());
        QTest::mouseMove(viewport(), nodePoint(*m_window, u"noop/noop2"_qs));
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, nodePoint(*m_window, u"noop/noop2"_qs));
        QCOMPARE(graph().edgeCount(), 1);
        const Edge &edge = graph().edge(graph().edgeIds().front());
        QCOMPARE(graph().resource(edge.from).key(), u"noop/noop1"_qs);
        QCOMPARE(graph().resource(edge.to).key(), u"noop/noop2"_qs);
        QVERIFY(!sceneEditor()->isConnecting());

        // Escape gives up, and a click elsewhere changes nothing.
        rightClick(nodePoint(*m_window, u"noop/noop2"_qs));
        QVERIFY(choose(nodeMenu(), u"C&onnect From Here"_qs));
        QTest::keyClick(viewport(), Qt::Key_Escape);
        QVERIFY(!sceneEditor()->isConnecting());
        QCOMPARE(graph().edgeCount(), 1);
    }

    void dragFromABorderHandleConnectsWithoutAMode()
    {
        twoNodes();
        NodeItem *a = m_window->scene()->nodeItem(findByKey(graph(), u"noop/noop1"_qs));
        QTest::mouseMove(viewport(), nodePoint(*m_window, u"noop/noop1"_qs));
        QCOMPARE(sceneEditor()->handleNode(), a->resourceId());
        // The right-hand handle, on the border.
        const QPoint handle =
            m_window->view()->mapFromScene(SceneEditor::handlePositions(a->pos(), a->size())[1]);
        // Over a handle the pointer is a cross; back over the node it is the view's own.
        const Qt::CursorShape before = viewport()->cursor().shape();
        QTest::mouseMove(viewport(), handle);
        QCOMPARE(viewport()->cursor().shape(), Qt::CrossCursor);
        QTest::mouseMove(viewport(), nodePoint(*m_window, u"noop/noop1"_qs));
        QCOMPARE(viewport()->cursor().shape(), before);
        drag(viewport(), handle, nodePoint(*m_window, u"noop/noop2"_qs));
        QCOMPARE(graph().edgeCount(), 1);
        QCOMPARE(graph().resource(graph().edge(graph().edgeIds().front()).to).key(),
                 u"noop/noop2"_qs);
        // The node did not move: the drag was a connection.
        QCOMPARE(*graph().resource(a->resourceId()).position, QPointF(0, 0));
    }

    void edgeMenuTogglesNotifyAndDeletes()
    {
        twoNodes();
        QVERIFY(sceneEditor()->connectResources(findByKey(graph(), u"noop/noop1"_qs),
                                                findByKey(graph(), u"noop/noop2"_qs)));
        const EdgeId id = graph().edgeIds().front();
        rightClick(edgeMiddle(id));
        QVERIFY(m_window->scene()->edgeItem(id)->isSelected());
        QVERIFY(choose(menus()->edgeMenu(), u"&Notify"_qs));
        QVERIFY(graph().edge(id).notify);
        stack()->undo();
        QVERIFY(!graph().edge(id).notify);
        rightClick(edgeMiddle(id));
        QVERIFY(choose(menus()->edgeMenu(), u"&Delete Edge"_qs));
        QCOMPARE(graph().edgeCount(), 0);
        QCOMPARE(graph().resourceCount(), 2);
    }

    void clickedEdgeShowsItsEndsAndNotifyIsUndoable()
    {
        twoNodes();
        QVERIFY(sceneEditor()->connectResources(findByKey(graph(), u"noop/noop1"_qs),
                                                findByKey(graph(), u"noop/noop2"_qs)));
        const EdgeId id = graph().edgeIds().front();
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, edgeMiddle(id));
        EdgePropertiesDock *dock = m_window->editController()->edgeDock();
        QCOMPARE(dock->edge(), id);
        QStringList texts;
        for (QLabel *label : dock->findChildren<QLabel *>())
            texts << label->text();
        QVERIFY2(texts.contains(u"noop/noop1"_qs) && texts.contains(u"noop/noop2"_qs),
                 qPrintable(texts.join(u", "_qs)));
        auto *notify = dock->findChild<QCheckBox *>(u"EdgeNotify"_qs);
        QVERIFY(!notify->isChecked());
        const int steps = stack()->count();
        // On the box itself: the check box is as wide as the dock.
        QTest::mouseClick(notify, Qt::LeftButton, {}, QPoint(8, notify->height() / 2));
        QVERIFY(graph().edge(id).notify);
        QCOMPARE(stack()->count(), steps + 1);
        QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!graph().edge(id).notify);
        QVERIFY(!notify->isChecked());
    }

    void renameAndMoveKeepTheSelection()
    {
        twoNodes();
        const ResourceId id = findByKey(graph(), u"noop/noop1"_qs);
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, nodePoint(*m_window, u"noop/noop1"_qs));
        QTest::keyClick(m_window->view(), Qt::Key_F2);
        auto *editor = m_window->view()->findChild<RenameEditor *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"web"_qs);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(graph().resource(id).name, u"web"_qs);
        QCOMPARE(m_window->scene()->selectedResources(), std::vector<ResourceId>{id});
        const QPoint from = nodePoint(*m_window, u"noop/web"_qs);
        const QPoint to = from + QPoint(40, 60);
        // The window fits the drawing, so 40 by 60 pixels are that far in scene units scaled.
        const QPointF moved = m_window->view()->mapToScene(to) - m_window->view()->mapToScene(from);
        const QPointF before = graph().resource(id).position.value_or(QPointF());
        drag(viewport(), from, to);
        QCOMPARE(*graph().resource(id).position, before + moved);
        QCOMPARE(m_window->scene()->selectedResources(), std::vector<ResourceId>{id});
    }
};

QTEST_MAIN(TestContextMenus)
#include "tst_contextmenus.moc"
