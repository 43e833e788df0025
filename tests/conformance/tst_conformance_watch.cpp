#include "conformance.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace converge::testing;

namespace {

/// `converge run --watch` started in the background on a case's graph, stopped by SIGTERM.
class Watching
{
public:
    Watching(const ConformanceCase &c, const QStringList &extra = {})
    {
        m_process.start(QStringLiteral(CONVERGE_BINARY_DIR "/app/converge"),
                        QStringList{u"run"_qs, u"--watch"_qs, c.path(u"graph.yaml"_qs)} + extra);
    }
    ~Watching()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    /// Everything printed so far.
    QString output()
    {
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return m_out;
    }
    /// SIGTERM, and the exit code (-1: it did not exit within 10 s).
    int terminate()
    {
        ::kill(pid_t(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(10000))
            return -1;
        output();
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_out;
};

} // namespace

/// mgmt's event-driven mode, through the real binary: drift is repaired, a changed graph file
/// is taken on, and the run ends on converged-timeout or SIGTERM with nothing left behind.
class TestConformanceWatch : public QObject
{
    Q_OBJECT
private slots:
    void aDriftedFileIsRepaired()
    {
        ConformanceCase c;
        c.writeGraph(
            u"graph: g\nresources:\n  file:\n  - name: @DIR@/f\n    content: \"right\\n\"\n"
            "    mode: \"0640\"\n    state: exists\n"_qs);
        Watching w(c);
        QTRY_VERIFY_WITH_TIMEOUT(w.output().contains(u"converged:"_qs), 20000);
        QCOMPARE(c.read(u"f"_qs), QByteArray("right\n"));
        QVERIFY(c.write(u"f"_qs, "edited by hand\n"));
        QTRY_COMPARE_WITH_TIMEOUT(c.read(u"f"_qs), QByteArray("right\n"), 20000);
        QVERIFY2(w.output().contains(u"watch: file/"_qs), qPrintable(w.output()));
        QCOMPARE(::chmod(QFile::encodeName(c.path(u"f"_qs)).constData(), 0777), 0);
        QTRY_COMPARE_WITH_TIMEOUT(c.mode(u"f"_qs), 0640, 20000);
        QVERIFY(QFile::remove(c.path(u"f"_qs)));
        QTRY_COMPARE_WITH_TIMEOUT(c.read(u"f"_qs), QByteArray("right\n"), 20000);
        QCOMPARE(w.terminate(), 130);
    }
    void aRepairRefreshesAlongNotifyEdgesOnly()
    {
        // mgmt: the repair of f sets a refresh on its notify edges. noop is Refreshable and
        // logs the notification; exec is not, so a converged exec does not run again; g's
        // edge has no notify, so its noop hears nothing.
        ConformanceCase c;
        c.writeGraph(u"graph: g\nresources:\n  file:\n"
                     "  - name: @DIR@/f\n    content: \"right\\n\"\n    state: exists\n"
                     "  - name: @DIR@/g\n    content: \"right\\n\"\n    state: exists\n"
                     "  noop:\n  - name: n\n  - name: m\n"
                     "  exec:\n  - name: e\n    cmd: \"echo ran >> @DIR@/marker\"\n"
                     "    shell: /bin/sh\n"
                     "edges:\n"
                     "- from: {kind: file, name: @DIR@/f}\n  to: {kind: noop, name: n}\n"
                     "  notify: true\n"
                     "- from: {kind: file, name: @DIR@/f}\n  to: {kind: exec, name: e}\n"
                     "  notify: true\n"
                     "- from: {kind: file, name: @DIR@/g}\n  to: {kind: noop, name: m}\n"
                     "  notify: false\n"_qs);
        Watching w(c);
        QTRY_VERIFY_WITH_TIMEOUT(w.output().contains(u"converged:"_qs), 20000);
        const QString firstPass = w.output();
        QCOMPARE(c.read(u"marker"_qs), QByteArray("ran\n"));
        QVERIFY(c.write(u"g"_qs, "drift\n"));
        QTRY_COMPARE_WITH_TIMEOUT(c.read(u"g"_qs), QByteArray("right\n"), 20000);
        QVERIFY(c.write(u"f"_qs, "drift\n"));
        QTRY_COMPARE_WITH_TIMEOUT(c.read(u"f"_qs), QByteArray("right\n"), 20000);
        const QString notified = u"Noop[n]: received a notification"_qs;
        QTRY_COMPARE_WITH_TIMEOUT(w.output().count(notified), firstPass.count(notified) + 1, 20000);
        QCOMPARE(w.terminate(), 130);
        const QString watching = w.output().mid(firstPass.size());
        QVERIFY2(watching.contains(u"Noop[n]: received a refresh from file/"_qs),
                 qPrintable(watching));
        QVERIFY2(!watching.contains(u"Noop[m]: received"_qs), qPrintable(watching));
        QVERIFY2(!watching.contains(u"Exec[e]"_qs), qPrintable(watching));
        QCOMPARE(c.read(u"marker"_qs), QByteArray("ran\n"));
    }
    void aTimerTicksAndIsHeldToItsLimit()
    {
        // mgmt: a tick is an event of the timer, whose CheckApply finds nothing to do without
        // a refresh, so the exec it notifies is poked but not run again. t2's ticks are held
        // to meta limit/burst.
        ConformanceCase c;
        c.writeGraph(
            u"graph: g\nresources:\n"
            "  timer:\n  - name: t\n    interval: 1\n"
            "  - name: t2\n    interval: 1\n    meta:\n      limit: 0.5\n"
            "      burst: 1\n"
            "  exec:\n  - name: e\n    cmd: \"echo ran >> @DIR@/marker\"\n"
            "    shell: /bin/sh\n"
            "edges:\n"
            "- {from: {kind: timer, name: t}, to: {kind: exec, name: e}, notify: true}\n"_qs);
        Watching w(c);
        QTRY_VERIFY_WITH_TIMEOUT(w.output().count(u"watch: timer/t: checking (timer)"_qs) >= 2,
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.output().contains(u"watch: timer/t2: held"_qs), 20000);
        QCOMPARE(w.terminate(), 130);
        QCOMPARE(c.read(u"marker"_qs), QByteArray("ran\n"));
    }
    void aFlappingFileIsHeldToItsLimitWithoutHoldingOthers()
    {
        // Something keeps rewriting f: meta limit 0.5/s with burst 1 lets one check through
        // and then one every 2 s, while g's drift is repaired at once.
        ConformanceCase c;
        c.writeGraph(u"graph: g\nresources:\n  file:\n"
                     "  - name: @DIR@/f\n    content: \"right\\n\"\n    state: exists\n"
                     "    meta:\n      limit: 0.5\n      burst: 1\n"
                     "  - name: @DIR@/g\n    content: \"right\\n\"\n    state: exists\n"_qs);
        Watching w(c);
        QTRY_VERIFY_WITH_TIMEOUT(w.output().contains(u"converged:"_qs), 20000);
        const qsizetype firstPass = w.output().size();
        QTimer flapper;
        connect(&flapper, &QTimer::timeout, [&] { c.write(u"f"_qs, "flap\n"); });
        flapper.start(20);
        QElapsedTimer flapping;
        flapping.start();
        const QString held = u"/f: held "_qs;
        QTRY_VERIFY_WITH_TIMEOUT(w.output().mid(firstPass).contains(held), 20000);
        QVERIFY(c.write(u"g"_qs, "drift\n"));
        QElapsedTimer repair;
        repair.start();
        QTRY_COMPARE_WITH_TIMEOUT(c.read(u"g"_qs), QByteArray("right\n"), 20000);
        QVERIFY2(repair.elapsed() < 1000, qPrintable(QString::number(repair.elapsed())));
        // The flapping goes on for a hundred more events: the limit bounds the checks of them.
        const auto flaps = [&] {
            return w.output().mid(firstPass).count(u"/f: content"_qs);
        };
        const qsizetype before = flaps();
        QTRY_VERIFY_WITH_TIMEOUT(flaps() >= before + 100, 20000);
        flapper.stop();
        const double seconds = double(flapping.elapsed()) / 1000.0;
        const qsizetype checks = w.output().mid(firstPass).count(u"/f: checking"_qs);
        QCOMPARE(w.terminate(), 130);
        QVERIFY2(checks >= 1 && checks <= 2 + qsizetype(seconds * 0.5),
                 qPrintable(u"%1 checks of f in %2 s"_qs.arg(checks).arg(seconds)));
    }
    void convergedTimeoutEndsAnIdleWatch_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("Converge's and mgmt's old spelling") << u"--converged-timeout"_qs;
        QTest::newRow("mgmt's current spelling") << u"--converger-timeout"_qs;
    }
    void convergedTimeoutEndsAnIdleWatch()
    {
        QFETCH(QString, option);
        ConformanceCase c;
        c.writeGraph(u"graph: g\nresources:\n  noop:\n  - name: n\n"_qs);
        Watching w(c, {option, u"1"_qs});
        QVERIFY(w.process().waitForFinished(30000));
        QCOMPARE(w.process().exitCode(), 0);
        QVERIFY2(w.output().contains(u"watch: converged for"_qs), qPrintable(w.output()));
    }
    void watchcmdLinesRunTheCheckAndSigtermLeavesNoProcess()
    {
        ConformanceCase c;
        c.writeGraph(
            u"graph: g\nresources:\n  exec:\n  - name: e\n    cmd: \"echo ran >> @DIR@/log\"\n"
            "    shell: /bin/sh\n"
            "    watchcmd: \"echo $$ > @DIR@/pid; while read l < @DIR@/fifo; do echo "
            "$l; done\"\n    watchshell: /bin/sh\n"_qs);
        QCOMPARE(::mkfifo(QFile::encodeName(c.path(u"fifo"_qs)).constData(), 0600), 0);
        Watching w(c);
        QTRY_COMPARE_WITH_TIMEOUT(c.read(u"log"_qs), QByteArray("ran\n"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!c.read(u"pid"_qs).isEmpty(), 20000);
        const pid_t watcher = pid_t(c.read(u"pid"_qs).trimmed().toInt());
        QVERIFY(c.write(u"fifo"_qs, "tick\n"));
        QTRY_COMPARE_WITH_TIMEOUT(c.read(u"log"_qs), QByteArray("ran\nran\n"), 20000);
        QVERIFY2(w.output().contains(u"watch: exec/e: watchcmd: tick"_qs), qPrintable(w.output()));
        QCOMPARE(w.terminate(), 130);
        QCOMPARE(::kill(watcher, 0), -1);
    }
    void aChangedGraphFileIsTakenOnAndABrokenOneIsNot()
    {
        ConformanceCase c;
        const QString one =
            u"graph: g\nresources:\n  file:\n  - name: @DIR@/a\n    content: \"a\\n\"\n"
            "    state: exists\n"_qs;
        c.writeGraph(one);
        Watching w(c);
        QTRY_VERIFY_WITH_TIMEOUT(w.output().contains(u"converged:"_qs), 20000);
        c.writeGraph(one + u"  noop:\n  - name: n\n    meta:\n      retry: nonsense\n"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(w.output().contains(u"the running graph stays"_qs), 20000);
        c.writeGraph(one + u"  - name: @DIR@/b\n    content: \"b\\n\"\n    state: exists\n"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(c.read(u"b"_qs), QByteArray("b\n"), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            w.output().contains(u"1 kept, 0 restarted, 0 removed, 1 added"_qs),
            qPrintable(w.output()), 20000);
        // The kept resource was not checked again for the swap: one check per event only.
        // Its line may still be in the pipe when the file is already written.
        QTRY_COMPARE_WITH_TIMEOUT(w.output().count(u"checking (new in the graph)"_qs), 1, 20000);
        QCOMPARE(w.terminate(), 130);
    }
};

QTEST_GUILESS_MAIN(TestConformanceWatch)
#include "tst_conformance_watch.moc"
