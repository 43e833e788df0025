#include "conformance.h"

#include <QElapsedTimer>

#include <csignal>

using namespace converge::testing;

namespace {

/// True while the process whose pid rel (in c's folder) holds exists, zombie or not.
bool alive(const ConformanceCase &c, const QString &rel)
{
    const QByteArray pid = c.read(rel).trimmed();
    return !pid.isEmpty() && QFileInfo::exists(u"/proc/"_qs + QString::fromLatin1(pid));
}

QString binary()
{
    return QStringLiteral(CONVERGE_BINARY_DIR "/app/converge");
}

/// True once process pid has a handler for signal (SigCgt in /proc/<pid>/status).
bool catches(qint64 pid, int signal)
{
    QFile status(u"/proc/%1/status"_qs.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("SigCgt:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> (signal - 1)) & 1;
    }
    return false;
}

} // namespace

/// Issue 16's rules for processes, through the real binary: no process outlives its resource
/// or its run, a low descriptor limit makes commands wait rather than fail, output floods run at
/// pipe speed, and nothing that runs differs from what the graph says.
class TestConformanceProcesses : public QObject
{
    Q_OBJECT

private slots:
    void sighupEndsTheRunAndItsCommands()
    {
        ConformanceCase c;
        QVERIFY(!c.writeGraph(u"graph: g\nresources:\n  exec:\n  - name: e\n    shell: /bin/sh\n"
                              "    cmd: setsid sleep 310 >/dev/null 2>&1 & echo $! > @DIR@/daemon;"
                              " echo $$ > @DIR@/shell; sleep 300\n"_qs)
                     .isEmpty());
        QProcess run;
        run.start(binary(), {u"run"_qs, c.path(u"graph.yaml"_qs)});
        QVERIFY(run.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(!c.read(u"shell"_qs).isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(alive(c, u"daemon"_qs), 20000);
        QCOMPARE(::kill(pid_t(run.processId()), SIGHUP), 0);
        QVERIFY(run.waitForFinished(20000));
        QCOMPARE(run.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.exitCode(), 130);
        QVERIFY2(!alive(c, u"shell"_qs), "the command outlived the run");
        QVERIFY2(!alive(c, u"daemon"_qs), "the command's daemon outlived the run");
    }
    void theWindowEndsOnSighupInsteadOfDying()
    {
        ConformanceCase c;
        QVERIFY(!c.writeGraph(u"graph: g\nresources:\n  noop:\n  - name: n\n"_qs).isEmpty());
        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        env.insert(u"HOME"_qs, c.path());
        env.insert(u"XDG_CONFIG_HOME"_qs, c.path(u"config"_qs));
        env.insert(u"XDG_DATA_HOME"_qs, c.path(u"data"_qs));
        window.setProcessEnvironment(env);
        window.start(binary(), {c.path(u"graph.yaml"_qs)});
        QVERIFY(window.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(catches(window.processId(), SIGHUP), 30000);
        QCOMPARE(::kill(pid_t(window.processId()), SIGHUP), 0);
        QVERIFY(window.waitForFinished(30000));
        QCOMPARE(window.exitStatus(), QProcess::NormalExit);
        QCOMPARE(window.exitCode(), 130);
    }
    void daemonsEndWithTheirResourceItsTimeoutAndTheRun()
    {
        ConformanceCase c;
        QVERIFY(!c.writeGraph(
                      u"graph: g\nresources:\n  exec:\n"
                      "  - name: done\n    shell: /bin/sh\n"
                      "    cmd: setsid sleep 311 >/dev/null 2>&1 & echo $! > @DIR@/done;"
                      " nohup sleep 312 >/dev/null 2>&1 & echo $! > @DIR@/nohup\n"
                      "  - name: later\n    shell: /bin/sh\n"
                      "    cmd: for p in $(cat @DIR@/done @DIR@/nohup); do"
                      " test -e /proc/$p && echo alive > @DIR@/during; done; true\n"
                      "  - name: slow\n    shell: /bin/sh\n    timeout: 1\n"
                      "    cmd: setsid sleep 313 >/dev/null 2>&1 & echo $! > @DIR@/slow; sleep 30\n"
                      "  - name: hidden\n    shell: /bin/sh\n"
                      "    cmd: env -i setsid sleep 314 >/dev/null 2>&1 & echo $! > @DIR@/hidden\n"
                      "edges:\n- name: e\n  from: {kind: exec, name: done}\n"
                      "  to: {kind: exec, name: later}\n"_qs)
                     .isEmpty());
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"Exec[slow]: cmd timed out"_qs), qPrintable(r.out));
        QVERIFY2(!QFile::exists(c.path(u"during"_qs)), "a daemon outlived its resource");
        for (const QString &pid : {u"done"_qs, u"nohup"_qs, u"slow"_qs, u"hidden"_qs})
            QVERIFY2(!alive(c, pid), qPrintable(pid + u" outlived the run"_qs));
    }
    void manyCommandsUnderALowDescriptorLimit()
    {
        ConformanceCase c;
        QString graph = u"graph: g\nresources:\n  exec:\n"_qs;
        for (int i = 0; i < 300; ++i)
            graph += u"  - name: c%1\n    cmd: sleep 0.1\n"_qs.arg(i);
        QVERIFY(!c.writeGraph(graph).isEmpty());
        QProcess run;
        // dash's ulimit lowers the hard limit too, so converge cannot raise it back.
        run.start(u"/bin/sh"_qs, {u"-c"_qs, u"ulimit -n 256 && exec \"$0\" run \"$1\""_qs, binary(),
                                  c.path(u"graph.yaml"_qs)});
        QVERIFY(run.waitForFinished(120000));
        const QString out = QString::fromUtf8(run.readAllStandardOutput());
        QCOMPARE(run.exitStatus(), QProcess::NormalExit);
        QVERIFY2(out.contains(u"converged: 300 done (300 changed), 0 failed"_qs),
                 qPrintable(out.right(2000) + QString::fromUtf8(run.readAllStandardError())));
        QCOMPARE(run.exitCode(), 0);
    }
    void aFloodOfOutputRunsAtPipeSpeed()
    {
        ConformanceCase c;
        const QString flood = u"yes | head -c 200000000"_qs;
        const auto graphRunning = [](const QString &cmd) {
            return u"graph: g\nresources:\n  exec:\n  - name: e\n    shell: /bin/sh\n    cmd: "_qs +
                   cmd + u'\n';
        };
        // What a run costs without output (starting converge, Qt and, in CI, the sanitizers) is
        // measured under the same load as the flood, so that a busy machine cannot fail this.
        QVERIFY(!c.writeGraph(graphRunning(u"true"_qs)).isEmpty());
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(c.run().exitCode, 0);
        const qint64 quietMs = clock.restart();
        QProcess bare;
        bare.setStandardOutputFile(QProcess::nullDevice());
        bare.start(u"/bin/sh"_qs, {u"-c"_qs, flood});
        QVERIFY(bare.waitForFinished(60000));
        const qint64 bareMs = clock.restart();
        QVERIFY(!c.writeGraph(graphRunning(flood)).isEmpty());
        clock.restart();
        const CliResult r = c.run();
        const qint64 runMs = clock.elapsed();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Exec[e]: cmd: 99989900 output lines not shown"_qs),
                 qPrintable(r.out.right(500)));
        // Before output was counted in chunks: 9.2 s against 0.2 s for the bare pipe.
        QVERIFY2(runMs < 5 * bareMs + 2 * quietMs + 1000,
                 qPrintable(u"run %1 ms, bare pipe %2 ms, run without output %3 ms"_qs.arg(runMs)
                                .arg(bareMs)
                                .arg(quietMs)));
    }
    void aNulByteNeverCutsACommandShort()
    {
        ConformanceCase c;
        QVERIFY(!c.writeGraph(u"graph: g\nresources:\n  exec:\n  - name: e\n"
                              "    cmd: \"touch @DIR@/a\\0b\"\n"_qs)
                     .isEmpty());
        const CliResult r = c.run();
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY(!QFile::exists(c.path(u"a"_qs)));
        QVERIFY2((r.out + r.err).contains(u"NUL"_qs), qPrintable(r.out + r.err));
    }
};

QTEST_GUILESS_MAIN(TestConformanceProcesses)
#include "tst_conformance_processes.moc"
