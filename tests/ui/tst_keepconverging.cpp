#include "docks/detailsdock.h"
#include "docks/logdock.h"
#include "document/document.h"
#include "document/runcontroller.h"
#include "editor/commands/renameresourcecommand.h"
#include "editor/editcontroller.h"
#include "editor/grapheditor.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"
#include "window/mainwindow.h"
#include "window/resourcetooltip.h"
#include "window/runstatuswidget.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <cerrno>
#include <csignal>
#include <memory>
#include <unistd.h>

using namespace converge;
using converge::testing::openAndWait;

/// Run -> Keep Converging as a user sees it: the graph stays watched after the first pass, a
/// file edited behind the window's back is repaired and counted, and Stop leaves no process.
class TestKeepConverging : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        out.write(content);
        return path;
    }

    QByteArray read(const QString &name) const
    {
        QFile in(m_dir.filePath(name));
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    }

    /// Turns Keep Converging on with its toolbar button and starts a Run with Ctrl+R.
    static void keepConvergingAndRun(MainWindow &window)
    {
        auto *toggle = window.findChild<QAction *>(u"KeepConvergingAction"_qs);
        QVERIFY(toggle);
        QToolButton *button = nullptr;
        for (QToolBar *bar : window.findChildren<QToolBar *>()) {
            if (auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(toggle)))
                button = b;
        }
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(toggle->isChecked());
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(window.document()->isRunning());
    }

    static void stopWithTheKeyboard(MainWindow &window)
    {
        QTest::keyClick(&window, Qt::Key_F5, Qt::ShiftModifier);
    }

    /// Opens a graph whose exec has a watchcmd, keeps converging, and returns the watchcmd's
    /// process group once the watch runs (0 on failure).
    pid_t watchWithAWatchcmd(MainWindow &window)
    {
        const QString path = write(
            u"watchcmd.yaml"_qs,
            u"graph: g\nresources:\n  exec:\n  - name: e\n    cmd: \"true\"\n    shell: /bin/sh\n"
            u"    watchcmd: \"echo $$ > %1; while :; do sleep 1; done\"\n"
            u"    watchshell: /bin/sh\n"_qs.arg(m_dir.filePath(u"pid"_qs))
                .toUtf8());
        QFile::remove(m_dir.filePath(u"pid"_qs));
        if (!openAndWait(window, path))
            return 0;
        keepConvergingAndRun(window);
        // The watch starts before the first pass, so wait for both: the pass over, the pid out.
        if (!QTest::qWaitFor([&] { return window.document()->runs()->isWatching(); }, 10000) ||
            !QTest::qWaitFor([&] { return read(u"pid"_qs).endsWith('\n'); }, 10000))
            return 0;
        const pid_t watcher = pid_t(read(u"pid"_qs).trimmed().toInt());
        // The watchcmd leads its own process group.
        return watcher > 0 && ::getpgid(watcher) == watcher ? watcher : 0;
    }

    /// Keeps converging a graph whose exec, after the first pass, runs a check with a command
    /// that ignores SIGTERM, so only SIGKILL after the cancel grace (2 s) ends it. Returns its
    /// /proc entry once it runs (empty on failure).
    QString watchACheckThatIgnoresSigterm(MainWindow &window)
    {
        const QString pid = m_dir.filePath(u"sleeper"_qs);
        QFile::remove(pid);
        QFile::remove(m_dir.filePath(u"ran"_qs));
        // The first pass only marks that it ran; the watchcmd's line then starts the check.
        const QString path =
            write(u"grace.yaml"_qs,
                  u"graph: g\nresources:\n  exec:\n  - name: e\n    shell: /bin/sh\n"
                  u"    cmd: \"cd %1; if [ -e ran ]; then trap '' TERM; echo $$ > sleeper.new; "
                  u"mv sleeper.new sleeper; exec sleep 30; else touch ran; fi\"\n"
                  u"    watchcmd: \"echo go; while :; do sleep 1; done\"\n"
                  u"    watchshell: /bin/sh\n"_qs.arg(m_dir.path())
                      .toUtf8());
        if (!openAndWait(window, path))
            return {};
        keepConvergingAndRun(window);
        if (!QTest::qWaitFor([&] { return QFile::exists(pid); }, 10000))
            return {};
        const QString proc = u"/proc/"_qs + QString::fromUtf8(read(u"sleeper"_qs).trimmed());
        return QFile::exists(proc) ? proc : QString();
    }

    /// An exec that adds a line to the file `count` in the test's folder each time it runs.
    QString counting(const QString &name, const QString &count, const QString &meta = {}) const
    {
        return u"  - name: %1\n    shell: /bin/sh\n    cmd: \"echo x >> %2/%3\"\n%4"_qs.arg(
            name, m_dir.path(), count, meta);
    }

    /// How many times the exec writing `count` ran.
    int runsOf(const QString &count) const { return int(read(count).count('\n')); }

    QString logText(MainWindow &window) const
    {
        return window.findChild<LogDock *>()->findChild<QPlainTextEdit *>()->toPlainText();
    }

    /// Opens name holding `resources` (exec entries) and keeps converging it; false on failure.
    bool watchExecs(MainWindow &window, const QString &name, const QString &resources)
    {
        const QString path =
            write(name, (u"graph: g\nresources:\n  exec:\n"_qs + resources).toUtf8());
        if (!openAndWait(window, path))
            return false;
        keepConvergingAndRun(window);
        return QTest::qWaitFor([&] { return window.document()->runs()->isWatching(); }, 10000);
    }

    /// The longest the event loop went without running a 10 ms timer, from construction on.
    class EventLoopGaps
    {
    public:
        EventLoopGaps()
        {
            m_total.start();
            m_sinceTick.start();
            QObject::connect(&m_tick, &QTimer::timeout,
                             [this] { m_longest = std::max(m_longest, m_sinceTick.restart()); });
            m_tick.start(10);
        }
        qint64 longestMs() const { return std::max(m_longest, m_sinceTick.elapsed()); }
        qint64 elapsedMs() const { return m_total.elapsed(); }

    private:
        QTimer m_tick;
        QElapsedTimer m_total;
        QElapsedTimer m_sinceTick;
        qint64 m_longest = 0;
    };

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        testing::isolateSettings(m_dir);
    }

    void aDriftedFileIsRepairedCountedAndShown()
    {
        MainWindow window;
        window.show();
        // Right from the start: the first pass changes nothing, so the only repair to count is
        // the one of the drift below.
        const QString managed = write(u"managed"_qs, "right\n");
        const QString path =
            write(u"file.yaml"_qs, u"graph: g\nresources:\n  file:\n  - name: %1\n"
                                   u"    content: \"right\\n\"\n    state: exists\n"_qs.arg(managed)
                                       .toUtf8());
        QVERIFY(openAndWait(window, path));
        const ResourceId id = window.document()->graph().find(u"file"_qs, managed);
        NodeItem *node = window.scene()->nodeItem(id);
        QVERIFY(node);
        keepConvergingAndRun(window);
        RunController *runs = window.document()->runs();
        QTRY_VERIFY_WITH_TIMEOUT(runs->isWatching(), 10000);
        QCOMPARE(node->state(), ResourceState::Done);
        QVERIFY(node->showsWatching());
        QCOMPARE(read(u"managed"_qs), QByteArray("right\n"));
        QVERIFY(window.document()->isRunning()); // editing stays blocked while watching
        auto *status = window.findChild<RunStatusWidget *>();
        QVERIFY(status);
        QTRY_VERIFY_WITH_TIMEOUT(status->watchText().startsWith(u"converged for"_qs), 5000);

        write(u"managed"_qs, "drifted\n");
        QTRY_COMPARE_WITH_TIMEOUT(runs->watch().repairs(id), 1, 10000);
        QCOMPARE(runs->watch().lastCause(id), u"content changed"_qs);
        QCOMPARE(read(u"managed"_qs), QByteArray("right\n"));
        QTRY_VERIFY_WITH_TIMEOUT(node->showsWatching(), 5000);
        QVERIFY(resourceToolTip(*window.document(), id).contains(u"Repaired 1 time(s)"_qs));
        QVERIFY(resourceToolTip(*window.document(), id).contains(u"content changed"_qs));
        window.scene()->selectResource(id);
        auto *details = window.findChild<DetailsDock *>();
        QVERIFY(details);
        QTRY_COMPARE(details->value(u"Keep converging/Repairs"_qs), u"1"_qs);
        QCOMPARE(details->value(u"Keep converging/Last cause"_qs), u"content changed"_qs);
        // Each check after the first pass is a bar of its own, and the log says what drifted,
        // when.
        QVERIFY(runs->timeline().rows().at(id).tries.size() >= 2);
        const QString log =
            window.findChild<LogDock *>()->findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(log.contains(QRegularExpression(
                     u"^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} file/\\S+: drift: content changed$"_qs,
                     QRegularExpression::MultilineOption)),
                 qPrintable(log));

        stopWithTheKeyboard(window);
        // A check the watch started just before may still be ending: stopping waits for it.
        QTRY_VERIFY(!window.document()->isRunning());
        QVERIFY(!node->showsWatching());
        QCOMPARE(status->watchText(), QString());
    }

    void stopEndsEveryWatchcmdProcessGroup()
    {
        MainWindow window;
        window.show();
        const pid_t watcher = watchWithAWatchcmd(window);
        QVERIFY(watcher > 0);
        QVERIFY(window.document()->runs()->isWatching());
        stopWithTheKeyboard(window);
        QTRY_VERIFY(!window.document()->isRunning()); // a check may be ending, as above
        QTRY_VERIFY_WITH_TIMEOUT(::kill(-watcher, 0) == -1 && errno == ESRCH, 5000);
    }

    void stopKeepsTheWindowAnsweringWhileACheckTakesItsGrace()
    {
        MainWindow window;
        window.show();
        const QString proc = watchACheckThatIgnoresSigterm(window);
        QVERIFY(!proc.isEmpty());
        RunController *runs = window.document()->runs();
        QVERIFY(runs->isWatching());

        EventLoopGaps gaps;
        stopWithTheKeyboard(window);
        QVERIFY(runs->isStopping());
        QVERIFY2(window.windowTitle().contains(u"stopping"_qs), qPrintable(window.windowTitle()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isRunning(), 10000);
        // The command took its grace to die, and the window answered all along.
        QVERIFY2(gaps.elapsedMs() >= 1500, qPrintable(QString::number(gaps.elapsedMs())));
        QVERIFY2(gaps.longestMs() < 100, qPrintable(QString::number(gaps.longestMs())));
        QVERIFY2(!QFile::exists(proc), qPrintable(proc)); // killed and reaped
        QVERIFY2(window.windowTitle().contains(u"stopped"_qs), qPrintable(window.windowTitle()));
        QVERIFY(!runs->isStopping());
    }

    void quittingWaitsForTheProcessesWithoutFreezing()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        const QString proc = watchACheckThatIgnoresSigterm(*window);
        QVERIFY(!proc.isEmpty());
        // Quitting asks whether to stop the run; the answer is Close.
        QTimer answer;
        connect(&answer, &QTimer::timeout, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Close)->click();
        });
        answer.start(10);
        EventLoopGaps gaps;
        QVERIFY(!window->close()); // not yet: the check's command is still going
        answer.stop();
        QVERIFY(window->isVisible());
        QVERIFY(!window->isEnabled());
        QVERIFY2(window->windowTitle().contains(u"stopping"_qs), qPrintable(window->windowTitle()));
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 10000);
        QVERIFY2(gaps.elapsedMs() >= 1500, qPrintable(QString::number(gaps.elapsedMs())));
        QVERIFY2(gaps.longestMs() < 100, qPrintable(QString::number(gaps.longestMs())));
        QVERIFY2(!QFile::exists(proc), qPrintable(proc));
    }

    void aGraphFileChangedOnDiskIsTakenOnWithoutReapplyingWhatStayed()
    {
        MainWindow window;
        window.show();
        QFile::remove(m_dir.filePath(u"kept.count"_qs));
        QFile::remove(m_dir.filePath(u"added.count"_qs));
        QVERIFY(watchExecs(window, u"follow.yaml"_qs, counting(u"kept"_qs, u"kept.count"_qs)));
        RunController *runs = window.document()->runs();
        QCOMPARE(runsOf(u"kept.count"_qs), 1);
        const ResourceId keptBefore = window.document()->graph().find(u"exec"_qs, u"kept"_qs);

        // Another program writes a new version: a resource comes first, the kept one moves.
        write(u"follow.yaml"_qs,
              (u"graph: g\nresources:\n  exec:\n"_qs + counting(u"added"_qs, u"added.count"_qs) +
               counting(u"kept"_qs, u"kept.count"_qs))
                  .toUtf8());
        const Graph &graph = window.document()->graph();
        QTRY_VERIFY_WITH_TIMEOUT(graph.find(u"exec"_qs, u"added"_qs) != InvalidId, 10000);
        const ResourceId added = graph.find(u"exec"_qs, u"added"_qs);
        const ResourceId kept = graph.find(u"exec"_qs, u"kept"_qs);
        QVERIFY(kept != keptBefore); // the reload gave it another id
        QTRY_COMPARE_WITH_TIMEOUT(runs->state(added), ResourceState::Done, 10000);
        QCOMPARE(runsOf(u"added.count"_qs), 1);
        // The kept resource was not applied again, and keeps its state and its look.
        QCOMPARE(runsOf(u"kept.count"_qs), 1);
        QCOMPARE(runs->state(kept), ResourceState::Done);
        QTRY_VERIFY(window.scene()->nodeItem(kept));
        QTRY_VERIFY(window.scene()->nodeItem(kept)->showsWatching());
        QCOMPARE(window.scene()->nodeItem(kept)->state(), ResourceState::Done);
        QVERIFY(runs->isWatching());
        QTRY_VERIFY2(logText(window).contains(u"1 kept, 0 restarted, 0 removed, 1 added"_qs),
                     qPrintable(logText(window)));
        stopWithTheKeyboard(window);
        QTRY_VERIFY(!window.document()->isRunning());
    }

    void aGraphFileWithErrorsIsNotTakenOnAndTheWatchGoesOn()
    {
        MainWindow window;
        window.show();
        for (const char16_t *name : {u"good.count", u"late.count"})
            QFile::remove(m_dir.filePath(QString::fromUtf16(name)));
        QVERIFY(watchExecs(window, u"broken.yaml"_qs, counting(u"good"_qs, u"good.count"_qs)));
        RunController *runs = window.document()->runs();
        const QString path = m_dir.filePath(u"broken.yaml"_qs);
        const QString version = u"graph: g\nresources:\n  exec:\n"_qs +
                                counting(u"good"_qs, u"good.count"_qs) +
                                counting(u"late"_qs, u"late.count"_qs,
                                         u"    meta:\n"
                                         u"      retry: %1\n"_qs);
        write(u"broken.yaml"_qs, version.arg(u"many"_qs).toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(logText(window).contains(u"has errors"_qs), 10000);
        // The Problems list names the place, and nothing of the broken graph ran.
        QStringList errors;
        for (const Diagnostic &d : window.document()->diagnostics()) {
            if (d.isError())
                errors << d.toString();
        }
        QVERIFY2(errors.size() == 1 && errors.front().startsWith(path + u":11:"_qs),
                 qPrintable(errors.join(u'\n')));
        QVERIFY(runs->isWatching());
        QVERIFY(!QFile::exists(m_dir.filePath(u"late.count"_qs)));

        // Fixed, it is taken on: the new resource runs, the good one is left alone.
        write(u"broken.yaml"_qs, version.arg(u"2"_qs).toUtf8());
        QTRY_COMPARE_WITH_TIMEOUT(runsOf(u"late.count"_qs), 1, 10000);
        QCOMPARE(runsOf(u"good.count"_qs), 1);
        stopWithTheKeyboard(window);
        QTRY_VERIFY(!window.document()->isRunning());
    }

    void unsavedEditsAreKeptWhenTheFileChangesOnDisk()
    {
        MainWindow window;
        window.show();
        QFile::remove(m_dir.filePath(u"edited.count"_qs));
        const QString path = write(u"edited.yaml"_qs, (u"graph: g\nresources:\n  exec:\n"_qs +
                                                       counting(u"before"_qs, u"edited.count"_qs))
                                                          .toUtf8());
        QVERIFY(openAndWait(window, path));
        GraphEditor *editor = window.editController()->editor();
        QVERIFY(
            editor->push(new RenameResourceCommand(editor, u"exec"_qs, u"before"_qs, u"after"_qs)));
        QVERIFY(window.isWindowModified());
        keepConvergingAndRun(window);
        QTRY_VERIFY_WITH_TIMEOUT(window.document()->runs()->isWatching(), 10000);
        write(u"edited.yaml"_qs,
              (u"graph: g\nresources:\n  exec:\n"_qs + counting(u"other"_qs, u"edited.count"_qs))
                  .toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(u"your unsaved edits are kept"_qs),
            10000);
        // Nothing was read over the edit, and the watch goes on with the graph it runs.
        const Graph &graph = window.document()->graph();
        QVERIFY(graph.find(u"exec"_qs, u"after"_qs) != InvalidId);
        QCOMPARE(graph.find(u"exec"_qs, u"other"_qs), InvalidId);
        QVERIFY(window.isWindowModified());
        QVERIFY(window.document()->runs()->isWatching());
        QCOMPARE(runsOf(u"edited.count"_qs), 1);
        stopWithTheKeyboard(window);
        QTRY_VERIFY(!window.document()->isRunning());
    }

    void closingTheWindowEndsTheWatch()
    {
        pid_t watcher = 0;
        {
            MainWindow window;
            window.show();
            watcher = watchWithAWatchcmd(window);
            QVERIFY(watcher > 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(::kill(-watcher, 0) == -1 && errno == ESRCH, 5000);
    }
};

QTEST_MAIN(TestKeepConverging)
#include "tst_keepconverging.moc"
