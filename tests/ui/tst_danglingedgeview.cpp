#include "editortesting.h"
#include "editorwindowsuite.h"
#include "ghostedge.h"
#include "savetesting.h"

#include "editor/danglingedgeview.h"
#include "editor/renameeditor.h"
#include "editor/sceneeditor.h"
#include "scene/danglingedgeitem.h"
#include "scene/edgeitem.h"

#include <QFile>
#include <QUndoStack>

using namespace converge;
using namespace converge::testing;

/// An edge to a missing resource, in the window: drawn to a placeholder, listed in Problems,
/// connected (and the problem gone) as soon as the resource is added or named, dangling again on
/// undo, deleted with its text, and written once by every save.
class TestDanglingEdgeView : public EditorWindowSuite
{
    Q_OBJECT

    const QByteArray m_text = GhostEdgeYaml;

    DanglingEdgeView *view() const { return m_window->editController()->editor()->danglingEdges(); }
    /// The item of the one dangling edge, once drawn; nullptr when there is none.
    DanglingEdgeItem *danglingItem() const
    {
        const std::vector<EdgeId> ids = graph().danglingEdgeIds();
        return ids.size() == 1 ? view()->item(ids.front()) : nullptr;
    }
    QStringList problems() const
    {
        QStringList messages;
        for (const Diagnostic &d : m_window->document()->diagnostics())
            messages.append(d.toString());
        return messages;
    }
    QByteArray saved(const QString &path) const
    {
        if (!saveAndWait(m_window->documentFile()))
            return {};
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void addingTheMissingResourceConnectsTheEdgeAndUndoMakesItDangleAgain()
    {
        const QString path = m_dir.filePath(u"ghost.yaml"_qs);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(m_text) == m_text.size());
        out.close();
        QVERIFY(openAndWait(*m_window, path));
        const QString problem = path + u":10:7: error: edge toGhost: no resource exec/ghost"_qs;

        // Drawn to a placeholder under its tail, marked on the tail, listed.
        QTRY_VERIFY(danglingItem());
        QCOMPARE(danglingItem()->to().missing, u"missing exec/ghost"_qs);
        QVERIFY(danglingItem()->from().missing.isEmpty());
        const NodeItem *a = m_window->scene()->nodeItem(findByKey(graph(), u"exec/a"_qs));
        QVERIFY(danglingItem()->to().box.top() > a->pos().y() + a->size().height() / 2);
        QTRY_COMPARE(problems(), QStringList{problem});
        QTRY_VERIFY(a->hasProblem());

        // A new resource named ghost from the keyboard: the edge connects, the problem goes.
        m_window->editController()->sceneEditor()->addResource(u"exec"_qs, {400, 300});
        m_window->view()->setFocus();
        QTest::keyClick(viewport(), Qt::Key_F2);
        auto *rename = viewport()->findChild<RenameEditor *>();
        QVERIFY(rename);
        QTest::keyClick(rename, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(rename, u"ghost"_qs);
        QTest::keyClick(rename, Qt::Key_Return);
        QTRY_VERIFY(findByKey(graph(), u"exec/ghost"_qs) != InvalidId);
        QCOMPARE(graph().edgeCount(), 1);
        QVERIFY(graph().danglingEdgeIds().empty());
        QVERIFY(m_window->scene()->edgeItem(graph().edgeIds().front()));
        QTRY_COMPARE(problems(), QStringList());
        QTRY_VERIFY(!danglingItem());
        QTRY_VERIFY(!a->hasProblem());

        // Undo the rename: it dangles again, and the problem is back.
        stack()->undo();
        QCOMPARE(graph().edgeCount(), 0);
        QTRY_COMPARE(problems(), QStringList{problem});
        QTRY_VERIFY(danglingItem());
        stack()->undo();
        QCOMPARE(graph().resourceCount(), 1);
        QTRY_COMPARE(problems(), QStringList{problem});
        stack()->redo();
        stack()->redo();
        QTRY_COMPARE(problems(), QStringList());

        // Saved: the edge's text is the edge, once; the comment above it stays.
        const QByteArray connected = saved(path);
        QCOMPARE(connected.count("name: toGhost"), 1);
        QVERIFY(connected.contains("# ghost is written later\n"));

        // Dangling again, it can be selected and deleted, and its text goes with it.
        stack()->undo();
        stack()->undo();
        QTRY_VERIFY(danglingItem());
        m_window->view()->ensureVisible(danglingItem());
        QTest::mouseClick(viewport(), Qt::LeftButton, {},
                          m_window->view()->mapFromScene(danglingItem()->to().box.center()));
        QVERIFY(danglingItem()->isSelected());
        QTest::keyClick(viewport(), Qt::Key_Delete);
        QVERIFY(graph().danglingEdgeIds().empty());
        QTRY_COMPARE(problems(), QStringList());
        QVERIFY(!saved(path).contains("toGhost"));
        stack()->undo();
        QTRY_COMPARE(problems().size(), 1);
    }
};

QTEST_MAIN(TestDanglingEdgeView)
#include "tst_danglingedgeview.moc"
