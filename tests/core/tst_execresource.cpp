#include "fakecheckapplycontext.h"
#include "model/resource.h"
#include "resources/execresource.h"

#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

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

std::unique_ptr<ExecResource> make(const Resource &resource)
{
    Diagnostics diagnostics;
    auto result = ExecResource::create(resource, u"g.yaml"_qs, &diagnostics);
    if (!diagnostics.isEmpty())
        qWarning() << diagnostics.first().toString();
    return result;
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
    void metaTimeoutWinsWhenShorter()
    {
        ScriptedProcessRunner runner;
        FakeCheckApplyContext context;
        context.runner = &runner;
        context.remaining = 250;
        Resource r = exec({{u"cmd", u"a"}});
        r.params.insert(u"timeout"_qs, Value::scalar(u"10"_qs));
        make(r)->checkApply(true, context);
        QCOMPARE(runner.specs[0].timeoutMs, 250);
        context.remaining = 0;
        make(r)->checkApply(true, context);
        QCOMPARE(runner.specs[1].timeoutMs, 10000);
    }
};

QTEST_GUILESS_MAIN(TestExecResource)
#include "tst_execresource.moc"
