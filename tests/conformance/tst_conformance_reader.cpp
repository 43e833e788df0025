#include "conformance.h"

using namespace converge::testing;

/// Reading as mgmt's yamlgraph/gconfig.go reads, through the real binary: each rule once under
/// `converge validate` and once under `converge run`, with the whole message and its line:col.
/// Whatever `run` refuses, `validate` has already reported with the same words.
class TestConformanceReader : public QObject
{
    Q_OBJECT

private:
    /// Two noops a and b, then the edges given (a YAML list's items, or nothing).
    static QString twoNoops(const QString &edges)
    {
        return u"graph: g\nresources:\n  noop:\n  - name: a\n  - name: b\nedges:\n"_qs + edges;
    }
    /// The validate summary line of the case's graph.
    static QString summary(const ConformanceCase &c, int resources, int edges)
    {
        return c.path(u"graph.yaml"_qs) +
               u": %1 resources, %2 edges\n"_qs.arg(resources).arg(edges);
    }
    /// Checks that validate reports exactly `expected` (after the graph's path) and exits 1,
    /// and that run refuses with exit 2 and the same text.
    static bool refusedByBoth(const ConformanceCase &c, const QString &expected)
    {
        const CliResult validate = c.validate();
        const CliResult run = c.run({u"--noop"_qs});
        const QString full = c.path(u"graph.yaml"_qs) + expected;
        if (validate.exitCode != 1 || validate.err != full || run.exitCode != 2 ||
            run.err != full) {
            qWarning().noquote() << "validate" << validate.exitCode << validate.err << "run"
                                 << run.exitCode << run.err;
            return false;
        }
        return true;
    }
    /// Checks that validate exits 1 with fragment in its messages and that run refuses (exit 2).
    static bool refusedSaying(const ConformanceCase &c, const QString &fragment)
    {
        const CliResult validate = c.validate();
        const int runExit = c.run({u"--noop"_qs}).exitCode;
        if (validate.exitCode != 1 || !validate.err.contains(fragment) || runExit != 2) {
            qWarning().noquote() << "validate" << validate.exitCode << validate.err << "run"
                                 << runExit;
            return false;
        }
        return true;
    }
    /// Checks that validate accepts the graph silently with these counts; then runs it.
    static CliResult acceptedAndRun(const ConformanceCase &c, int resources, int edges)
    {
        const CliResult v = c.validate();
        if (v.exitCode != 0 || !v.err.isEmpty() || v.out != summary(c, resources, edges)) {
            qWarning().noquote() << "validate" << v.exitCode << v.out << v.err;
            return {};
        }
        return c.run();
    }
    /// Where `Noop[name]` first appears in a run's log; -1 when it does not.
    static qsizetype logged(const CliResult &r, const QString &name)
    {
        return r.out.indexOf(u"Noop["_qs + name + u']');
    }

private slots:
    void edgeEndsMaySayRes()
    {
        // mgmt from 2016-03 until it renamed the field to kind.
        ConformanceCase c;
        c.writeGraph(twoNoops(u"- name: e1\n  from:\n    res: noop\n    name: a\n"
                              "  to:\n    res: noop\n    name: b\n"_qs));
        const CliResult r = acceptedAndRun(c, 2, 1);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(logged(r, u"a"_qs) >= 0 && logged(r, u"a"_qs) < logged(r, u"b"_qs),
                 qPrintable(r.out));
    }

    void edgesNeedNoName()
    {
        ConformanceCase c;
        c.writeGraph(twoNoops(u"- from: {kind: noop, name: a}\n  to: {kind: noop, name: b}\n"_qs));
        const CliResult r = acceptedAndRun(c, 2, 1);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(logged(r, u"a"_qs) < logged(r, u"b"_qs), qPrintable(r.out));
    }

    void edgeKindsAreLowercased()
    {
        ConformanceCase c;
        c.writeGraph(twoNoops(u"- name: e1\n  from: {kind: Noop, name: a}\n"
                              "  to: {kind: NOOP, name: b}\n"_qs));
        QCOMPARE(acceptedAndRun(c, 2, 1).exitCode, 0);
    }

    void exactRepeatsAreMerged()
    {
        ConformanceCase c;
        // mgmt compares the decoded resources: the order of their keys does not count.
        c.writeGraph(u"graph: g\nresources:\n  exec:\n  - name: a\n    cmd: \"true\"\n"
                     "    shell: /bin/sh\n  - name: a\n    shell: /bin/sh\n    cmd: \"true\"\n"_qs);
        const CliResult v = c.validate();
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.out, summary(c, 1, 0));
        QCOMPARE(v.err, c.path(u"graph.yaml"_qs) +
                            u":7:11: warning: exec/a repeats the resource at line 4:5 exactly: "
                            "merged into one, as mgmt does\n  - name: a\n          ^\n"_qs);
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"1 done (1 changed)"_qs), qPrintable(r.out));
    }

    void differentRepeatsAreErrors()
    {
        ConformanceCase c;
        c.writeGraph(u"graph: g\nresources:\n  noop:\n  - name: a\n    comment: hi\n"
                     "  - name: a\n    comment: ho\n"_qs);
        QVERIFY(refusedByBoth(c, u":6:11: error: duplicate resource noop/a differs from the one "
                                 "at line 4:5 (mgmt merges only exact repeats)\n"
                                 "  - name: a\n          ^\n"_qs));
    }

    void exportedTwiceUnderOneNameIsAnErrorNotACrash()
    {
        // Two @@a once made the reader look up the name with its @@ and read out of bounds.
        ConformanceCase c;
        c.writeGraph(u"graph: g\nresources:\n  noop:\n  - name: \"@@a\"\n    comment: x\n"
                     "  - name: \"@@a\"\n"_qs);
        QVERIFY(refusedSaying(
            c, u":6:11: error: duplicate resource noop/a differs from the one at line 4:5"_qs));
    }

    void repeatedEdgesAreKeptOnce()
    {
        ConformanceCase c;
        c.writeGraph(
            twoNoops(u"- {name: e1, from: {kind: noop, name: a}, to: {kind: noop, name: b}}\n"
                     "- {name: e2, from: {kind: noop, name: a}, to: {kind: noop, name: b}}\n"_qs));
        const CliResult v = c.validate();
        QCOMPARE(v.exitCode, 0);
        QCOMPARE(v.out, summary(c, 2, 1));
        QVERIFY2(v.err.startsWith(c.path(u"graph.yaml"_qs) +
                                  u":8:3: warning: edge e2 repeats the edge noop/a -> noop/b at "
                                  "line 7: kept once, with this one's notify, as mgmt does\n"_qs),
                 qPrintable(v.err));
        QCOMPARE(c.run().exitCode, 0);
    }

    void unknownKindsAreErrorsWithASuggestion_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo") << u"exce"_qs
                              << u":3:3: error: unknown kind exce: mgmt has no such resource; did "
                                 "you mean exec?\n  exce:\n  ^\n"_qs;
        QTest::newRow("capital") << u"Exec"_qs
                                 << u":3:3: error: unknown kind Exec: mgmt has no such resource; "
                                    "did you mean exec?\n  Exec:\n  ^\n"_qs;
        QTest::newRow("nothing close")
            << u"frobnicator"_qs
            << u":3:3: error: unknown kind frobnicator: mgmt has no such resource\n"
               "  frobnicator:\n  ^\n"_qs;
    }

    void unknownKindsAreErrorsWithASuggestion()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        ConformanceCase c;
        c.writeGraph(u"graph: g\nresources:\n  %1:\n  - name: a\n    cmd: echo hi\n"_qs.arg(kind));
        QVERIFY(refusedByBoth(c, message));
    }

    void unknownParametersWarnWithASuggestion()
    {
        // mgmt's YAML decoding drops a key its struct has no field for: the file would be
        // written empty, so the typo is named, though like mgmt the run goes on.
        ConformanceCase c;
        c.writeGraph(u"graph: g\nresources:\n  file:\n  - name: f\n    path: @DIR@/out\n"
                     "    state: exists\n    contnet: hi\n    colour: blue\n"_qs);
        const CliResult v = c.validate();
        QCOMPARE(v.exitCode, 0);
        const QString file = c.path(u"graph.yaml"_qs);
        QCOMPARE(v.err, file +
                            u":7:14: warning: file/f: unknown parameter contnet: mgmt ignores "
                            "it; did you mean content?\n    contnet: hi\n             ^\n"_qs +
                            file +
                            u":8:13: warning: file/f: unknown parameter colour: mgmt ignores "
                            "it\n    colour: blue\n            ^\n"_qs);
        QCOMPARE(c.run().exitCode, 0);
        QCOMPARE(c.read(u"out"_qs), QByteArray());
    }

    void knownButUnrunnableKindsWarn()
    {
        // mgmt registers pkg: the file loads (the window can show it), and run refuses it.
        ConformanceCase c;
        c.writeGraph(
            u"graph: g\nresources:\n  pkg:\n  - name: powertop\n    state: installed\n"_qs);
        QVERIFY(refusedByBoth(
            c, u":3:3: warning: kind pkg is not supported: its resources load but will not run\n"
               "  pkg:\n  ^\n"_qs +
                   c.path(u"graph.yaml"_qs) +
                   u":4:5: error: pkg/powertop: unsupported resource kind pkg: only exec, file, "
                   "noop and timer can run\n"_qs));
    }

    void exportedResourcesRunOnlyWhenCollected_data()
    {
        QTest::addColumn<QString>("collect");
        QTest::addColumn<bool>("runs");
        QTest::newRow("no collect") << QString() << false;
        QTest::newRow("collect of another kind") << u"collect:\n- kind: exec\n"_qs << false;
        QTest::newRow("collect of file") << u"collect:\n- kind: file\n  pattern: ''\n"_qs << true;
        QTest::newRow("2016 collect res:") << u"collect:\n- res: file\n"_qs << true;
    }

    void exportedResourcesRunOnlyWhenCollected()
    {
        QFETCH(QString, collect);
        QFETCH(bool, runs);
        ConformanceCase c;
        c.writeGraph(u"graph: g\nresources:\n  file:\n  - name: \"@@f\"\n    path: @DIR@/out\n"
                     "    state: exists\n    content: hi\n"_qs +
                     collect);
        const CliResult v = c.validate();
        QCOMPARE(v.exitCode, 0);
        const QString note = c.path(u"graph.yaml"_qs) +
                             u":4:5: warning: file/f: exported (@@) and no collect takes kind "
                             "file: it does not run, as under mgmt\n"_qs;
        QCOMPARE(v.err.startsWith(note), !runs);
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QFile::exists(c.path(u"out"_qs)), runs);
    }

    void edgesToUncollectedResourcesAreErrors()
    {
        ConformanceCase c;
        c.writeGraph(u"graph: g\nresources:\n  noop:\n  - name: a\n  - name: \"@@b\"\nedges:\n"
                     "- name: e1\n  from: {kind: noop, name: a}\n  to: {kind: noop, name: b}\n"_qs);
        QVERIFY(refusedSaying(c, u":9:7: error: edge e1: noop/b is exported and not collected, "
                                 "so mgmt has no such resource to connect\n"_qs));
    }

    void limitIsAFloatAndInfMeansNoLimit()
    {
        ConformanceCase c;
        c.writeGraph(u"graph: g\nresources:\n  noop:\n  - name: a\n    meta:\n      limit: .inf\n"
                     "  - name: b\n    meta:\n      limit: 0.2\n      burst: 5\n"_qs);
        QCOMPARE(acceptedAndRun(c, 2, 0).exitCode, 0);
    }

    void finiteLimitWithoutBurstIsRefused()
    {
        ConformanceCase c;
        c.writeGraph(
            u"graph: g\nresources:\n  noop:\n  - name: a\n    meta:\n      limit: 0.5\n"_qs);
        QVERIFY(refusedByBoth(c, u":6:14: error: noop/a: meta limit: a limit of 0.5 events per "
                                 "second with burst 0 lets no event through (mgmt refuses it as "
                                 "permanently limited); set burst to 1 or more, or limit to .inf\n"
                                 "      limit: 0.5\n             ^\n"_qs));
    }

    void nulIsRefusedWhereNoSystemCallTakesIt_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("message");
        const QString tail = u": contains a NUL character (\\0), which no command, path or "
                             "environment entry can hold\n"_qs;
        QTest::newRow("cmd") << u"  exec:\n  - name: e\n    cmd: \"ec\\0ho\"\n"_qs
                             << u":5:10: error: exec/e: cmd"_qs + tail +
                                    u"    cmd: \"ec\\0ho\"\n         ^\n"_qs;
        QTest::newRow("args")
            << u"  exec:\n  - name: e\n    cmd: echo\n    args: [a, \"b\\0\"]\n"_qs
            << u":6:15: error: exec/e: args"_qs + tail +
                   u"    args: [a, \"b\\0\"]\n              ^\n"_qs;
        QTest::newRow("shell")
            << u"  exec:\n  - name: e\n    cmd: echo\n    shell: \"/bin/sh\\0\"\n"_qs
            << u":6:12: error: exec/e: shell"_qs + tail +
                   u"    shell: \"/bin/sh\\0\"\n           ^\n"_qs;
        QTest::newRow("cwd") << u"  exec:\n  - name: e\n    cmd: echo\n    cwd: \"/\\0tmp\"\n"_qs
                             << u":6:10: error: exec/e: cwd"_qs + tail +
                                    u"    cwd: \"/\\0tmp\"\n         ^\n"_qs;
        QTest::newRow("env name")
            << u"  exec:\n  - name: e\n    cmd: echo\n    env:\n      \"A\\0B\": x\n"_qs
            << u":7:7: error: exec/e: env"_qs + tail + u"      \"A\\0B\": x\n      ^\n"_qs;
        QTest::newRow("env value")
            << u"  exec:\n  - name: e\n    cmd: echo\n    env:\n      A: \"x\\0\"\n"_qs
            << u":7:10: error: exec/e: env"_qs + tail + u"      A: \"x\\0\"\n         ^\n"_qs;
        QTest::newRow("path") << u"  file:\n  - name: f\n    path: \"/tmp/a\\0b\"\n"_qs
                              << u":5:11: error: file/f: path"_qs + tail +
                                     u"    path: \"/tmp/a\\0b\"\n          ^\n"_qs;
        QTest::newRow("name") << u"  noop:\n  - name: \"a\\0b\"\n"_qs
                              << u":4:11: error: resources: noop: item 1: name: contains a NUL "
                                 "character (\\0), which no name can hold\n"
                                 "  - name: \"a\\0b\"\n          ^\n"_qs;
    }

    void nulIsRefusedWhereNoSystemCallTakesIt()
    {
        QFETCH(QString, resource);
        QFETCH(QString, message);
        ConformanceCase c;
        c.writeGraph(u"graph: g\nresources:\n"_qs + resource);
        QVERIFY(refusedByBoth(c, message));
    }

    void fileContentMayHoldNul()
    {
        // mgmt writes content as bytes; only the strings handed to system calls cannot hold NUL.
        ConformanceCase c;
        c.writeGraph(u"graph: g\nresources:\n  file:\n  - name: f\n    path: @DIR@/out\n"
                     "    state: exists\n    content: \"a\\0b\"\n"_qs);
        QCOMPARE(acceptedAndRun(c, 1, 0).exitCode, 0);
        QCOMPARE(c.read(u"out"_qs), QByteArray("a\0b", 3));
    }
};

QTEST_GUILESS_MAIN(TestConformanceReader)
#include "tst_conformance_reader.moc"
