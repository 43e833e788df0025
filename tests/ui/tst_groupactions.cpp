#include "editor/editcontroller.h"
#include "editor/grapheditor.h"
#include "editor/sceneeditor.h"
#include "editortesting.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/groupcollapser.h"
#include "scene/groupitem.h"
#include "scene/nodeitem.h"
#include "window/groupactions.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace converge;
using namespace converge::testing;

/// Groups in a real window: Ctrl+G collapses the selected resource's group and Ctrl+Shift+G
/// expands it, as view state that leaves the graph, the undo history and the file alone.
class TestGroupActions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeGraph()
    {
        const QString path = m_dir.filePath(u"web.yaml"_qs);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("graph: web\nresources:\n  noop:\n  - name: web-1\n  - name: web-2\n"
                   "  - name: db\nedges:\n- name: e1\n  from: {kind: noop, name: web-1}\n"
                   "  to: {kind: noop, name: db}\n");
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir);
    }

    void shortcutsCollapseAndExpandWithoutTouchingTheGraph()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, writeGraph()));
        GraphScene *scene = window.scene();
        const Graph &graph = window.document()->graph();
        const ResourceId web2 = graph.find(u"noop"_qs, u"web-2"_qs);
        scene->selectResource(web2);
        window.view()->setFocus();
        QTest::keyClick(window.view(), Qt::Key_G, Qt::ControlModifier);
        GroupCollapser *collapser = window.groupActions()->collapser();
        QCOMPARE(collapser->collapsedCount(), 1);
        QVERIFY(!scene->nodeItem(web2)->isVisible());
        QVERIFY(scene->nodeItem(graph.find(u"noop"_qs, u"db"_qs))->isVisible());
        QCOMPARE(collapser->groupItem(0)->label(), u"web-*"_qs);
        // View state only: no edit to undo, nothing to save.
        QCOMPARE(window.editController()->editor()->undoStack()->count(), 0);
        QVERIFY(!window.isWindowModified());
        QCOMPARE(graph.resourceCount(), 3);

        QTest::keyClick(window.view(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(collapser->collapsedCount(), 0);
        QVERIFY(scene->nodeItem(web2)->isVisible());
        QCOMPARE(scene->selectedResources(), std::vector<ResourceId>{web2});
        QVERIFY(!window.isWindowModified());
    }

    void theCollapsedPictureIsLaidOutAsViewStateOnly()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, writeGraph()));
        GraphScene *scene = window.scene();
        const Graph &graph = window.document()->graph();
        const ResourceId db = graph.find(u"noop"_qs, u"db"_qs);
        const QPointF home = scene->nodeItem(db)->pos();
        GroupCollapser *collapser = window.groupActions()->collapser();
        QSignalSpy arranged(collapser, &GroupCollapser::arranged);
        scene->selectResource(graph.find(u"noop"_qs, u"web-1"_qs));
        window.groupActions()->collapseAction()->trigger();
        QVERIFY(arranged.wait(20000));
        // Laid out as box -> db: db moved under the box, the graph did not.
        const QRectF box = collapser->groupItem(0)->box();
        QVERIFY(scene->nodeItem(db)->pos() != home);
        QVERIFY(scene->nodeItem(db)->pos().y() > box.bottom());
        QVERIFY(!graph.resource(db).position);
        QCOMPARE(window.editController()->editor()->undoStack()->count(), 0);
        QVERIFY(!window.isWindowModified());

        window.groupActions()->expandAction()->trigger();
        QCOMPARE(scene->nodeItem(db)->pos(), home);
        QCOMPARE(window.editController()->editor()->undoStack()->count(), 0);
        QVERIFY(!window.isWindowModified());
    }

    void groupingByKindCollapsesEveryNoop()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, writeGraph()));
        QVERIFY(window.groupActions()->setGroupBy(GroupBy::Kind));
        window.scene()->selectResource(window.document()->graph().find(u"noop"_qs, u"db"_qs));
        window.groupActions()->collapseAction()->trigger();
        QCOMPARE(window.groupActions()->collapser()->groupItem(0)->memberCount(), 3);
        // Opening a file again starts with every group expanded.
        QVERIFY(openAndWait(window, writeGraph()));
        QCOMPARE(window.groupActions()->collapser()->collapsedCount(), 0);
        for (const NodeItem *node : window.scene()->nodeItems())
            QVERIFY(!node || node->isVisible());
    }

    void aNodeCannotBeDraggedWhileGroupsAreCollapsed()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, writeGraph()));
        GraphScene *scene = window.scene();
        const Graph &graph = window.document()->graph();
        const ResourceId db = graph.find(u"noop"_qs, u"db"_qs);
        GroupCollapser *collapser = window.groupActions()->collapser();
        QSignalSpy arranged(collapser, &GroupCollapser::arranged);
        QSignalSpy refused(window.editController()->sceneEditor(), &SceneEditor::refused);
        scene->selectResource(graph.find(u"noop"_qs, u"web-1"_qs));
        window.groupActions()->collapseAction()->trigger();
        QVERIFY(arranged.wait(20000));
        QWidget *viewport = window.view()->viewport();
        const QPointF drawn = scene->nodeItem(db)->pos();
        window.view()->centerOn(drawn);
        const QPoint at = window.view()->mapFromScene(drawn);
        drag(viewport, at, at + QPoint(60, 40));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!graph.resource(db).position);
        QCOMPARE(window.editController()->editor()->undoStack()->count(), 0);
        QCOMPARE(scene->nodeItem(db)->pos(), drawn);

        collapser->expandAll();
        window.view()->centerOn(scene->nodeItem(db)->pos());
        const QPoint home = window.view()->mapFromScene(scene->nodeItem(db)->pos());
        drag(viewport, home, home + QPoint(60, 40));
        QVERIFY(graph.resource(db).position);
        QCOMPARE(refused.count(), 1);
    }
};

QTEST_MAIN(TestGroupActions)
#include "tst_groupactions.moc"
