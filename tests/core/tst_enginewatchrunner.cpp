#include "engine/enginewatchrunner.h"

#include "enginetesting.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace converge;
using namespace converge::testing;

/// Watch mode's checks as the window stops them: without making its thread wait for a
/// command's cancel grace, and saying when the last process is gone.
class TestEngineWatchRunner : public QObject
{
    Q_OBJECT

private:
    /// The checks' events are the window's business, not these tests'.
    static void ignore(const WatchCheckEvent &) {}

private slots:
    void stoppingWithNoCheckRunningEndsAtOnce()
    {
        Graph g;
        exec(g, u"e"_qs, u"true"_qs);
        EngineWatchRunner runner(std::make_shared<const Graph>(g), {}, ignore);
        bool ended = false;
        runner.stopChecks([&] { ended = true; });
        QVERIFY(ended);
    }

    void stoppingEndsAChecksProcessesWithoutBlockingAndThenSaysSo()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pidFile = dir.filePath(u"pid"_qs);
        Graph g;
        // It ignores SIGTERM: only SIGKILL at the end of the grace ends it.
        const ResourceId id =
            exec(g, u"e"_qs,
                 u"trap '' TERM; echo $$ > %1.new; mv %1.new %1; exec sleep 30"_qs.arg(pidFile));
        RunOptions options;
        options.cancelGraceMs = 500;
        EngineWatchRunner runner(std::make_shared<const Graph>(g), options, ignore);
        bool checked = false;
        CheckOutcome outcome;
        runner.check(id, {}, u"test"_qs, [&](CheckOutcome o) {
            outcome = o;
            checked = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pidFile), 10000);
        QFile in(pidFile);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QString proc = u"/proc/"_qs + QString::fromUtf8(in.readAll().trimmed());
        QVERIFY(QFile::exists(proc));

        bool ended = false;
        QElapsedTimer stopping;
        stopping.start();
        runner.stopChecks([&] {
            // The check's process is gone by the time the runner says so.
            QVERIFY(!QFile::exists(proc));
            ended = true;
        });
        QVERIFY(stopping.elapsed() < 100); // returned at once
        QVERIFY(!ended);
        QTRY_VERIFY_WITH_TIMEOUT(ended, 10000);
        QVERIFY(stopping.elapsed() >= 400); // the grace was waited for, on the event loop
        QVERIFY(checked);
        QVERIFY(outcome.failed);
        QVERIFY(!QFile::exists(proc));
    }

    void noCheckStartsOnceStopped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString marker = dir.filePath(u"ran"_qs);
        Graph g;
        const ResourceId id = exec(g, u"e"_qs, u"touch %1"_qs.arg(marker));
        EngineWatchRunner runner(std::make_shared<const Graph>(g), {}, ignore);
        // Asked for from another thread's point of view: queued before the stop.
        bool checked = false;
        runner.check(id, {}, u"test"_qs, [&](CheckOutcome) { checked = true; });
        bool ended = false;
        runner.stopChecks([&] { ended = true; });
        QVERIFY(ended);
        // The check queued before the stop comes to its turn, and starts nothing.
        QCoreApplication::processEvents();
        QVERIFY(runner.findChildren<Engine *>().isEmpty());
        QVERIFY(!QFile::exists(marker));
        QVERIFY(!checked);
    }
};

QTEST_GUILESS_MAIN(TestEngineWatchRunner)
#include "tst_enginewatchrunner.moc"
