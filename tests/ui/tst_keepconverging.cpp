#include "docks/detailsdock.h"
#include "docks/logdock.h"
#include "document/document.h"
#include "document/runcontroller.h"
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
        QVERIFY2(
            log.contains(QRegularExpression(u"\\d\\d:\\d\\d:\\d\\d drift: content changed"_qs)),
            qPrintable(log));

        stopWithTheKeyboard(window);
        QVERIFY(!window.document()->isRunning());
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
        QVERIFY(!window.document()->isRunning());
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
