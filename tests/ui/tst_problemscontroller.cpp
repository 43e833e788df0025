#include "editortesting.h"
#include "editorwindowsuite.h"
#include "savetesting.h"

#include "docks/detailsdock.h"
#include "docks/problemsdock.h"
#include "docks/sourcedock.h"
#include "docks/sourceview.h"
#include "document/runcontroller.h"
#include "document/sourcepreview.h"
#include "editor/parameterfield.h"
#include "editor/propertyeditor.h"
#include "editor/sceneeditor.h"
#include "scene/edgeitem.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QTextBlock>
#include <QTreeWidget>

using namespace converge;
using namespace converge::testing;

/// A graph with errors opens with everything that could be read, its errors marked on the
/// picture and in the Source pane, and each problem leads to its element and line; a value the
/// property editor refuses stays the user's text, marked, blocks runs and clears when fixed.
class TestProblemsController : public EditorWindowSuite
{
    Q_OBJECT

    NodeItem *node(const QString &key) const
    {
        return m_window->scene()->nodeItem(findByKey(graph(), key));
    }
    ProblemsDock *problems() const { return m_window->findChild<ProblemsDock *>(); }
    SourceDock *source() const { return m_window->findChild<SourceDock *>(); }

    QString write(const QString &name, const QByteArray &yaml)
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(yaml) != yaml.size())
            return {};
        return path;
    }

    /// Writes yaml to the file name and opens it in the window; its path, empty on failure.
    QString open(const QString &name, const QByteArray &yaml)
    {
        const QString path = write(name, yaml);
        return !path.isEmpty() && openAndWait(*m_window, path) ? path : QString();
    }

    /// Double-clicks the row of the problem whose message contains text; its diagnostic.
    Diagnostic doubleClickProblem(const QString &text)
    {
        QTreeWidget *tree = problems()->tree();
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = tree->topLevelItem(i);
            if (!item->text(0).contains(text))
                continue;
            tree->scrollToItem(item);
            const QPoint at = tree->visualItemRect(item).center();
            QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
            return problems()->diagnostics().at(i);
        }
        return {};
    }

    /// Double-clicks the problem whose message contains text and checks that it selects the
    /// resource key and shows line, which reads lineText, in the Source pane.
    void problemLeadsTo(const QString &text, const QString &key, int line, const QString &lineText)
    {
        problems()->show();
        problems()->raise();
        QTRY_VERIFY(problems()->tree()->isVisible());
        QCOMPARE(doubleClickProblem(text).location.line, line);
        QCOMPARE(m_window->scene()->selectedResources(),
                 std::vector<ResourceId>{findByKey(graph(), key)});
        QTRY_VERIFY(source()->view()->isVisible());
        QCOMPARE(source()->view()->currentLine(), line);
        QTRY_COMPARE(source()->view()->textCursor().block().text(), lineText);
    }

    QStringList problemResources() const
    {
        QStringList keys;
        for (const Diagnostic &d : m_window->document()->diagnostics()) {
            if (d.isError())
                keys << d.resource;
        }
        return keys;
    }

private slots:
    void aBrokenGraphOpensMarkedAndEachProblemLeadsToItsElementAndLine()
    {
        const QString path = write(u"broken.yaml"_qs, "graph: broken\n"
                                                      "resources:\n"
                                                      "  exec:\n"
                                                      "  - name: a\n"
                                                      "    cmd: \"true\"\n"
                                                      "    shell: /bin/sh\n"
                                                      "  - name: b\n"
                                                      "    cmd: \"true\"\n"
                                                      "    shell: /bin/sh\n"
                                                      "    meta:\n"
                                                      "      retry: many\n"
                                                      "  - name: c\n"
                                                      "    cmd: \"true\"\n"
                                                      "    shell: /bin/sh\n"
                                                      "edges:\n"
                                                      "- name: toGhost\n"
                                                      "  from:\n"
                                                      "    kind: exec\n"
                                                      "    name: a\n"
                                                      "  to:\n"
                                                      "    kind: exec\n"
                                                      "    name: ghost\n"
                                                      "- name: ac\n"
                                                      "  from:\n"
                                                      "    kind: exec\n"
                                                      "    name: a\n"
                                                      "  to:\n"
                                                      "    kind: exec\n"
                                                      "    name: c\n");
        QVERIFY(!path.isEmpty());
        QVERIFY(openAndWait(*m_window, path));
        // Everything that could be read is there: three resources, the one good edge.
        QCOMPARE(graph().resourceCount(), 3);
        QCOMPARE(graph().edgeCount(), 1);
        QCOMPARE(m_window->scene()->nodeCount(), 3);
        QVERIFY(m_window->windowTitle().contains(u"broken.yaml"_qs));
        // Both errors are marked on the nodes they concern; the good node is not.
        QTRY_VERIFY(node(u"exec/a"_qs)->hasProblem());
        QVERIFY(node(u"exec/b"_qs)->hasProblem());
        QVERIFY(!node(u"exec/c"_qs)->hasProblem());
        QTRY_COMPARE(source()->view()->errorLines(), (std::vector<int>{11, 21}));

        // Each problem selects its element and shows its line in the Source pane.
        problemLeadsTo(u"no resource exec/ghost"_qs, u"exec/a"_qs, 21, u"    kind: exec"_qs);
        problemLeadsTo(u"meta retry"_qs, u"exec/b"_qs, 11, u"      retry: many"_qs);

        // The file is not what a run would take: refused, with the reasons.
        QSignalSpy refused(m_window->document()->runs(), &RunController::runRefused);
        QVERIFY(m_window->document()->run());
        QVERIFY(refused.wait(5000));
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(u"CannotRunMessage"_qs));
        m_window->findChild<QMessageBox *>(u"CannotRunMessage"_qs)->close();
    }

    void aSaveThatShiftsLinesMovesProblemsAndDetailsToTheNewLines()
    {
        const QString path = open(u"shifted.yaml"_qs, "graph: shifted\nresources:\n"
                                                      "  noop:\n  - name: n1\n"
                                                      "  exec:\n  - name: a\n"
                                                      "    cmd: \"true\"\n    shell: /bin/sh\n"
                                                      "    meta:\n      retry: many\n");
        QVERIFY(!path.isEmpty());
        QTRY_COMPARE(source()->view()->errorLines(), std::vector<int>{10});
        problemLeadsTo(u"meta retry"_qs, u"exec/a"_qs, 10, u"      retry: many"_qs);
        if (QTest::currentTestFailed())
            return;
        auto *details = m_window->findChild<DetailsDock *>();
        QCOMPARE(details->value(u"Resource/Line"_qs), u"6"_qs);

        // A new noop goes after n1: every line of exec/a moves down.
        m_window->editController()->sceneEditor()->addResource(u"noop"_qs, {0, 0});
        QVERIFY(saveAndWait(m_window->documentFile()));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = saved.readAll().split('\n');
        const int retryLine = int(lines.indexOf("      retry: many")) + 1;
        const int nameLine = int(lines.indexOf("  - name: a")) + 1;
        QCOMPARE_GT(retryLine, 10);
        QCOMPARE(nameLine, retryLine - 4);

        // The problem, its mark in the Source pane, its jump and Details name the new lines.
        QTRY_COMPARE(source()->view()->errorLines(), std::vector<int>{retryLine});
        problemLeadsTo(u"meta retry"_qs, u"exec/a"_qs, retryLine, u"      retry: many"_qs);
        QTRY_COMPARE(details->value(u"Resource/Line"_qs), QString::number(nameLine));
        QVERIFY(node(u"exec/a"_qs)->hasProblem());
    }

    void aFileThatIsNotYamlStillFailsToOpenAndSaysWhere()
    {
        const QString good = write(u"first.yaml"_qs, "graph: first\n"
                                                     "resources:\n"
                                                     "  noop:\n"
                                                     "  - name: kept\n");
        QVERIFY(openAndWait(*m_window, good));
        const QString bad = write(u"bad.yaml"_qs, "graph: bad\nresources: [unclosed\n");
        QSignalSpy failed(m_window->document(), &Document::loadFailed);
        m_window->openFile(bad);
        QVERIFY(failed.wait(5000));
        const auto diagnostics = failed.first().first().value<Diagnostics>();
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY(diagnostics[0].toString().startsWith(bad + u":3:1: error: "_qs));
        // The graph on screen stays the one that opened.
        QVERIFY(findByKey(graph(), u"noop/kept"_qs) != InvalidId);
        QCOMPARE(m_window->document()->filePath(), good);
        QTRY_COMPARE(problems()->count(), 1);
        // Refreshing the open graph's problems (an edit, a new Source text) keeps it listed.
        QSignalSpy refreshed(m_window->findChild<SourcePreview *>(), &SourcePreview::ready);
        m_window->editController()->sceneEditor()->addResource(u"noop"_qs, {0, 0});
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(problems()->count(), 1);
        QVERIFY(problems()->diagnostics().at(0).toString().startsWith(bad + u":3:1: error: "_qs));
    }

    void aCycleMarksTheEdgeThatClosesIt()
    {
        const QString path = write(u"cycle.yaml"_qs, "graph: cycle\n"
                                                     "resources:\n"
                                                     "  noop:\n"
                                                     "  - name: x\n"
                                                     "  - name: y\n"
                                                     "edges:\n"
                                                     "- name: xy\n"
                                                     "  from:\n"
                                                     "    kind: noop\n"
                                                     "    name: x\n"
                                                     "  to:\n"
                                                     "    kind: noop\n"
                                                     "    name: y\n"
                                                     "- name: yx\n"
                                                     "  from:\n"
                                                     "    kind: noop\n"
                                                     "    name: y\n"
                                                     "  to:\n"
                                                     "    kind: noop\n"
                                                     "    name: x\n");
        QVERIFY(openAndWait(*m_window, path));
        QCOMPARE(graph().edgeCount(), 2);
        const std::vector<EdgeId> edges = graph().edgeIds();
        QTRY_VERIFY(m_window->scene()->edgeItem(edges[1])->hasProblem());
        QVERIFY(!m_window->scene()->edgeItem(edges[0])->hasProblem());
    }

    void anInvalidValueStaysTextMarkedBlocksRunAndClearsWhenFixed()
    {
        const QString path = write(u"good.yaml"_qs, "graph: good\n"
                                                    "resources:\n"
                                                    "  noop:\n"
                                                    "  - name: n1\n"
                                                    "  - name: n2\n");
        QVERIFY(openAndWait(*m_window, path));
        QTRY_COMPARE(problems()->count(), 0);
        QUndoStack *stack = m_window->editController()->editor()->undoStack();
        const int steps = stack->count();

        QTest::mouseClick(m_window->view()->viewport(), Qt::LeftButton, {},
                          nodePoint(*m_window, u"noop/n1"_qs));
        PropertyEditor *properties = m_window->editController()->propertyEditor();
        const ResourceId n1 = findByKey(graph(), u"noop/n1"_qs);
        QTRY_COMPARE(properties->resource(), n1);
        auto *retry = qobject_cast<QLineEdit *>(
            properties->field(GraphEditor::Section::Meta, u"retry"_qs)->focusWidget());
        QVERIFY(retry);
        retry->setFocus();
        QTest::keyClicks(retry, u"many"_qs);
        QTest::keyClick(retry, Qt::Key_Return);

        // Kept as typed and marked, never in the model nor in the undo history.
        QCOMPARE(retry->text(), u"many"_qs);
        QVERIFY(!properties->field(GraphEditor::Section::Meta, u"retry"_qs)->problem().isEmpty());
        QVERIFY(!graph().resource(n1).meta.find(u"retry"));
        QCOMPARE(stack->count(), steps);
        QTRY_VERIFY(node(u"noop/n1"_qs)->hasProblem());
        QVERIFY(!node(u"noop/n2"_qs)->hasProblem());
        QCOMPARE(problemResources(), QStringList{u"noop/n1"_qs});
        QCOMPARE(problems()->count(), 1);

        // Run says why not.
        QSignalSpy refused(m_window->document()->runs(), &RunController::runRefused);
        QVERIFY(m_window->document()->run());
        QVERIFY(refused.wait(5000));
        const auto reasons = refused.last().first().value<Diagnostics>();
        QCOMPARE(reasons.size(), 1);
        QVERIFY(reasons.first().message.contains(u"retry"_qs));
        QTRY_VERIFY(m_window->findChild<QMessageBox *>(u"CannotRunMessage"_qs));
        m_window->findChild<QMessageBox *>(u"CannotRunMessage"_qs)->close();

        // Fixed: the value goes in, and every mark goes at once.
        QTRY_VERIFY(!m_window->document()->isRunning());
        QTRY_VERIFY(
            properties->field(GraphEditor::Section::Meta, u"retry"_qs)->editor()->isEnabled());
        retry = qobject_cast<QLineEdit *>(
            properties->field(GraphEditor::Section::Meta, u"retry"_qs)->focusWidget());
        retry->setFocus();
        QTest::keyClick(retry, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(retry, u"3"_qs);
        QCOMPARE(retry->text(), u"3"_qs);
        QTest::keyClick(retry, Qt::Key_Return);
        QVERIFY(graph().resource(n1).meta.find(u"retry"));
        QCOMPARE(*graph().resource(n1).meta.find(u"retry")->toInt(), 3);
        QCOMPARE(stack->count(), steps + 1);
        QTRY_COMPARE(problems()->count(), 0);
        QTRY_VERIFY(!node(u"noop/n1"_qs)->hasProblem());
        QTRY_VERIFY(
            properties->field(GraphEditor::Section::Meta, u"retry"_qs)->problem().isEmpty());
    }
};

QTEST_MAIN(TestProblemsController)
#include "tst_problemscontroller.moc"
