#include "conformance.h"

#include <QElapsedTimer>

using namespace converge::testing;

/// mgmt's meta parameters (engine/metaparams.go, engine/graph/actions.go, autoedge.go,
/// semaphore.go), one function each, through the real binary. The exec under test counts its
/// runs in @DIR@/runs, one line per run.
class TestConformanceMeta : public QObject
{
    Q_OBJECT

private:
    /// A graph of one exec `a` running cmd through /bin/sh, with the given meta lines (each
    /// "key: value"), plus extra text after it.
    static QString oneExec(const QString &cmd, const QStringList &meta, const QString &extra = {})
    {
        QString yaml = u"graph: g\nresources:\n  exec:\n  - name: a\n    shell: /bin/sh\n"
                       "    cmd: \"%1\"\n"_qs.arg(cmd);
        if (!meta.isEmpty())
            yaml += u"    meta:\n"_qs;
        for (const QString &line : meta)
            yaml += u"      "_qs + line + u'\n';
        return yaml + extra;
    }
    static const inline QString countRun = u"echo run >> @DIR@/runs"_qs;
    /// Fails the first time it runs, succeeds afterwards.
    static const inline QString failOnce =
        u"echo run >> @DIR@/runs; test -e @DIR@/once || { touch @DIR@/once; exit 1; }"_qs;

    static int runs(const ConformanceCase &c) { return int(c.read(u"runs"_qs).count('\n')); }

private slots:
    void noopChecksOnlyThatResource()
    {
        ConformanceCase c;
        QVERIFY(!c.writeGraph(oneExec(countRun, {u"noop: true"_qs})).isEmpty());
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(runs(c), 0);
        QVERIFY2(r.out.contains(u"Exec[a]: would change (noop)\n"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"1 done (0 changed)"_qs), qPrintable(r.out));
    }
    void retryRunsAFailedResourceAgain()
    {
        ConformanceCase c;
        QVERIFY(!c.writeGraph(oneExec(failOnce, {u"retry: 1"_qs})).isEmpty());
        const CliResult r = c.run();
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(runs(c), 2);
        QVERIFY2(r.out.contains(u"retrying in 0 ms (attempt 2 of 2)"_qs), qPrintable(r.out));

        ConformanceCase none;
        QVERIFY(!none.writeGraph(oneExec(failOnce, {})).isEmpty());
        QCOMPARE(none.run().exitCode, 1);
        QCOMPARE(runs(none), 1);
    }
    void delayWaitsBetweenRetries()
    {
        // mgmt's delay is in milliseconds.
        ConformanceCase c;
        QVERIFY(!c.writeGraph(oneExec(failOnce, {u"retry: 1"_qs, u"delay: 700"_qs})).isEmpty());
        QElapsedTimer timer;
        timer.start();
        const CliResult r = c.run();
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(timer.elapsed() >= 700);
        QVERIFY2(r.out.contains(u"retrying in 700 ms"_qs), qPrintable(r.out));
    }
    void timeoutStopsTheCheckApply()
    {
        // mgmt's timeout is in milliseconds, for the whole CheckApply.
        ConformanceCase c;
        QVERIFY(!c.writeGraph(oneExec(u"sleep 30"_qs, {u"timeout: 300"_qs})).isEmpty());
        QElapsedTimer timer;
        timer.start();
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 1);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY2(r.out.contains(u"Exec[a]: cmd timed out"_qs), qPrintable(r.out));
    }
    void semaLetsOneHolderRunAtATime()
    {
        ConformanceCase c;
        QString yaml = u"graph: g\nresources:\n  exec:\n"_qs;
        for (const char *name : {"a", "b", "c"})
            yaml += u"  - name: %1\n    shell: /bin/sh\n"
                    "    cmd: \"echo start >> @DIR@/log; sleep 0.2; echo end >> @DIR@/log\"\n"
                    "    meta:\n      sema: [\"one:1\"]\n"_qs.arg(QLatin1String(name));
        QVERIFY(!c.writeGraph(yaml).isEmpty());
        const CliResult r = c.run();
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(c.read(u"log"_qs), QByteArray("start\nend\nstart\nend\nstart\nend\n"));
    }
    void autoedgeFalseMakesAFileNoPrerequisite()
    {
        // mgmt leaves a resource with autoedge false out of the matching: the exec no longer
        // waits for the file that holds its program, so the drawn edge exec -> file makes no
        // cycle (with autoedge on, run refuses the cycle: tst_conformance_edges).
        ConformanceCase c;
        QVERIFY(!c.writeGraph(u"graph: g\n"
                              "resources:\n"
                              "  exec:\n"
                              "  - name: a\n"
                              "    cmd: \"@DIR@/tool\"\n"
                              "    ifcmd: \"false\"\n"
                              "  file:\n"
                              "  - name: tool\n"
                              "    path: \"@DIR@/tool\"\n"
                              "    content: \"\"\n"
                              "    state: exists\n"
                              "    meta:\n"
                              "      autoedge: false\n"
                              "edges:\n"
                              "- name: e\n"
                              "  from: {kind: exec, name: a}\n"
                              "  to: {kind: file, name: tool}\n"_qs)
                     .isEmpty());
        const CliResult r = c.run();
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(QFileInfo::exists(c.path(u"tool"_qs)));
    }
    void limitWithoutBurstIsRefused()
    {
        // mgmt's MetaParams.Validate: a finite limit with burst 0 is "permanently limited".
        // With a burst the first CheckApply passes at once, which is all a single run does.
        ConformanceCase c;
        QVERIFY(!c.writeGraph(oneExec(countRun, {u"limit: 2"_qs})).isEmpty());
        const CliResult refused = c.run();
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(
                     u"graph.yaml:8:14: error: exec/a: meta limit: a limit of 2 events per second "
                     "with burst 0 lets no event through (mgmt refuses it as permanently "
                     "limited); set burst to 1 or more, or limit to .inf"_qs),
                 qPrintable(refused.err));
        QCOMPARE(runs(c), 0);

        QVERIFY(!c.writeGraph(oneExec(countRun, {u"limit: 2"_qs, u"burst: 1"_qs})).isEmpty());
        QCOMPARE(c.run().exitCode, 0);
        QCOMPARE(runs(c), 1);
    }
    void pollRunsOnceInASingleRun()
    {
        // poll replaces mgmt's Watch by a timer; the first CheckApply happens either way, and
        // a run of Converge is that first pass.
        ConformanceCase c;
        QVERIFY(!c.writeGraph(oneExec(countRun, {u"poll: 1"_qs})).isEmpty());
        QCOMPARE(c.run().exitCode, 0);
        QCOMPARE(runs(c), 1);
    }
    void hiddenIsNeverRun()
    {
        // mgmt keeps a hidden resource in the graph but never runs CheckApply on it.
        ConformanceCase c;
        QVERIFY(!c.writeGraph(oneExec(countRun, {u"hidden: true"_qs},
                                      u"  noop:\n  - name: after\nedges:\n- name: e\n"
                                      "  from: {kind: exec, name: a}\n"
                                      "  to: {kind: noop, name: after}\n"_qs))
                     .isEmpty());
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(runs(c), 0);
        QVERIFY2(r.out.contains(u"2 done (0 changed)"_qs), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestConformanceMeta)
#include "tst_conformance_meta.moc"
