#include "editorsession.h"
#include "editortesting.h"
#include "editorwindowsuite.h"
#include "savetesting.h"

#include "scene/edgeitem.h"

#include "dialogs/legenddialog.h"
#include "dialogs/userguidedialog.h"
#include "docks/logdock.h"
#include "docks/timelinedock.h"
#include "docks/timelineview.h"
#include "document/documentfile.h"
#include "document/recoveryfile.h"
#include "editor/sceneeditor.h"
#include "export/diagramexporter.h"
#include "model/resourcestate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>

using namespace converge;
using namespace converge::testing;

/// What the window says about itself is true: keys do what other editors taught people, the
/// status bar and the canvas never show something stale, and Open Recent lists what opened.
class TestWindowHonesty : public EditorWindowSuite
{
    Q_OBJECT

    QString writeFile(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(text);
        return path;
    }

    QString writeGraph(const QString &name)
    {
        return writeFile(name, "graph: g\nresources:\n  noop:\n  - name: top\n  - name: bottom\n"
                               "edges:\n- name: e1\n  from:\n    kind: noop\n    name: top\n"
                               "  to:\n    kind: noop\n    name: bottom\n");
    }

    QStringList recentFiles() const
    {
        QMenu *recent = nullptr;
        for (QMenu *menu : m_window->findChildren<QMenu *>()) {
            if (menu->title() == u"Open &Recent")
                recent = menu;
        }
        QStringList files;
        for (QAction *action : recent ? recent->actions() : QList<QAction *>()) {
            if (action->isVisible() && !action->data().toString().isEmpty())
                files << action->data().toString();
        }
        return files;
    }

    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    QAction *runAction() const { return action(u"runAll"_qs); }

private slots:
    void ctrlYRedoes()
    {
        m_window->editController()->sceneEditor()->addResource(u"noop"_qs, {100, 100});
        QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(graph().resourceCount(), 0);
        QTest::keyClick(m_window->view(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(graph().resourceCount(), 1);
        // And the key most Linux editors use.
        QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(graph().resourceCount(), 0);
        QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(graph().resourceCount(), 1);
    }

    void ctrlWClosesTheGraphAndTheStatusForgetsIt()
    {
        QVERIFY(openAndWait(*m_window, writeGraph(u"two.yaml"_qs)));
        auto *note = m_window->statusBar()->findChild<QLabel *>(u"layoutNote"_qs);
        QVERIFY(note->text().startsWith(u"2 resources laid out by dot"_qs));
        QTest::keyClick(m_window->view(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(graph().resourceCount(), 0);
        QCOMPARE(m_window->document()->filePath(), QString());
        QVERIFY(m_window->windowTitle().startsWith(u"Untitled"_qs));
        QCOMPARE(note->text(), QString());
    }

    void openRecentListsWhatOpenedAndWhereItWasSaved()
    {
        const QString good = writeGraph(u"good.yaml"_qs);
        QVERIFY(openAndWait(*m_window, good));
        QCOMPARE(recentFiles(), QStringList{good});

        const QString broken = writeFile(u"broken.yaml"_qs, "graph: [unclosed\n");
        QSignalSpy failed(m_window->document(), &Document::loadFailed);
        m_window->openFile(broken);
        QVERIFY(failed.wait(10000));
        QCOMPARE(recentFiles(), QStringList{good});

        const QString copy = m_dir.filePath(u"copy.yaml"_qs);
        QVERIFY(saveAndWait(m_window->documentFile(), copy));
        QCOMPARE(recentFiles(), (QStringList{copy, good}));

        // A listed file that stopped opening leaves the list.
        QVERIFY(QFile::remove(good));
        QVERIFY(QFile::copy(broken, good));
        m_window->openFile(good);
        QVERIFY(failed.wait(10000));
        QCOMPARE(recentFiles(), QStringList{copy});
    }

    void savedIsAConfirmationNotAProblem()
    {
        m_window->editController()->sceneEditor()->addResource(u"noop"_qs, {100, 100});
        QVERIFY(saveAndWait(m_window->documentFile(), m_dir.filePath(u"saved.yaml"_qs)));
        EditController *edit = m_window->editController();
        QVERIFY(edit->lastMessage().startsWith(u"Saved "_qs));
        QCOMPARE(edit->lastMessageKind(), EditController::MessageKind::Confirmation);
        auto *toast = m_window->view()->findChild<QLabel *>(u"EditMessage"_qs);
        const QString saved = toast->styleSheet();
        answerNextBox(u"SaveFailedMessage"_qs, u"OK"_qs);
        QVERIFY(!saveAndWait(m_window->documentFile(), m_dir.filePath(u"saved.yaml/below"_qs)));
        QCOMPARE(edit->lastMessageKind(), EditController::MessageKind::Problem);
        QVERIFY(toast->styleSheet() != saved);
    }

    void emptyCanvasHintsAndRunWaitsForAResource()
    {
        auto *hint = m_window->view()->findChild<QLabel *>(u"EmptyCanvasHint"_qs);
        QVERIFY(hint && hint->isVisible());
        QCOMPARE(hint->text(), u"Drag a kind from the palette, or open an example"_qs);
        QVERIFY(!runAction()->isEnabled());
        m_window->editController()->sceneEditor()->addResource(u"noop"_qs, {100, 100});
        QVERIFY(!hint->isVisible());
        QVERIFY(runAction()->isEnabled());
        QTest::keyClick(m_window->view(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(hint->isVisible());
        QVERIFY(!runAction()->isEnabled());
    }

    void logLinesHaveTimesAndTheRunEndsWithASummary()
    {
        const QString path =
            writeFile(u"echo.yaml"_qs, "graph: g\nresources:\n  exec:\n  - name: hello\n"
                                       "    cmd: echo hi\n  - name: broken\n    cmd: \"false\"\n"
                                       "  noop:\n  - name: after\nedges:\n- name: e1\n  from:\n"
                                       "    kind: exec\n    name: broken\n  to:\n    kind: noop\n"
                                       "    name: after\n");
        QVERIFY(openAndWait(*m_window, path));
        auto *log = m_window->findChild<LogDock *>();
        log->setShowAll(true);
        QVERIFY(m_window->document()->run());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->document()->isRunning(), 10000);
        const QStringList lines = log->visibleText().split(u'\n');
        const QString time = u"\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d "_qs;
        QVERIFY2(lines.filter(QRegularExpression(u'^' + time + u"exec/hello: hi$"_qs)).size() == 1,
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(QRegularExpression(u'^' + time +
                                    u"Run finished in \\d+\\.\\d\\d s: 1 done \\(1 changed\\), "
                                    "1 failed, 1 skipped$"_qs)
                     .match(lines.last())
                     .hasMatch(),
                 qPrintable(lines.last()));
        // Whatever resource the log follows, the summary stays in sight.
        log->setShowAll(false);
        QVERIFY(log->visibleText().contains(u"Run finished in"_qs));
    }

    void timelineNamesResourcesAddedInTheEditor()
    {
        const QString key =
            m_window->editController()->sceneEditor()->addResource(u"exec"_qs, {0, 0});
        QVERIFY(m_window->document()->run());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->document()->isRunning(), 10000);
        TimelineView *timeline = m_window->findChild<TimelineDock *>()->view();
        QCOMPARE(timeline->name(findByKey(graph(), key)), key);
    }

    void helpShowsTheGuideAndTheLegend()
    {
        action(u"helpUserGuide"_qs)->trigger();
        auto *guide = m_window->findChild<UserGuideDialog *>();
        QTRY_VERIFY(guide && guide->isVisible());
        QVERIFY2(QFileInfo::exists(guide->source()), qPrintable(guide->source()));
        QVERIFY(QFile::exists(u":/docs/user-guide.md"_qs));
        guide->close();

        action(u"helpLegend"_qs)->trigger();
        auto *legend = m_window->findChild<LegendDialog *>();
        QTRY_VERIFY(legend && legend->isVisible());
        QStringList texts;
        for (QLabel *label : legend->findChildren<QLabel *>())
            texts << label->text();
        for (ResourceState state :
             {ResourceState::Pending, ResourceState::Running, ResourceState::Done,
              ResourceState::Failed, ResourceState::Skipped, ResourceState::Cancelled})
            QVERIFY2(!texts.filter(u"<b>"_qs + stateLabel(state) + u"</b>"_qs).isEmpty(),
                     qPrintable(stateLabel(state)));
        QVERIFY(!texts.filter(u"Critical path"_qs).isEmpty());
        legend->close();
    }

    /// Two commands in a chain, the first slower: a run has a critical path to show.
    QString writeChain()
    {
        return writeFile(u"two.yaml"_qs,
                         "graph: g\nresources:\n  exec:\n  - name: slow\n"
                         "    cmd: sleep 0.2\n  - name: fast\n    cmd: \"true\"\n"
                         "edges:\n- name: e1\n  from:\n    kind: exec\n    name: slow\n"
                         "  to:\n    kind: exec\n    name: fast\n");
    }

    /// Triggers File → Export Diagram, names path in its file dialog, answers the options
    /// dialog that may follow with the critical path on or off, and waits for the file.
    /// Returns whether an options dialog came, and whether it offered a scale.
    std::pair<bool, bool> exportVia(const QString &path, bool criticalPath)
    {
        bool asked = false, scale = false;
        QTimer answer;
        answer.setInterval(20);
        QObject::connect(&answer, &QTimer::timeout, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                const QString suffix = u"*."_qs + QFileInfo(path).suffix();
                for (const QString &filter : files->nameFilters()) {
                    if (filter.contains(suffix))
                        files->selectNameFilter(filter);
                }
                files->setDirectory(QFileInfo(path).path());
                // What a user types; selectFile() loses to the name filter's own suggestion.
                files->findChild<QLineEdit *>(u"fileNameEdit"_qs)
                    ->setText(QFileInfo(path).fileName());
                QMetaObject::invokeMethod(files, "accept");
            } else if (modal && modal->objectName() == u"ExportOptions") {
                asked = true;
                scale = modal->findChild<QDoubleSpinBox *>() != nullptr;
                if (auto *box = modal->findChild<QCheckBox *>(u"ExportCriticalPath"_qs))
                    box->setChecked(criticalPath);
                static_cast<QDialog *>(modal)->accept();
            }
        });
        answer.start();
        action(u"fileExport"_qs)->trigger();
        // The dialogs may run after trigger() returns: wait for the picture. Callers check the
        // file, since a helper that returns a value cannot QVERIFY.
        if (!QTest::qWaitFor([&] { return QFileInfo(path).size() > 0; }, 10000))
            qWarning("no picture written to %s", qPrintable(path));
        return {asked, scale};
    }

    void svgAsksForTheCriticalPathOnlyWhenThereIsOne()
    {
        QVERIFY(openAndWait(*m_window, writeChain()));
        QCOMPARE(exportVia(m_dir.filePath(u"before.svg"_qs), true), std::pair(false, false));
        QVERIFY(QFileInfo(m_dir.filePath(u"before.svg"_qs)).size() > 0);

        QVERIFY(m_window->document()->run());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->document()->isRunning(), 10000);
        QCOMPARE(exportVia(m_dir.filePath(u"plain.svg"_qs), false), std::pair(true, false));
        QCOMPARE(exportVia(m_dir.filePath(u"glow.svg"_qs), true), std::pair(true, false));
        QCOMPARE(exportVia(m_dir.filePath(u"glow.pdf"_qs), true), std::pair(true, false));
        QCOMPARE(exportVia(m_dir.filePath(u"glow.png"_qs), true), std::pair(true, true));
        // The glow is in the picture asked for with it, not in the other one.
        QVERIFY(QFileInfo(m_dir.filePath(u"glow.svg"_qs)).size() >
                QFileInfo(m_dir.filePath(u"plain.svg"_qs)).size());
    }

    void exportsShowTheGraphNotTheMomentsMarks()
    {
        QVERIFY(openAndWait(*m_window, writeChain()));
        QVERIFY(m_window->document()->run());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->document()->isRunning(), 10000);
        GraphScene *scene = m_window->scene();
        DiagramExporter::Options options;
        options.scale = 1;
        // What the graph and its states alone look like: nothing selected, nothing hovered,
        // no critical path.
        QList<QGraphicsItem *> marks;
        for (QGraphicsItem *item : scene->items()) {
            if (item->type() != NodeItem::Type && item->type() != EdgeItem::Type &&
                item->isVisible() && !item->parentItem()) {
                item->hide();
                marks << item;
            }
        }
        QVERIFY(!marks.isEmpty()); // the critical path is drawn after the run
        const QImage plain = DiagramExporter::renderImage(*scene, options);
        for (QGraphicsItem *item : marks)
            item->show();

        // The user selected the first node (its edge turns blue) and hovers it (handles).
        scene->selectResource(findByKey(graph(), u"exec/slow"_qs));
        QTest::mouseMove(m_window->view()->viewport(), nodePoint(*m_window, u"exec/slow"_qs));
        QVERIFY(m_window->editController()->sceneEditor()->handleNode() != InvalidId);
        QCOMPARE(DiagramExporter::renderImage(*scene, options), plain);
        // The critical path only when asked for.
        options.criticalPath = true;
        QVERIFY(DiagramExporter::renderImage(*scene, options) != plain);
        // And the window looks as it did.
        QCOMPARE(scene->selectedResources(),
                 std::vector<ResourceId>{findByKey(graph(), u"exec/slow"_qs)});
    }

    void blockedBannerCoversNoNode()
    {
        // A tall chain, fitted to the window: its first node touches the canvas's top edge.
        QByteArray text = "graph: long\nresources:\n  exec:\n  - name: n0\n"
                          "    cmd: \"sleep 30\"\n    shell: /bin/sh\n";
        QByteArray edges = "edges:\n";
        for (int i = 1; i < 8; ++i) {
            text += "  - name: n" + QByteArray::number(i) + "\n    cmd: \"true\"\n";
            edges += "- name: e" + QByteArray::number(i) +
                     "\n  from:\n    kind: exec\n"
                     "    name: n" +
                     QByteArray::number(i - 1) +
                     "\n  to:\n    kind: exec\n"
                     "    name: n" +
                     QByteArray::number(i) + "\n";
        }
        QVERIFY(openAndWait(*m_window, writeFile(u"long.yaml"_qs, text + edges)));
        QVERIFY(m_window->document()->run());
        auto *banner = m_window->view()->findChild<QLabel *>(u"EditBanner"_qs);
        QTRY_VERIFY(banner->isVisible());
        NodeItem *top = m_window->scene()->nodeItem(findByKey(graph(), u"exec/n0"_qs));
        GraphView *view = m_window->view();
        const QRect node = view->mapFromScene(top->sceneBoundingRect()).boundingRect();
        const QRect onView(view->viewport()->mapTo(view, node.topLeft()), node.size());
        QVERIFY2(!banner->geometry().intersects(onView), "the banner hides the top node");
        m_window->document()->stop();
        QTRY_VERIFY(!m_window->document()->isRunning());
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestWindowHonesty)
#include "tst_windowhonesty.moc"
