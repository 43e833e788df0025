#include "resources/cancellation.h"
#include "resources/descendantreaper.h"
#include "resources/posixprocessrunner.h"
#include "resources/processlimits.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

using namespace converge;

namespace {

/// What one run printed and how it ended.
struct Ran
{
    ProcessResult result;
    QStringList lines;
};

Ran run(ProcessSpec spec, const Cancellation &cancellation)
{
    Ran ran;
    PosixProcessRunner runner;
    ran.result = runner.run(spec, cancellation, [&ran](RunEvent::Stream, const QString &line) {
        ran.lines.append(line);
    });
    return ran;
}

Ran run(ProcessSpec spec)
{
    Cancellation never;
    return run(std::move(spec), never);
}

ProcessSpec shell(const QString &script)
{
    ProcessSpec spec;
    spec.program = u"/bin/sh"_qs;
    spec.arguments = {u"-c"_qs, script};
    return spec;
}

bool alive(const QString &pid)
{
    return !pid.isEmpty() && QFileInfo::exists(u"/proc/"_qs + pid);
}

} // namespace

class TestPosixProcessRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // As converge's main() does: orphans come back to this process.
        QVERIFY(DescendantReaper::becomeSubreaper());
    }
    void aFloodIsCountedPastTheHeadLines()
    {
        // tst_conformance_processes times a 200 MB flood against the bare pipe.
        ProcessSpec spec = shell(u"yes | head -c 20000000"_qs);
        spec.headLines = 10;
        spec.tailLines = 2;
        const Ran ran = run(spec);
        QVERIFY(ran.result.succeeded());
        QCOMPARE(ran.lines.size(), 12);
        QCOMPARE(ran.result.skippedLines, 10000000 - 12);
    }
    void aBadDirectorySaysWhichAndWhy()
    {
        ProcessSpec spec = shell(u"pwd"_qs);
        spec.workingDirectory = u"/nonexistent/x"_qs;
        const Ran ran = run(spec);
        QCOMPARE(ran.result.status, ProcessResult::Status::FailedToStart);
        QCOMPARE(ran.result.error,
                 u"cannot change directory to /nonexistent/x: No such file or directory"_qs);
        QVERIFY(ran.lines.isEmpty());
    }
    void nulBytesAreRefusedNotCut()
    {
        ProcessSpec spec = shell(u"echo a"_qs);
        spec.arguments[1] = u"echo a\0; touch /tmp/never"_qs;
        spec.arguments[1][6] = QChar(0);
        QCOMPARE(run(spec).result.error,
                 u"argument 2 contains a NUL byte, which would cut it short"_qs);
        spec = shell(u"echo a"_qs);
        spec.environment = {{u"A"_qs, QString(QChar(0))}};
        QCOMPARE(run(spec).result.status, ProcessResult::Status::FailedToStart);
        spec = shell(u"echo a"_qs);
        spec.workingDirectory = u"/tmp"_qs + QChar(0) + u"x"_qs;
        QCOMPARE(run(spec).result.error,
                 u"the working directory contains a NUL byte, which would cut it short"_qs);
    }
    void daemonsEndWithTheirCommand()
    {
        const Ran ran =
            run(shell(u"setsid sleep 300 >/dev/null 2>&1 & echo $!; "
                      "nohup sleep 301 >/dev/null 2>&1 & echo $!; "
                      "(setsid sh -c 'sleep 302 & wait' >/dev/null 2>&1 &); exit 0"_qs));
        QVERIFY(ran.result.succeeded());
        QCOMPARE(ran.lines.size(), 2);
        QVERIFY2(!alive(ran.lines[0]), "the setsid daemon outlived its command");
        QVERIFY2(!alive(ran.lines[1]), "the nohup daemon outlived its command");
        QProcess pgrep;
        pgrep.start(u"pgrep"_qs, {u"-f"_qs, u"^sleep 302$"_qs});
        QVERIFY(pgrep.waitForFinished());
        QCOMPARE(pgrep.readAllStandardOutput(), QByteArray());
    }
    void daemonsEndWithATimedOutCommand()
    {
        QTemporaryFile pidFile;
        QVERIFY(pidFile.open());
        ProcessSpec spec =
            shell(u"setsid sleep 303 >/dev/null 2>&1 & echo $! > %1; sleep 30"_qs.arg(
                pidFile.fileName()));
        spec.timeoutMs = 300;
        const Ran ran = run(spec);
        QCOMPARE(ran.result.status, ProcessResult::Status::TimedOut);
        QVERIFY2(!alive(QString::fromLatin1(pidFile.readAll().trimmed())),
                 "the daemon outlived the timeout");
    }
    void cancelSendsTheStopSignalFirst()
    {
        Cancellation cancellation;
        ProcessSpec spec = shell(u"trap 'echo got INT; exit 3' INT; echo ready; "
                                 "while :; do sleep 0.05; done"_qs);
        spec.stopSignal = SIGINT;
        Ran ran;
        PosixProcessRunner runner;
        ran.result = runner.run(spec, cancellation, [&](RunEvent::Stream, const QString &line) {
            ran.lines.append(line);
            if (line == u"ready")
                cancellation.trigger();
        });
        QCOMPARE(ran.result.status, ProcessResult::Status::Cancelled);
        QCOMPARE(ran.lines, (QStringList{u"ready"_qs, u"got INT"_qs}));
    }
    void stopAfterSignalsThenKills()
    {
        ProcessSpec spec = shell(u"trap '' TERM; sleep 30"_qs);
        spec.stopAfterMs = 200;
        spec.killGraceMs = 200;
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(run(spec).result.status, ProcessResult::Status::TimedOut);
        QVERIFY(clock.elapsed() < 10000);
    }
    void capturesOutputForIfequals()
    {
        ProcessSpec spec = shell(u"printf 'a\\nb'; printf 'e' >&2"_qs);
        spec.captureBytes = 100;
        const Ran ran = run(spec);
        QCOMPARE(ran.result.standardOutput, QByteArray("a\nb"));
        QCOMPARE(ran.result.output.size(), 4);
    }
    void environmentIsReplacedWhenNotInherited()
    {
        ProcessSpec spec;
        spec.program = u"env"_qs;
        spec.inheritEnvironment = false;
        spec.environment = {{u"A"_qs, u"b c"_qs}};
        const Ran ran = run(spec);
        QCOMPARE(ran.lines.size(), 2);
        QCOMPARE(ran.lines[0], u"A=b c"_qs);
        QVERIFY(ran.lines[1].startsWith(u"CONVERGE_COMMAND="_qs));
    }
    void credentialsSwitchUserAndGroupsBeforeExec()
    {
        if (geteuid() != 0)
            QSKIP("needs root to switch users");
        ProcessSpec spec;
        spec.program = u"id"_qs;
        spec.credentials = ProcessCredentials{65534, 65534, {65534}};
        spec.workingDirectory = u"/"_qs;
        const Ran ran = run(spec);
        QVERIFY(ran.result.succeeded());
        QCOMPARE(ran.lines.size(), 1);
        QVERIFY2(ran.lines[0].startsWith(u"uid=65534("_qs), qPrintable(ran.lines[0]));
        QVERIFY2(ran.lines[0].contains(u" gid=65534("_qs), qPrintable(ran.lines[0]));
        QVERIFY2(!ran.lines[0].contains(u"(root)"_qs), qPrintable(ran.lines[0]));
    }
    void credentialsEnterTheDirectoryAsTheUser()
    {
        if (geteuid() != 0)
            QSKIP("needs root to switch users");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        ProcessSpec spec = shell(u"pwd"_qs);
        spec.credentials = ProcessCredentials{65534, 65534, {65534}};
        spec.workingDirectory = dir.path();
        QCOMPARE(run(spec).result.error,
                 u"cannot change directory to %1: Permission denied"_qs.arg(dir.path()));
    }
    void concurrencyFollowsTheDescriptorLimit()
    {
        rlimit saved = {};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        const auto restore = qScopeGuard([&] { setrlimit(RLIMIT_NOFILE, &saved); });
        rlimit low = saved;
        low.rlim_cur = 256;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
        const int expected =
            (256 - ProcessLimits::ReservedDescriptors - QThread::idealThreadCount()) /
            ProcessLimits::DescriptorsPerCommand;
        QCOMPARE(PosixProcessRunner().maxConcurrent(), expected);
        QVERIFY(expected * ProcessLimits::DescriptorsPerCommand < 256);
        QCOMPARE(ProcessLimits::raiseDescriptorLimit(), long(saved.rlim_max));
    }
};

QTEST_GUILESS_MAIN(TestPosixProcessRunner)
#include "tst_posixprocessrunner.moc"
