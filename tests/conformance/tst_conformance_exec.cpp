#include "conformance.h"

#include <QElapsedTimer>

using namespace converge::testing;

namespace {

/// A graph of one exec resource named e with params (YAML lines indented under it).
QString oneExec(const QString &params)
{
    QString indented;
    for (const QString &line : params.split(u'\n', Qt::SkipEmptyParts))
        indented += u"    "_qs + line + u'\n';
    return u"graph: g\nresources:\n  exec:\n  - name: e\n"_qs + indented;
}

/// Writes oneExec(params) into c and runs it.
CliResult runExec(ConformanceCase &c, const QString &params)
{
    if (c.writeGraph(oneExec(params)).isEmpty())
        return {};
    return c.run();
}

} // namespace

/// mgmt's exec resource (engine/resources/exec.go), parameter by parameter, through the real
/// binary. Each case checks what the command left on the machine and the log line mgmt's code
/// would lead to.
class TestConformanceExec : public QObject
{
    Q_OBJECT

private slots:
    void cmdIsSplitAtWhiteSpaceWithoutAShell()
    {
        ConformanceCase c;
        const CliResult r = runExec(c, u"cmd: touch   @DIR@/a   @DIR@/b"_qs);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(c.path(u"a"_qs)) && QFile::exists(c.path(u"b"_qs)));
        QVERIFY2(r.out.contains(u"1 done (1 changed)"_qs), qPrintable(r.out));
    }
    void argsAreArgumentsAsGiven()
    {
        ConformanceCase c;
        const CliResult r = runExec(c, u"cmd: /usr/bin/touch\nargs: ['@DIR@/a b']"_qs);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(c.path(u"a b"_qs)));
        QCOMPARE(runExec(c, u"cmd: touch x\nargs: [y]"_qs).exitCode, 2);
    }
    void shellRunsCmdWithDashC()
    {
        ConformanceCase c;
        QCOMPARE(
            runExec(c, u"shell: /bin/sh\ncmd: echo hi > @DIR@/out && echo more >> @DIR@/out"_qs)
                .exitCode,
            0);
        QCOMPARE(c.read(u"out"_qs), QByteArray("hi\nmore\n"));
    }
    void cwdIsWhereTheCommandRunsAndABadOneIsNamed()
    {
        ConformanceCase c;
        QCOMPARE(runExec(c, u"cmd: touch here\ncwd: @DIR@"_qs).exitCode, 0);
        QVERIFY(QFile::exists(c.path(u"here"_qs)));
        const CliResult r = runExec(c, u"shell: /bin/sh\ncmd: pwd\ncwd: @DIR@/missing"_qs);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"cmd failed to start: cannot change directory to %1: No such "
                                "file or directory"_qs.arg(c.path(u"missing"_qs))),
                 qPrintable(r.out));
    }
    void envIsTheWholeEnvironment()
    {
        ConformanceCase c;
        const CliResult r =
            runExec(c, u"shell: /bin/sh\ncmd: env > @DIR@/env\nenv:\n  GREETING: hello there"_qs);
        QCOMPARE(r.exitCode, 0);
        const QByteArray env = c.read(u"env"_qs);
        QVERIFY2(env.contains("GREETING=hello there\n"), env.constData());
        QVERIFY2(!env.contains("HOME=") && !env.contains("PATH="), env.constData());
    }
    void timeoutKillsAndAnOverflowIsRefused()
    {
        ConformanceCase c;
        QElapsedTimer clock;
        clock.start();
        const CliResult r = runExec(c, u"cmd: sleep 30\ntimeout: 1"_qs);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"Exec[e]: cmd timed out"_qs), qPrintable(r.out));
        QVERIFY(clock.elapsed() < 20000);
        const CliResult huge = runExec(c, u"cmd: sleep 1\ntimeout: 18446744073709552"_qs);
        QCOMPARE(huge.exitCode, 2);
        QVERIFY2(huge.err.contains(u"exec/e: timeout must be a whole number of seconds from 0 "
                                   "to 9223372036854775, not 18446744073709552"_qs),
                 qPrintable(huge.err));
    }
    void sigIsSentAtTheMetaTimeout()
    {
        ConformanceCase c;
        const CliResult r = runExec(
            c, u"shell: /bin/sh\nsig: SIGUSR1\nmeta:\n  timeout: 1\n"
               "cmd: trap 'echo USR1 > @DIR@/sig; exit 0' USR1; while :; do sleep 0.1; done"_qs);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(c.read(u"sig"_qs), QByteArray("USR1\n"));
        QCOMPARE(runExec(c, u"cmd: true\nsig: usr1"_qs).exitCode, 2);
    }
    void ifcmdWithIfshellAndIfcwdGuardsCmd()
    {
        ConformanceCase c;
        const QString graph = u"cmd: touch @DIR@/ran\nifshell: /bin/sh\nifcwd: @DIR@\n"
                              "ifcmd: test -e wanted"_qs;
        CliResult r = runExec(c, graph);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"ifcmd exited with 1"_qs), qPrintable(r.out));
        QVERIFY(!QFile::exists(c.path(u"ran"_qs)));
        QVERIFY(c.write(u"wanted"_qs, {}));
        QCOMPARE(runExec(c, graph).exitCode, 0);
        QVERIFY(QFile::exists(c.path(u"ran"_qs)));
    }
    void ifequalsComparesTheGuardsOutput()
    {
        ConformanceCase c;
        const CliResult r =
            runExec(c, u"cmd: touch @DIR@/ran\nifcmd: echo same\nifequals: \"same\\n\""_qs);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"ifequals matched"_qs), qPrintable(r.out));
        QVERIFY(!QFile::exists(c.path(u"ran"_qs)));
        QCOMPARE(runExec(c, u"cmd: touch @DIR@/ran\nifcmd: echo other\nifequals_stdout: same"_qs)
                     .exitCode,
                 0);
        QVERIFY(QFile::exists(c.path(u"ran"_qs)));
    }
    void nifcmdWithItsOwnShellAndCwd()
    {
        ConformanceCase c;
        QVERIFY(c.write(u"present"_qs, {}));
        const QString guard = u"nifshell: /bin/sh\nnifcwd: @DIR@\nnifcmd: test -e "_qs;
        CliResult r = runExec(c, u"cmd: touch @DIR@/ran\n"_qs + guard + u"present"_qs);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"nifcmd exited with 0"_qs), qPrintable(r.out));
        QVERIFY(!QFile::exists(c.path(u"ran"_qs)));
        QCOMPARE(runExec(c, u"cmd: touch @DIR@/ran\n"_qs + guard + u"absent"_qs).exitCode, 0);
        QVERIFY(QFile::exists(c.path(u"ran"_qs)));
    }
    void createsSkipsCmdWhenItExists()
    {
        ConformanceCase c;
        const QString graph = u"cmd: touch @DIR@/made @DIR@/ran\ncreates: @DIR@/made"_qs;
        QCOMPARE(runExec(c, graph).exitCode, 0);
        QVERIFY(QFile::remove(c.path(u"ran"_qs)));
        const CliResult r = runExec(c, graph);
        QVERIFY2(r.out.contains(u"%1 exists"_qs.arg(c.path(u"made"_qs))), qPrintable(r.out));
        QVERIFY(!QFile::exists(c.path(u"ran"_qs)));
        QCOMPARE(runExec(c, u"cmd: true\ncreates: made"_qs).exitCode, 2);
    }
    void donecmdRunsOnlyAfterCmdSucceeded()
    {
        ConformanceCase c;
        QCOMPARE(runExec(c, u"cmd: true\ndoneshell: /bin/sh\ndonecwd: @DIR@\n"
                            "donecmd: echo done > after"_qs)
                     .exitCode,
                 0);
        QCOMPARE(c.read(u"after"_qs), QByteArray("done\n"));
        QVERIFY(QFile::remove(c.path(u"after"_qs)));
        QCOMPARE(runExec(c, u"cmd: 'false'\ndonecmd: touch @DIR@/after"_qs).exitCode, 1);
        QVERIFY(!QFile::exists(c.path(u"after"_qs)));
    }
    void userRunsEveryCommandAsThatUser()
    {
        CONVERGE_REQUIRE_ROOT();
        ConformanceCase c;
        const CliResult r =
            runExec(c, u"user: nobody\ncwd: /\ncmd: id -un\nifcmd: id -u\nifequals: 'x'"_qs);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Exec[e]: | 65534"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Exec[e]: | nobody"_qs), qPrintable(r.out));
        QCOMPARE(runExec(c, u"user: converge-no-such-user\ncmd: true"_qs).exitCode, 2);
    }
    void groupRunsTheCommandWithThatGroup()
    {
        CONVERGE_REQUIRE_ROOT();
        ConformanceCase c;
        const CliResult r = runExec(c, u"group: nogroup\ncmd: id -gn"_qs);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Exec[e]: | nogroup"_qs), qPrintable(r.out));
    }
    void aRefreshLeavesTheGuardsInCharge()
    {
        ConformanceCase c;
        QVERIFY(!c.writeGraph(u"graph: g\nresources:\n  exec:\n  - name: a\n    cmd: 'true'\n"
                              "  - name: b\n    cmd: touch @DIR@/ran\n    ifcmd: 'false'\n"
                              "edges:\n- name: e\n  from: {kind: exec, name: a}\n"
                              "  to: {kind: exec, name: b}\n  notify: true\n"_qs)
                     .isEmpty());
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(c.path(u"ran"_qs)));
    }
    void watchParametersAreLoggedAsNotUsed()
    {
        ConformanceCase c;
        const CliResult r = runExec(c, u"cmd: 'true'\nwatchcmd: inotifywait /tmp\nwatchcwd: /"_qs);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Exec[e]: watchcmd, watchcwd used only while watching "
                                "(converge run --watch)"_qs),
                 qPrintable(r.out));
        QCOMPARE(c.validate().exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestConformanceExec)
#include "tst_conformance_exec.moc"
