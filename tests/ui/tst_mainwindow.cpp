#include "docks/logdock.h"
#include "docks/problemsdock.h"
#include "document/document.h"
#include "document/runcontroller.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/nodeitem.h"
#include "window/mainwindow.h"
#include "windowtesting.h"

#include <QAction>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeWidget>

using namespace converge;
using converge::testing::openAndWait;

/// The window as a user drives it: open a file, see one item per resource and edge, run, watch
/// the colours change, stop, re-run what failed.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Exec
    {
        QString name;
        QString cmd;
    };
    /// Writes a graph of exec resources run by /bin/sh, with edges given as "from>to".
    QString writeGraph(const QString &file, const QList<Exec> &execs, const QStringList &edges)
    {
        QString yaml = u"graph: test\nresources:\n  exec:\n"_qs;
        for (const Exec &e : execs)
            yaml += u"  - name: %1\n    cmd: \"%2\"\n    shell: /bin/sh\n"_qs.arg(e.name, e.cmd);
        yaml += u"edges:\n"_qs;
        int n = 0;
        for (const QString &edge : edges) {
            const QStringList ends = edge.split(u'>');
            yaml += u"- name: e%1\n  from:\n    kind: exec\n    name: %2\n"
                    u"  to:\n    kind: exec\n    name: %3\n"_qs.arg(++n)
                        .arg(ends[0], ends[1]);
        }
        const QString path = m_dir.filePath(file);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(yaml.toUtf8());
        return path;
    }

    static NodeItem *node(MainWindow &window, const QString &name)
    {
        const ResourceId id = window.document()->graph().find(u"exec"_qs, name);
        return window.scene()->nodeItem(id);
    }

    static ResourceState stateOf(MainWindow &window, const QString &name)
    {
        NodeItem *item = node(window, name);
        return item ? item->state() : ResourceState::Cancelled;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        testing::isolateSettings(m_dir);
    }

    void openingAnExampleShowsOneItemPerResourceAndEdge()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, QStringLiteral(CONVERGE_EXAMPLES_DIR "/graph10.yaml")));
        const Graph &graph = window.document()->graph();
        QCOMPARE(graph.resourceCount(), 8);
        QCOMPARE(window.scene()->nodeCount(), 8);
        QCOMPARE(window.scene()->edgeCount(), 6);
        for (ResourceId id : graph.resourceIds())
            QVERIFY(window.scene()->nodeItem(id));
        for (EdgeId id : graph.edgeIds())
            QVERIFY(window.scene()->edgeItem(id));
        QVERIFY(window.windowTitle().contains(u"graph10.yaml"_qs));
    }

    void nodeBoxesNeverOverlap()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, QStringLiteral(CONVERGE_EXAMPLES_DIR "/graph10.yaml")));
        std::vector<QRectF> boxes;
        for (ResourceId id : window.document()->graph().resourceIds()) {
            NodeItem *item = window.scene()->nodeItem(id);
            boxes.push_back(item->mapRectToScene(item->shape().boundingRect()));
        }
        for (size_t i = 0; i < boxes.size(); ++i) {
            QVERIFY(boxes[i].width() > 0 && boxes[i].height() > 0);
            for (size_t j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes[i].intersects(boxes[j]), qPrintable(u"%1 and %2"_qs.arg(i).arg(j)));
        }
    }

    void theEngineTheUserPicksIsUsedAndLeavesTheFileUnmodified()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, QStringLiteral(CONVERGE_EXAMPLES_DIR "/graph10.yaml")));
        QAction *sfdp = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->isCheckable() && action->data().toString() == u"sfdp")
                sfdp = action;
        }
        QVERIFY(sfdp);
        QSignalSpy ready(window.document(), &Document::layoutReady);
        sfdp->trigger();
        QVERIFY(ready.wait(20000));
        QCOMPARE(ready.last().first().value<GraphLayout>().engine, u"sfdp"_qs);
        // Named, so used as named whatever the graph's size.
        QVERIFY(!window.document()->layoutOptions().automaticEngine);
        // The file has no positions: Save would write the same bytes.
        QVERIFY(!window.isWindowModified());
    }

    void layoutNeverRunsOnTheGuiThread()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, QStringLiteral(CONVERGE_EXAMPLES_DIR "/graph4.yaml")));
        QVERIFY(window.document()->lastLayoutThread() != nullptr);
        QVERIFY(window.document()->lastLayoutThread() != QThread::currentThreadId());
    }

    void runShowsPendingRunningDone()
    {
        MainWindow window;
        const QString path =
            writeGraph(u"chain.yaml"_qs, {{u"a"_qs, u"sleep 0.4"_qs}, {u"b"_qs, u"sleep 0.4"_qs}},
                       {u"a>b"_qs});
        QVERIFY(openAndWait(window, path));
        QCOMPARE(stateOf(window, u"a"_qs), ResourceState::Pending);
        QCOMPARE(stateOf(window, u"b"_qs), ResourceState::Pending);
        QVERIFY(window.document()->runs()->run());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, u"a"_qs), ResourceState::Running, 5000);
        QCOMPARE(stateOf(window, u"b"_qs), ResourceState::Pending);
        QVERIFY(window.windowTitle().contains(u"running"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, u"b"_qs), ResourceState::Running, 5000);
        QCOMPARE(stateOf(window, u"a"_qs), ResourceState::Done);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, u"b"_qs), ResourceState::Done, 5000);
        QTRY_VERIFY(!window.document()->isRunning());
        QVERIFY(window.windowTitle().contains(u"converged"_qs));
    }

    void theLogSaysWhoRefreshedAResource()
    {
        MainWindow window;
        const QString path = m_dir.filePath(u"notify.yaml"_qs);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("graph: test\nresources:\n  exec:\n  - name: a\n    cmd: \"true\"\n"
                  "  noop:\n  - name: n\nedges:\n- name: e1\n"
                  "  from: {kind: exec, name: a}\n  to: {kind: noop, name: n}\n  notify: true\n");
        out.close();
        QVERIFY(openAndWait(window, path));
        auto *log = window.findChild<LogDock *>();
        QVERIFY(log);
        log->setShowAll(true);
        QVERIFY(window.document()->runs()->run());
        QTRY_VERIFY(!window.document()->isRunning());
        // Each line after its time; the run's summary closes the log.
        auto untimed = [log] {
            return log->visibleText().remove(QRegularExpression(
                u"^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d "_qs, QRegularExpression::MultilineOption));
        };
        QTRY_VERIFY2(untimed().startsWith(u"noop/n: received a refresh from exec/a\n"
                                          "noop/n: received a notification\nRun finished in "_qs),
                     qPrintable(untimed()));
    }

    void statusMessageNeverSharesTheBarWithTheLayoutNote()
    {
        MainWindow window;
        window.show();
        const QString path = writeGraph(u"one.yaml"_qs, {{u"a"_qs, u"true"_qs}}, {});
        QVERIFY(openAndWait(window, path));
        auto *note = window.statusBar()->findChild<QLabel *>(u"layoutNote"_qs);
        QVERIFY(note);
        QVERIFY(note->isVisible());
        window.statusBar()->showMessage(u"a status tip"_qs);
        QVERIFY(window.document()->runs()->run());
        QTRY_VERIFY(!window.document()->isRunning());
        QVERIFY(!note->isVisible());
        window.statusBar()->clearMessage();
        QVERIFY(note->isVisible());
    }

    void failureSkipsExactlyItsDescendants()
    {
        MainWindow window;
        const QString path = writeGraph(
            u"fail.yaml"_qs,
            {{u"bad"_qs, u"exit 3"_qs},
             {u"child"_qs, u"true"_qs},
             {u"grandchild"_qs, u"true"_qs},
             {u"sibling"_qs, u"true"_qs},
             {u"root"_qs, u"true"_qs}},
            {u"root>bad"_qs, u"root>sibling"_qs, u"bad>child"_qs, u"child>grandchild"_qs});
        QVERIFY(openAndWait(window, path));
        QSignalSpy finished(window.document()->runs(), &RunController::runFinished);
        QVERIFY(window.document()->runs()->run());
        QVERIFY(finished.wait(10000));
        QCOMPARE(stateOf(window, u"root"_qs), ResourceState::Done);
        QCOMPARE(stateOf(window, u"bad"_qs), ResourceState::Failed);
        QCOMPARE(stateOf(window, u"child"_qs), ResourceState::Skipped);
        QCOMPARE(stateOf(window, u"grandchild"_qs), ResourceState::Skipped);
        QCOMPARE(stateOf(window, u"sibling"_qs), ResourceState::Done);
        QVERIFY(window.windowTitle().contains(u"failed"_qs));
    }

    void stopCancelsTheRun()
    {
        MainWindow window;
        const QString path =
            writeGraph(u"long.yaml"_qs, {{u"long"_qs, u"sleep 30"_qs}, {u"after"_qs, u"true"_qs}},
                       {u"long>after"_qs});
        QVERIFY(openAndWait(window, path));
        QSignalSpy finished(window.document()->runs(), &RunController::runFinished);
        QVERIFY(window.document()->runs()->run());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window, u"long"_qs), ResourceState::Running, 5000);
        window.document()->stop();
        // A third of the command's 30 s: the run ends because its command was stopped.
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().value<RunSummary>().interrupted);
        QVERIFY(stateOf(window, u"long"_qs) != ResourceState::Done);
        QCOMPARE(stateOf(window, u"after"_qs), ResourceState::Cancelled);
        QVERIFY(window.windowTitle().contains(u"stopped"_qs));
    }

    void rerunFailedRunsOnlyFailedAndSkipped()
    {
        MainWindow window;
        const QString flag = m_dir.filePath(u"flag"_qs);
        const QString path = writeGraph(u"rerun.yaml"_qs,
                                        {{u"ok"_qs, u"true"_qs},
                                         {u"flaky"_qs, u"test -e %1"_qs.arg(flag)},
                                         {u"after"_qs, u"true"_qs}},
                                        {u"ok>flaky"_qs, u"flaky>after"_qs});
        QVERIFY(openAndWait(window, path));
        RunController *document = window.document()->runs();
        QSignalSpy finished(document, &RunController::runFinished);
        QVERIFY(document->run());
        QVERIFY(finished.wait(10000));
        QCOMPARE(stateOf(window, u"flaky"_qs), ResourceState::Failed);
        QCOMPARE(stateOf(window, u"after"_qs), ResourceState::Skipped);
        QVERIFY(document->hasFailures());

        QFile(flag).open(QIODevice::WriteOnly);
        QSignalSpy started(document, &RunController::runStarted);
        QVERIFY(document->rerunFailed());
        QVERIFY(started.wait(5000));
        const Graph &graph = window.document()->graph();
        QVERIFY(!document->engine().inRun(graph.find(u"exec"_qs, u"ok"_qs)));
        QVERIFY(document->engine().inRun(graph.find(u"exec"_qs, u"flaky"_qs)));
        QVERIFY(document->engine().inRun(graph.find(u"exec"_qs, u"after"_qs)));
        // Two `true` commands can finish while started.wait() still spins the event loop.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(finished.last().first().value<RunSummary>().done, 2);
        QCOMPARE(stateOf(window, u"ok"_qs), ResourceState::Done);
        QCOMPARE(stateOf(window, u"flaky"_qs), ResourceState::Done);
        QCOMPARE(stateOf(window, u"after"_qs), ResourceState::Done);
        QVERIFY(!document->hasFailures());
    }

    void unsupportedKindsExplainWhyTheRunCannotStart()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, QStringLiteral(CONVERGE_EXAMPLES_DIR "/pkg1.yaml")));
        bool cannotRunLook = false;
        for (ResourceId id : window.document()->graph().resourceIds())
            cannotRunLook |= !window.scene()->nodeItem(id)->isRunnable();
        QVERIFY(cannotRunLook);
        QSignalSpy refused(window.document()->runs(), &RunController::runRefused);
        QVERIFY(window.document()->runs()->run());
        QVERIFY(refused.wait(5000));
        QVERIFY(!window.document()->isRunning());
        auto *box = window.findChild<QMessageBox *>(u"CannotRunMessage"_qs);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->detailedText().contains(u"pkg/"_qs));
        QVERIFY(window.findChild<ProblemsDock *>()->count() > 0);
        box->close();
    }

    void problemsListWhatARunWouldRefuseAsSoonAsTheFileOpens()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, QStringLiteral(CONVERGE_EXAMPLES_DIR "/pkg1.yaml")));
        QStringList shown;
        auto *tree = window.findChild<ProblemsDock *>()->findChild<QTreeWidget *>();
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            shown.append(tree->topLevelItem(i)->text(0));
        QCOMPARE(shown, (QStringList{u"kind pkg is not supported: its resources load but will "
                                     "not run"_qs,
                                     u"pkg/powertop: unsupported resource kind pkg: only exec, "
                                     "file, noop and timer can run"_qs}));
    }

    void noTwoActionsShareAShortcut()
    {
        // A shortcut bound twice fires neither: Qt reports it as ambiguous and does nothing.
        MainWindow window;
        QHash<QKeySequence, QString> owner;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString other = owner.value(key);
                QVERIFY2(
                    other.isEmpty() || other == action->text(),
                    qPrintable(key.toString() + u": "_qs + other + u" and "_qs + action->text()));
                owner.insert(key, action->text());
            }
        }
        QVERIFY(owner.size() > 10);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
