#include "editortesting.h"
#include "editorwindowsuite.h"
#include "graphtext.h"

#include "editor/commands/removeelementscommand.h"
#include "editor/commands/renameresourcecommand.h"
#include "editor/commands/setparametercommand.h"
#include "editor/sceneeditor.h"
#include "formats/yamlgraphwriter.h"
#include "scene/autoedgeoverlay.h"
#include "scene/edgeitem.h"

#include <QApplication>
#include <QTest>

using namespace converge;
using namespace converge::testing;

/// GraphEditor keeps the picture in step with the model item by item (mgmt's automatic edges
/// included, dashed), and refuses every edit while a run goes.
class TestGraphEditor : public EditorWindowSuite
{
    Q_OBJECT

    GraphEditor *editor() const { return m_window->editController()->editor(); }
    GraphScene *scene() const { return m_window->scene(); }
    QUndoStack *stack() const { return editor()->undoStack(); }

    /// columns x rows exec resources on a grid, each placed, each row chained left to right.
    void showGrid(int columns, int rows)
    {
        Graph grid;
        grid.name = u"grid"_qs;
        for (int i = 0; i < columns * rows; ++i) {
            Resource r;
            r.kind = u"exec"_qs;
            r.name = u"n%1"_qs.arg(i);
            r.params.insert(u"cmd"_qs, Value::scalar(u"true"_qs));
            r.position = QPointF(200 * (i % columns), 100 * (i / columns));
            const ResourceId id = grid.addResource(r);
            if (i % columns != 0) {
                Edge e;
                e.name = u"e%1"_qs.arg(i);
                e.from = id - 1;
                e.to = id;
                grid.addEdge(e);
            }
        }
        QVERIFY(m_window->document()->replaceGraph(std::move(grid), {}));
        editor()->reset(GraphLayout());
        QTRY_VERIFY(!scene()->isBuilding());
    }

    /// The scene rectangle an item covers, plus its edges' when it is a node.
    QRectF coverage(ResourceId id) const
    {
        QRectF rect = scene()->nodeItem(id)->sceneBoundingRect();
        for (EdgeId e : graph().outEdges(id))
            rect = rect.united(scene()->edgeItem(e)->sceneBoundingRect());
        for (EdgeId e : graph().inEdges(id))
            rect = rect.united(scene()->edgeItem(e)->sceneBoundingRect());
        return rect;
    }

    AutoEdgeOverlay *autoEdges() const
    {
        for (QGraphicsItem *item : scene()->items()) {
            if (auto *found = qgraphicsitem_cast<AutoEdgeOverlay *>(item))
                return found;
        }
        return nullptr;
    }
    int autoEdgeCount() const { return autoEdges() ? autoEdges()->arrowCount() : 0; }

    /// file/script at the top, exec/run below it running the script, noop/apart beside; the
    /// graph holds no edge, mgmt makes script -> run.
    void showScriptAndExec()
    {
        Graph g;
        g.name = u"g"_qs;
        const auto place = [&g](const QString &kind, const QString &name, QPointF position,
                                const QString &key, const QString &value) {
            Resource r;
            r.kind = kind;
            r.name = name;
            if (!key.isEmpty())
                r.params.insert(key, Value::scalar(value));
            r.position = position;
            g.addResource(r);
        };
        place(u"exec"_qs, u"run"_qs, {0, 200}, u"cmd"_qs, u"/srv/run.sh --now"_qs);
        place(u"file"_qs, u"script"_qs, {0, 0}, u"path"_qs, u"/srv/run.sh"_qs);
        place(u"noop"_qs, u"apart"_qs, {300, 0}, {}, {});
        QVERIFY(m_window->document()->replaceGraph(std::move(g), {}));
        editor()->reset(GraphLayout());
        QTRY_VERIFY(!scene()->isBuilding());
    }

private slots:
    void aDragRepaintsOnlyTheMovedNodeAndItsEdgesAndIsOneUndoStep()
    {
        showGrid(50, 40); // 2,000 resources, 1,960 edges
        QCOMPARE(scene()->nodeCount(), 2000);
        const QString key = u"exec/n1025"_qs; // mid-row, with an edge on each side
        const ResourceId id = findByKey(graph(), key);
        m_window->view()->centerOn(scene()->nodeItem(id));
        QSignalSpy changed(scene(), &QGraphicsScene::changed);
        QTest::qWait(0);
        const QPoint start = nodePoint(*m_window, key);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(viewport(), start + QPoint(10, 10));
        QVERIFY(changed.wait(5000) || !changed.isEmpty());

        // One more step of the drag: the node, its two edges, nothing else.
        const QRectF before = coverage(id);
        changed.clear();
        QTest::mouseMove(viewport(), start + QPoint(40, 30));
        QVERIFY(changed.wait(5000));
        const QRectF touched = before.united(coverage(id)).adjusted(-2, -2, 2, 2);
        for (const QVariant &rects : changed.first())
            for (const QRectF &rect : rects.value<QList<QRectF>>())
                QVERIFY2(touched.contains(rect),
                         qPrintable(u"repainted outside the moved node: "_qs +
                                    QString::number(rect.width())));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, start + QPoint(40, 30));

        // The whole drag is one step, and undo puts the node back.
        QCOMPARE(stack()->count(), 1);
        const QPointF moved = scene()->nodeItem(id)->pos();
        QVERIFY(moved != QPointF(200 * 25, 100 * 20));
        QCOMPARE(*graph().resource(id).position, moved);
        stack()->undo();
        QCOMPARE(scene()->nodeItem(id)->pos(), QPointF(200 * 25, 100 * 20));
    }

    void anEditReplacesOnlyTheItemsItConcerns()
    {
        showGrid(10, 3);
        // Tagged, so that an item deleted and another made in its place is told apart even when
        // the allocator hands out the same address.
        constexpr int Tag = 0;
        for (ResourceId id : graph().resourceIds())
            scene()->nodeItem(id)->setData(Tag, id);
        for (EdgeId id : graph().edgeIds())
            scene()->edgeItem(id)->setData(Tag, id);
        const auto original = [&](QGraphicsItem *item, std::uint32_t id) {
            return item && item->data(Tag).isValid() && item->data(Tag).toUInt() == id;
        };
        const auto untouchedSurvive = [&](std::initializer_list<ResourceId> touched) {
            for (ResourceId id : graph().resourceIds()) {
                if (std::find(touched.begin(), touched.end(), id) == touched.end() && id < 30 &&
                    !original(scene()->nodeItem(id), id))
                    return false;
            }
            for (EdgeId id : graph().edgeIds()) {
                const Edge &e = graph().edge(id);
                if (e.from < 30 && e.to < 30 &&
                    std::find(touched.begin(), touched.end(), e.from) == touched.end() &&
                    std::find(touched.begin(), touched.end(), e.to) == touched.end() &&
                    !original(scene()->edgeItem(id), id))
                    return false;
            }
            return true;
        };

        // A rename keeps even the renamed node's item, and shows the name.
        QVERIFY(editor()->push(
            new RenameResourceCommand(editor(), u"exec"_qs, u"n3"_qs, u"a-much-longer-name"_qs)));
        QVERIFY(original(scene()->nodeItem(3), 3));
        QCOMPARE(scene()->nodeItem(3)->name(), u"a-much-longer-name"_qs);
        QVERIFY(untouchedSurvive({}));

        QVERIFY(editor()->push(new SetParameterCommand(
            editor(), u"exec/n4"_qs, GraphEditor::Section::Params, u"cmd"_qs,
            Value::scalar(u"true"_qs), Value::scalar(u"make"_qs))));
        QVERIFY(untouchedSurvive({}));

        const QString added =
            m_window->editController()->sceneEditor()->addResource(u"noop"_qs, {100, 500});
        QVERIFY(scene()->nodeItem(findByKey(graph(), added)));
        QVERIFY(untouchedSurvive({}));

        // Removing n5 takes its item and its two edges' items, nothing else.
        const EdgeId in = graph().inEdges(5).front();
        const EdgeId out = graph().outEdges(5).front();
        QVERIFY(editor()->push(new RemoveElementsCommand(
            editor(), editor()->capture({5}, GraphFragment::touchingEdges(graph(), {5})))));
        QVERIFY(!scene()->nodeItem(5));
        QVERIFY(!scene()->edgeItem(in));
        QVERIFY(!scene()->edgeItem(out));
        QVERIFY(untouchedSurvive({5}));
        QCOMPARE(scene()->nodeCount(), 30);
    }

    void editingIsRefusedOnEveryPathDuringARun()
    {
        SceneEditor *sceneEditor = m_window->editController()->sceneEditor();
        const QString a = sceneEditor->addResource(u"exec"_qs, {100, 100});
        const QString b = sceneEditor->addResource(u"exec"_qs, {300, 100});
        QVERIFY(sceneEditor->connectResources(findByKey(graph(), a), findByKey(graph(), b)));
        QVERIFY(editor()->push(
            new SetParameterCommand(editor(), a, GraphEditor::Section::Params, u"cmd"_qs,
                                    *graph().resource(findByKey(graph(), a)).params.find(u"cmd"),
                                    Value::scalar(u"sleep 5"_qs))));
        QSignalSpy finished(m_window->document(), &Document::runFinished);
        QVERIFY(m_window->document()->run());
        const auto stop = qScopeGuard([&] {
            m_window->document()->stop();
            QVERIFY(finished.wait(10000));
        });
        const int index = stack()->index();
        const QByteArray saved = YamlGraphWriter::toYaml(graph());
        const auto unchanged = [&] {
            return stack()->index() == index && YamlGraphWriter::toYaml(graph()) == saved &&
                   scene()->nodeCount() == 2 && scene()->edgeCount() == 1;
        };

        // The History view moves the stack with setIndex(); undo and redo are slots.
        stack()->setIndex(0);
        QVERIFY(unchanged());
        stack()->undo();
        QVERIFY(unchanged());
        QVERIFY(
            !editor()->push(new RenameResourceCommand(editor(), u"exec"_qs, a.mid(5), u"x"_qs)));
        QVERIFY(unchanged());
        QCOMPARE(stack()->count(), 4);

        // Every primitive, as any command, paste or drop would call it.
        const GraphFragment both =
            editor()->capture({findByKey(graph(), a), findByKey(graph(), b)});
        GraphFragment copy = both;
        copy.makeInsertable(graph(), {50, 50});
        QVERIFY(!editor()->insert(copy));
        QVERIFY(!editor()->remove(both));
        QVERIFY(!editor()->rename(a, u"renamed"_qs));
        QVERIFY(!editor()->setPositions({{a, QPointF(500, 500)}}));
        QVERIFY(!editor()->setValue(a, GraphEditor::Section::Meta, u"retry"_qs,
                                    Value::scalar(u"2"_qs)));
        QVERIFY(unchanged());
        // And the model itself, whoever holds it.
        Resource r;
        r.kind = u"noop"_qs;
        r.name = u"late"_qs;
        QCOMPARE(m_window->document()->model()->addResource(r), InvalidId);
        QVERIFY(unchanged());
    }
    void anAutomaticEdgeIsDrawnButIsNoEdgeOfTheGraph()
    {
        showScriptAndExec();
        QTRY_COMPARE(autoEdgeCount(), 1);
        QCOMPARE(scene()->edgeCount(), 0);
        QVERIFY(!(autoEdges()->flags() & QGraphicsItem::ItemIsSelectable));
        QCOMPARE(autoEdges()->acceptedMouseButtons(), Qt::NoButton);
        // From the script's box down to the exec's.
        const QRectF drawn = autoEdges()->boundingRect();
        QVERIFY(drawn.top() < 100 && drawn.bottom() > 100);
        QVERIFY(drawn.right() < 150);
    }
    void automaticEdgesFollowTheParametersThatImplyThem()
    {
        showScriptAndExec();
        QTRY_COMPARE(autoEdgeCount(), 1);
        QVERIFY(editor()->setValue(u"exec/run"_qs, GraphEditor::Section::Params, u"cmd"_qs,
                                   Value::scalar(u"true"_qs)));
        QTRY_COMPARE(autoEdgeCount(), 0);
        QVERIFY(editor()->setValue(u"exec/run"_qs, GraphEditor::Section::Params, u"cmd"_qs,
                                   Value::scalar(u"/srv/run.sh"_qs)));
        QTRY_COMPARE(autoEdgeCount(), 1);
        QVERIFY(editor()->setValue(u"file/script"_qs, GraphEditor::Section::Meta, u"autoedge"_qs,
                                   Value::scalar(u"false"_qs)));
        QTRY_COMPARE(autoEdgeCount(), 0);
    }
};

QTEST_MAIN(TestGraphEditor)
#include "tst_grapheditor.moc"
