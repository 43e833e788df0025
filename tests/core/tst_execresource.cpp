#include "fakecheckapplycontext.h"
#include "model/resource.h"
#include "resources/execresource.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

using namespace converge;

namespace {

Resource exec(std::initializer_list<std::pair<const char16_t *, const char16_t *>> params)
{
    Resource r;
    r.kind = u"exec"_qs;
    r.name = u"e"_qs;
    for (const auto &[key, value] : params)
        r.params.insert(QString::fromUtf16(key), Value::scalar(QString::fromUtf16(value)));
    return r;
}

/// Parameters by name, for data-driven rows.
using Params = QList<QPair<QString, QString>>;

std::unique_ptr<ExecResource> make(const Resource &resource)
{
    Diagnostics diagnostics;
    auto result = ExecResource::create(resource, u"g.yaml"_qs, &diagnostics);
    if (!diagnostics.isEmpty())
        qWarning() << diagnostics.first().toString();
    return result;
}

/// The one message create() refuses resource with, or an empty string when it accepts it.
QString refusal(const Resource &resource)
{
    Diagnostics diagnostics;
    const bool made = ExecResource::create(resource, u"g.yaml"_qs, &diagnostics) != nullptr;
    return made || diagnostics.size() != 1 ? QString() : diagnostics[0].message;
}

Resource withList(Resource r, const QString &key, const QStringList &items)
{
    Value list = Value::list();
    for (const QString &item : items)
        list.append(Value::scalar(item));
    r.params.insert(key, list);
    return r;
}

} // namespace

class TestExecResource : public QObject
{
    Q_OBJECT
private slots:
    void splitsCmdIntoArgvWithoutShell()
    {
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        auto e = make(exec({{u"cmd", u"sleep   10s"}, {u"shell", u""}}));
        QCOMPARE(e->checkApply(true, context).outcome, CheckApplyResult::Outcome::Changed);
        QCOMPARE(runner.specs.size(), 1);
        QCOMPARE(runner.specs[0].program, u"sleep"_qs);
        QCOMPARE(runner.specs[0].arguments, QStringList{u"10s"_qs});
    }
    void runsThroughShellWhenGiven()
    {
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        auto e = make(exec({{u"cmd", u"echo a && echo b"}, {u"shell", u"/bin/bash"}}));
        e->checkApply(true, context);
        QCOMPARE(runner.commandLines(), QStringList{u"/bin/bash -c echo a && echo b"_qs});
    }
    void argsReplaceSplitting()
    {
        Resource r = exec({{u"cmd", u"printf"}});
        Value args = Value::list();
        args.append(Value::scalar(u"%s x"_qs));
        r.params.insert(u"args"_qs, args);
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        make(r)->checkApply(true, context);
        QCOMPARE(runner.specs[0].arguments, QStringList{u"%s x"_qs});
    }
    void refusesArgsWithShell()
    {
        Resource r = exec({{u"cmd", u"x"}, {u"shell", u"/bin/sh"}});
        Value args = Value::list();
        args.append(Value::scalar(u"a"_qs));
        r.params.insert(u"args"_qs, args);
        r.location = {7, 5};
        Diagnostics diagnostics;
        QVERIFY(!ExecResource::create(r, u"g.yaml"_qs, &diagnostics));
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].toString(),
                 u"g.yaml:7:5: error: exec/e: args cannot be used with shell"_qs);
    }
    void ifcmdNonZeroMeansConverged()
    {
        ScriptedProcessRunner runner;
        runner.exitCodes = {1};
        FakeCheckApplyContext context;
        context.runner = &runner;
        auto e = make(exec({{u"cmd", u"touch x"}, {u"ifcmd", u"test -e y"}}));
        QCOMPARE(e->checkApply(true, context).outcome, CheckApplyResult::Outcome::Converged);
        QCOMPARE(runner.commandLines(), QStringList{u"test -e y"_qs});
    }
    void ifcmdZeroRunsCmdThenDonecmd()
    {
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        auto e = make(exec({{u"cmd", u"a"}, {u"ifcmd", u"b"}, {u"donecmd", u"c"}}));
        QCOMPARE(e->checkApply(true, context).outcome, CheckApplyResult::Outcome::Changed);
        QCOMPARE(runner.commandLines(), (QStringList{u"b"_qs, u"a"_qs, u"c"_qs}));
    }
    void nifcmdZeroMeansConverged()
    {
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        auto e = make(exec({{u"cmd", u"a"}, {u"nifcmd", u"b"}}));
        QCOMPARE(e->checkApply(true, context).outcome, CheckApplyResult::Outcome::Converged);
        runner.exitCodes = {3};
        QCOMPARE(e->checkApply(true, context).outcome, CheckApplyResult::Outcome::Changed);
    }
    void createsSkipsWhenPathExists()
    {
        QTemporaryDir dir;
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        const QString path = dir.filePath(u"made"_qs);
        Resource r = exec({{u"cmd", u"a"}});
        r.params.insert(u"creates"_qs, Value::scalar(path));
        auto e = make(r);
        QCOMPARE(e->checkApply(true, context).outcome, CheckApplyResult::Outcome::Changed);
        QFile(path).open(QIODevice::WriteOnly);
        QCOMPARE(e->checkApply(true, context).outcome, CheckApplyResult::Outcome::Converged);
        QCOMPARE(runner.specs.size(), 1);
    }
    void noopRunsGuardsButNotCmd()
    {
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        auto e = make(exec({{u"cmd", u"a"}, {u"ifcmd", u"b"}}));
        QCOMPARE(e->checkApply(false, context).outcome, CheckApplyResult::Outcome::Changed);
        QCOMPARE(runner.commandLines(), QStringList{u"b"_qs});
    }
    void noopSaysWhatWouldRunAndWhy_data()
    {
        QTest::addColumn<Params>("params");
        QTest::addColumn<QList<int>>("exitCodes");
        QTest::addColumn<QString>("said");
        const QString missing = u"/nonexistent-converge/x"_qs;
        QTest::newRow("no guard") << Params{{u"cmd"_qs, u"make"_qs}} << QList<int>{}
                                  << u"would run `make`: no ifcmd, nifcmd or creates"_qs;
        QTest::newRow("creates") << Params{{u"cmd"_qs, u"make"_qs}, {u"creates"_qs, missing}}
                                 << QList<int>{}
                                 << u"would run `make`: creates %1 is missing"_qs.arg(missing);
        QTest::newRow("ifcmd") << Params{{u"cmd"_qs, u"make"_qs}, {u"ifcmd"_qs, u"test -e /y"_qs}}
                               << QList<int>{0}
                               << u"would run `make`: ifcmd `test -e /y` exited 0"_qs;
        QTest::newRow("ifequals")
            << Params{{u"cmd"_qs, u"make"_qs},
                      {u"ifcmd"_qs, u"cat /y"_qs},
                      {u"ifequals"_qs, u"x"_qs}}
            << QList<int>{0}
            << u"would run `make`: ifcmd `cat /y` exited 0 and printed something else than "
               u"ifequals"_qs;
        QTest::newRow("nifcmd") << Params{{u"cmd"_qs, u"make"_qs}, {u"nifcmd"_qs, u"test -e /y"_qs}}
                                << QList<int>{1}
                                << u"would run `make`: nifcmd `test -e /y` exited 1"_qs;
        QTest::newRow("every guard and donecmd")
            << Params{{u"cmd"_qs, u"make"_qs},
                      {u"ifcmd"_qs, u"a"_qs},
                      {u"nifcmd"_qs, u"b"_qs},
                      {u"creates"_qs, missing},
                      {u"donecmd"_qs, u"echo done"_qs}}
            << QList<int>{0, 2}
            << u"would run `make`, then `echo done`: ifcmd `a` exited 0; nifcmd `b` exited 2; "
               u"creates %1 is missing"_qs.arg(missing);
        QTest::newRow("converged says nothing")
            << Params{{u"cmd"_qs, u"make"_qs}, {u"ifcmd"_qs, u"a"_qs}} << QList<int>{1}
            << QString();
    }
    void noopSaysWhatWouldRunAndWhy()
    {
        QFETCH(Params, params);
        QFETCH(QList<int>, exitCodes);
        QFETCH(QString, said);
        Resource r;
        r.kind = u"exec"_qs;
        r.name = u"e"_qs;
        for (const auto &[key, value] : params)
            r.params.insert(key, Value::scalar(value));
        ScriptedProcessRunner runner;
        runner.exitCodes = exitCodes;
        FakeCheckApplyContext context;
        context.runner = &runner;
        auto e = make(r);
        e->checkApply(false, context);
        const QStringList wouldRun = context.messages.filter(u"would run"_qs);
        QCOMPARE(wouldRun, said.isEmpty() ? QStringList() : QStringList{said});
        QVERIFY(!runner.commandLines().contains(u"make"_qs));
    }
    void nonZeroExitFails()
    {
        FakeCheckApplyContext context;
        auto e = make(exec({{u"cmd", u"false"}}));
        const CheckApplyResult r = e->checkApply(true, context);
        QCOMPARE(r.outcome, CheckApplyResult::Outcome::Failed);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.error, u"cmd exited with 1"_qs);
    }
    void missingProgramFailsWithReason()
    {
        FakeCheckApplyContext context;
        auto e = make(exec({{u"cmd", u"/nonexistent/converge-x"}}));
        const CheckApplyResult r = e->checkApply(true, context);
        QCOMPARE(r.outcome, CheckApplyResult::Outcome::Failed);
        QCOMPARE(r.error,
                 u"cmd failed to start: /nonexistent/converge-x: No such file or directory"_qs);
    }
    void outOfDescriptorsSaysWhichCommandAndWhy()
    {
        FakeCheckApplyContext context;
        auto e = make(exec({{u"cmd", u"/bin/true"}}));
        rlimit limit;
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &limit), 0);
        const auto restore = qScopeGuard([limit] { setrlimit(RLIMIT_NOFILE, &limit); });
        // No descriptor may be opened at all: the command's pipes are the first to fail.
        rlimit none = limit;
        none.rlim_cur = 0;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &none), 0);
        const CheckApplyResult r = e->checkApply(true, context);
        QCOMPARE(r.outcome, CheckApplyResult::Outcome::Failed);
        QCOMPARE(
            r.error,
            u"cmd failed to start: cannot create a pipe for /bin/true: Too many open files"_qs);
    }
    void capturesStdoutAndStderrLines()
    {
        FakeCheckApplyContext context;
        auto e =
            make(exec({{u"cmd", u"echo one; echo two >&2; printf three"}, {u"shell", u"/bin/sh"}}));
        QCOMPARE(e->checkApply(true, context).outcome, CheckApplyResult::Outcome::Changed);
        QCOMPARE(context.lines.size(), 3);
        QVERIFY(context.lines.contains(u"one"_qs));
        QVERIFY(context.lines.contains(u"two"_qs));
        QVERIFY(context.lines.contains(u"three"_qs));
    }
    void cwdAndEnvReachTheCommand()
    {
        QTemporaryDir dir;
        FakeCheckApplyContext context;
        Resource r = exec({{u"cmd", u"echo $PWD $GREETING"}, {u"shell", u"/bin/sh"}});
        r.params.insert(u"cwd"_qs, Value::scalar(dir.path()));
        Value env = Value::map();
        env.insert(u"GREETING"_qs, Value::scalar(u"hi"_qs));
        r.params.insert(u"env"_qs, env);
        make(r)->checkApply(true, context);
        QCOMPARE(context.lines, QStringList{dir.path() + u" hi"_qs});
    }
    void timeoutParameterKillsTheCommand()
    {
        FakeCheckApplyContext context;
        Resource r = exec({{u"cmd", u"sleep 30"}});
        r.params.insert(u"timeout"_qs, Value::scalar(u"1"_qs));
        QElapsedTimer clock;
        clock.start();
        const CheckApplyResult result = make(r)->checkApply(true, context);
        QCOMPARE(result.outcome, CheckApplyResult::Outcome::Failed);
        QCOMPARE(result.error, u"cmd timed out"_qs);
        QVERIFY(clock.elapsed() < 5000);
    }
    void metaTimeoutStopsWithSigAndTimeoutKills()
    {
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        context.remaining = 250;
        Resource r = exec({{u"cmd", u"a"}, {u"sig", u"SIGINT"}});
        r.params.insert(u"timeout"_qs, Value::scalar(u"10"_qs));
        make(r)->checkApply(true, context);
        QCOMPARE(runner.specs[0].stopAfterMs, 250);
        QCOMPARE(runner.specs[0].stopSignal, SIGINT);
        QCOMPARE(runner.specs[0].timeoutMs, 10000);
        context.remaining = 0;
        make(r)->checkApply(true, context);
        QCOMPARE(runner.specs[1].stopAfterMs, 0);
    }
    void sigIsReadAsMgmtReadsIt_data()
    {
        QTest::addColumn<QString>("sig");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("SIGINT") << u"SIGINT"_qs << QString();
        QTest::newRow("SIGUSR1") << u"SIGUSR1"_qs << QString();
        QTest::newRow("case") << u"sigterm"_qs
                              << u"exec/e: invalid sig sigterm, did you mean SIGTERM?"_qs;
        QTest::newRow("prefix") << u"INT"_qs << u"exec/e: invalid sig INT, did you mean SIGINT?"_qs;
        QTest::newRow("unknown") << u"SIGBOGUS"_qs << u"exec/e: invalid sig SIGBOGUS"_qs;
    }
    void sigIsReadAsMgmtReadsIt()
    {
        QFETCH(QString, sig);
        QFETCH(QString, refusal);
        Resource r = exec({{u"cmd", u"a"}});
        r.params.insert(u"sig"_qs, Value::scalar(sig));
        QCOMPARE(::refusal(r), refusal);
    }
    void parametersMgmtRejectsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("timeout overflow")
            << u"timeout"_qs << u"18446744073709552"_qs
            << u"exec/e: timeout must be a whole number of seconds from 0 to 9223372036854775, "
               "not 18446744073709552"_qs;
        QTest::newRow("relative creates")
            << u"creates"_qs << u"made"_qs << u"exec/e: creates must be an absolute path"_qs;
        QTest::newRow("unknown user") << u"user"_qs << u"converge-no-such-user"_qs
                                      << u"exec/e: user converge-no-such-user does not exist"_qs;
        QTest::newRow("unknown group") << u"group"_qs << u"converge-no-such-group"_qs
                                       << u"exec/e: group converge-no-such-group does not exist"_qs;
    }
    void parametersMgmtRejectsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, refusal);
        Resource r = exec({{u"cmd", u"a"}});
        r.params.insert(key, Value::scalar(value));
        QCOMPARE(::refusal(r), refusal);
    }
    void listsMgmtRejectsAreRefused()
    {
        const Resource r = exec({{u"cmd", u"a"}});
        QCOMPARE(refusal(withList(r, u"watchfiles"_qs, {u"rel"_qs})),
                 u"exec/e: the path rel in watchfiles must be absolute"_qs);
        QCOMPARE(refusal(withList(r, u"mtimes"_qs, {u"/etc/hosts"_qs})),
                 u"exec/e: mtimes needs the state mgmt keeps between runs, which Converge does "
                 "not keep"_qs);
        Resource bad = r;
        Value env = Value::map();
        env.insert(u"1A"_qs, Value::scalar(u"x"_qs));
        bad.params.insert(u"env"_qs, env);
        QCOMPARE(refusal(bad), u"exec/e: invalid variable name 1A in env"_qs);
    }
    void nifcmdHasItsOwnShellAndDirectory()
    {
        ScriptedProcessRunner runner;
        runner.exitCodes = {1};
        FakeCheckApplyContext context;
        context.runner = &runner;
        auto e = make(exec({{u"cmd", u"a"},
                            {u"nifcmd", u"test -e x"},
                            {u"nifshell", u"/bin/sh"},
                            {u"nifcwd", u"/tmp"},
                            {u"ifshell", u"/bin/bash"}}));
        QCOMPARE(e->checkApply(true, context).outcome, CheckApplyResult::Outcome::Changed);
        QCOMPARE(runner.commandLines()[0], u"/bin/sh -c test -e x"_qs);
        QCOMPARE(runner.specs[0].workingDirectory, u"/tmp"_qs);
    }
    void ifequalsMatchingOutputMeansConverged()
    {
        FakeCheckApplyContext context;
        auto e =
            make(exec({{u"cmd", u"false"}, {u"ifcmd", u"echo same"}, {u"ifequals", u"same\n"}}));
        QCOMPARE(e->checkApply(true, context).outcome, CheckApplyResult::Outcome::Converged);
        QCOMPARE(context.messages,
                 (QStringList{u"ifcmd exited with 0"_qs, u"ifequals matched"_qs}));
        auto other = make(
            exec({{u"cmd", u"true"}, {u"ifcmd", u"echo other"}, {u"ifequals_stdout", u"same\n"}}));
        QCOMPARE(other->checkApply(true, context).outcome, CheckApplyResult::Outcome::Changed);
    }
    void guardsRunInMgmtOrderBeforeCreates()
    {
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        auto e = make(exec({{u"cmd", u"a"}, {u"ifcmd", u"b"}, {u"creates", u"/"}}));
        QCOMPARE(e->checkApply(true, context).outcome, CheckApplyResult::Outcome::Converged);
        QCOMPARE(runner.commandLines(), QStringList{u"b"_qs});
        QCOMPARE(context.messages.last(), u"/ exists"_qs);
    }
    void watchAndSendParametersAreLoggedAsNotUsed()
    {
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        auto quiet = make(exec({{u"cmd", u"a"}, {u"watchcmd", u""}, {u"pollint", u"0"}}));
        quiet->checkApply(true, context);
        QCOMPARE(context.messages, QStringList());
        auto e =
            make(exec({{u"cmd", u"a"}, {u"watchcmd", u"inotifywait x"}, {u"send_output", u"y"}}));
        e->checkApply(true, context);
        QCOMPARE(context.messages,
                 (QStringList{u"watchcmd used only while watching (converge run --watch)"_qs,
                              u"send_output not used: Converge has no send/recv"_qs}));
    }
    void aRefreshLeavesTheGuardsInCharge()
    {
        ScriptedProcessRunner runner;
        runner.exitCodes = {1};
        FakeCheckApplyContext context;
        context.runner = &runner;
        context.refreshed = true;
        auto e = make(exec({{u"cmd", u"a"}, {u"ifcmd", u"b"}}));
        QCOMPARE(e->checkApply(true, context).outcome, CheckApplyResult::Outcome::Converged);
        QCOMPARE(runner.commandLines(), QStringList{u"b"_qs});
        QCOMPARE(context.messages.first(),
                 u"notified: as in mgmt, exec is not refreshable and its checks still decide "
                 "whether cmd runs"_qs);
    }
    void userAndGroupBecomeCredentials()
    {
        if (geteuid() != 0)
            QSKIP("needs root to run as another user");
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        make(exec({{u"cmd", u"a"}, {u"ifcmd", u"b"}, {u"user", u"nobody"}}))
            ->checkApply(true, context);
        QCOMPARE(runner.specs.size(), 2);
        for (const ProcessSpec &spec : runner.specs) {
            QVERIFY(spec.credentials);
            QCOMPARE(spec.credentials->uid, uid_t(65534));
            QCOMPARE(spec.credentials->gid, gid_t(65534));
        }
        make(exec({{u"cmd", u"a"}, {u"group", u"65534"}}))->checkApply(true, context);
        QCOMPARE(runner.specs[2].credentials->uid, uid_t(0));
        QCOMPARE(runner.specs[2].credentials->groups, std::vector<gid_t>{65534});
        make(exec({{u"cmd", u"a"}, {u"user", u"root"}}))->checkApply(true, context);
        QVERIFY(!runner.specs[3].credentials);
    }
    void anotherUserWithoutRootIsRefused()
    {
        if (geteuid() != 0)
            QSKIP("needs root to become another user for a moment");
        QCOMPARE(setegid(65534), 0);
        QCOMPARE(seteuid(65534), 0);
        const auto restore = qScopeGuard([] {
            QCOMPARE(seteuid(0), 0);
            QCOMPARE(setegid(0), 0);
        });
        QCOMPARE(refusal(exec({{u"cmd", u"a"}, {u"user", u"root"}})),
                 u"exec/e: running as root is required to run a command as another user or "
                 "group"_qs);
        QCOMPARE(refusal(exec({{u"cmd", u"a"}, {u"user", u"nobody"}})), QString());
    }
    void outputIsBoundedPerCommand()
    {
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        make(exec({{u"cmd", u"a"}}))->checkApply(true, context);
        QCOMPARE(runner.specs[0].headLines, ExecResource::HeadLines);
        QCOMPARE(runner.specs[0].tailLines, ExecResource::TailLines);
        QVERIFY(!runner.specs[0].inheritEnvironment);
    }
};

QTEST_GUILESS_MAIN(TestExecResource)
#include "tst_execresource.moc"
