#include "conformance.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace converge::testing;

/// mgmt's automatic edges (engine/graph/autoedge, each resource's AutoEdges()) and its refresh
/// along `notify: true` edges (engine/graph/refresh.go, actions.go), through the real binary:
/// the order the resources run in and the log lines a user sees.
class TestConformanceEdges : public QObject
{
    Q_OBJECT

private:
    /// Index of the first event in c's events.jsonl with resource and key (== value when
    /// value is given), or -1.
    static qsizetype eventIndex(const ConformanceCase &c, const QString &resource,
                                const QString &key, const QString &value = {})
    {
        const QList<QByteArray> lines = c.read(u"events.jsonl"_qs).split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
            if (o.value(u"resource").toString() == resource && o.contains(key) &&
                (value.isEmpty() || o.value(key).toString() == value))
                return i;
        }
        return -1;
    }
    /// Runs c with --events; the run must succeed.
    static bool runWithEvents(const ConformanceCase &c, CliResult *result,
                              const QStringList &extra = {})
    {
        *result = c.run(QStringList{u"--events"_qs, c.path(u"events.jsonl"_qs)} + extra);
        if (result->exitCode != 0)
            qWarning().noquote() << result->out << result->err;
        return result->exitCode == 0;
    }
    /// first was done before second started.
    static bool ranBefore(const ConformanceCase &c, const QString &first, const QString &second)
    {
        return eventIndex(c, first, u"state"_qs, u"done"_qs) <
               eventIndex(c, second, u"state"_qs, u"running"_qs);
    }

private slots:
    void anExecRunsAfterTheFileThatHoldsItsScript()
    {
        // The exec comes first in the file and has no edge: only the automatic one orders it.
        ConformanceCase c;
        QVERIFY(!c.writeGraph(u"graph: g\n"
                              "resources:\n"
                              "  exec:\n"
                              "  - name: run\n"
                              "    cmd: \"@DIR@/script.sh now\"\n"
                              "  file:\n"
                              "  - name: script\n"
                              "    path: \"@DIR@/script.sh\"\n"
                              "    mode: \"0755\"\n"
                              "    content: |\n"
                              "      #!/bin/sh\n"
                              "      echo \"$1\" > @DIR@/out\n"
                              "    state: exists\n"_qs)
                     .isEmpty());
        CliResult r;
        QVERIFY(runWithEvents(c, &r, {u"--graphviz"_qs, c.path(u"run.dot"_qs)}));
        QCOMPARE(c.read(u"out"_qs), QByteArray("now\n"));
        QVERIFY(ranBefore(c, u"file/script"_qs, u"exec/run"_qs));
        // The picture shows the edge the graph does not hold, dashed.
        const QByteArray dot = c.read(u"run.dot"_qs);
        QVERIFY2(dot.contains("n1 -> n0\t[key=auto0,\n\t\tautoedge=true,\n\t\tstyle=dashed];"),
                 dot.constData());
    }
    void aFileWaitsForItsDirectory()
    {
        ConformanceCase c;
        QVERIFY(!c.writeGraph(u"graph: g\n"
                              "resources:\n"
                              "  file:\n"
                              "  - name: f\n"
                              "    path: \"@DIR@/a/b/f\"\n"
                              "    content: hello\n"
                              "    state: exists\n"
                              "  - name: b\n"
                              "    path: \"@DIR@/a/b/\"\n"
                              "    state: exists\n"
                              "  - name: a\n"
                              "    path: \"@DIR@/a/\"\n"
                              "    state: exists\n"_qs)
                     .isEmpty());
        CliResult r;
        QVERIFY(runWithEvents(c, &r));
        QCOMPARE(c.read(u"a/b/f"_qs), QByteArray("hello"));
        QVERIFY(ranBefore(c, u"file/a"_qs, u"file/b"_qs));
        QVERIFY(ranBefore(c, u"file/b"_qs, u"file/f"_qs));
    }
    void autoedgeFalseTakesAResourceOutOfTheMatching()
    {
        // The drawn edge exec -> file and the automatic file -> exec make a cycle, which run
        // refuses; with autoedge false on the exec there is no cycle.
        const QString graph = u"graph: g\n"
                              "resources:\n"
                              "  exec:\n"
                              "  - name: run\n"
                              "    cmd: \"@DIR@/script.sh\"\n"
                              "    ifcmd: \"test -e @DIR@/script.sh\"\n"
                              "%1"
                              "  file:\n"
                              "  - name: script\n"
                              "    path: \"@DIR@/script.sh\"\n"
                              "    content: \"\"\n"
                              "    state: exists\n"
                              "edges:\n"
                              "- name: e\n"
                              "  from: {kind: exec, name: run}\n"
                              "  to: {kind: file, name: script}\n"_qs;
        ConformanceCase on;
        QVERIFY(!on.writeGraph(graph.arg(QString())).isEmpty());
        const CliResult refused = on.run();
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"graph.yaml:4:5: error: cycle through automatic edges "
                                      "(meta autoedge) among: exec/run, file/script"_qs),
                 qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(on.path(u"script.sh"_qs)));

        ConformanceCase off;
        QVERIFY(!off.writeGraph(graph.arg(u"    meta:\n      autoedge: false\n"_qs)).isEmpty());
        QCOMPARE(off.validate().exitCode, 0);
        const CliResult r = off.run();
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(QFileInfo::exists(off.path(u"script.sh"_qs)));
    }
    void aChangeRefreshesAlongNotifyEdges()
    {
        ConformanceCase c;
        QVERIFY(!c.writeGraph(u"graph: g\n"
                              "resources:\n"
                              "  exec:\n"
                              "  - name: a\n"
                              "    cmd: \"true\"\n"
                              "  - name: b\n"
                              "    cmd: \"true\"\n"
                              "    ifcmd: \"false\"\n"
                              "  noop:\n"
                              "  - name: n1\n"
                              "  - name: n2\n"
                              "  - name: n3\n"
                              "edges:\n"
                              "- name: changed\n"
                              "  from: {kind: exec, name: a}\n"
                              "  to: {kind: noop, name: n1}\n"
                              "  notify: true\n"
                              "- name: converged\n"
                              "  from: {kind: exec, name: b}\n"
                              "  to: {kind: noop, name: n2}\n"
                              "  notify: true\n"
                              "- name: plain\n"
                              "  from: {kind: exec, name: a}\n"
                              "  to: {kind: noop, name: n3}\n"_qs)
                     .isEmpty());
        CliResult r;
        QVERIFY(runWithEvents(c, &r));
        QVERIFY2(r.out.contains(u"Noop[n1]: received a refresh from exec/a\n"_qs),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Noop[n1]: received a notification\n"_qs), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"Noop[n2]: received"_qs), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"Noop[n3]: received"_qs), qPrintable(r.out));
        const qsizetype refreshed = eventIndex(c, u"noop/n1"_qs, u"refresh"_qs, u"exec/a"_qs);
        QVERIFY(refreshed > eventIndex(c, u"exec/a"_qs, u"state"_qs, u"done"_qs));
        QVERIFY(refreshed > eventIndex(c, u"noop/n1"_qs, u"state"_qs, u"running"_qs));
        QVERIFY(refreshed < eventIndex(c, u"noop/n1"_qs, u"state"_qs, u"done"_qs));
    }
    void aRefreshedTimerPassesTheRefreshOn()
    {
        // mgmt's timer is converged unless refreshed; a refresh is a change to it, so it
        // notifies its own dependents.
        ConformanceCase c;
        c.writeGraph(
            u"graph: g\nresources:\n"
            "  exec:\n  - name: a\n    cmd: \"true\"\n"
            "  timer:\n  - name: t\n    interval: 3600\n"
            "  noop:\n  - name: n\n"
            "edges:\n"
            "- {from: {kind: exec, name: a}, to: {kind: timer, name: t}, notify: true}\n"
            "- {from: {kind: timer, name: t}, to: {kind: noop, name: n}, notify: true}\n"_qs);
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Timer[t]: received a refresh from exec/a\n"_qs),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Noop[n]: received a refresh from timer/t\n"_qs),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"converged: 3 done (2 changed)"_qs), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestConformanceEdges)
#include "tst_conformance_edges.moc"
