#include "enginetesting.h"

#include "engine/engine.h"
#include "model/graph.h"

#include <QTest>

using namespace converge;
using namespace converge::testing;

/// mgmt's refresh (engine/graph/refresh.go, actions.go): a resource that applied a change sends
/// a refresh along its `notify: true` edges; the receiver sees CheckApplyContext::refresh()
/// and the event stream says who sent it.
class TestRefresh : public QObject
{
    Q_OBJECT

private:
    static void notify(Graph &g, ResourceId from, ResourceId to, bool notify = true)
    {
        Edge e;
        e.from = from;
        e.to = to;
        e.notify = notify;
        g.addEdge(e);
    }
    /// The stream's refresh senders and messages of id, in order, as log text.
    static QStringList logOf(const std::vector<RunEvent> &events, ResourceId id)
    {
        QStringList lines;
        for (const RunEvent &e : events) {
            if (e.resource != id)
                continue;
            if (e.type == RunEvent::Type::Refresh)
                lines.append(u"refresh from "_qs + e.text);
            else if (e.type == RunEvent::Type::Message)
                lines.append(e.text);
        }
        return lines;
    }
    /// exec/a (which changes something) notifying noop/n.
    struct Pair
    {
        Graph graph;
        ResourceId a, n;
    };
    static Pair execNotifiesNoop(Params noopMeta = {})
    {
        Pair p;
        p.a = exec(p.graph, u"a"_qs, u"true"_qs);
        p.n = add(p.graph, u"noop"_qs, u"n"_qs, {}, noopMeta);
        notify(p.graph, p.a, p.n);
        return p;
    }
    static qsizetype refreshIndex(const std::vector<RunEvent> &events, ResourceId id)
    {
        for (size_t i = 0; i < events.size(); ++i) {
            if (events[i].type == RunEvent::Type::Refresh && events[i].resource == id)
                return qsizetype(i);
        }
        return -1;
    }

private slots:
    void aChangeRefreshesTheNotifiedNoop_data()
    {
        QTest::addColumn<int>("threads");
        for (int threads : {1, 4})
            QTest::addRow("%d threads", threads) << threads;
    }
    void aChangeRefreshesTheNotifiedNoop()
    {
        QFETCH(int, threads);
        const auto [g, a, n] = execNotifiesNoop();
        Engine engine;
        RunOptions options;
        options.cpuThreads = threads;
        const auto events = run(engine, g, options);
        QCOMPARE(logOf(events, n),
                 (QStringList{u"refresh from exec/a"_qs, u"received a notification"_qs}));
        // Between the receiver's start and its end, after the sender's end.
        const qsizetype refreshed = refreshIndex(events, n);
        QVERIFY(indexOf(events, a, ResourceState::Done) <
                indexOf(events, n, ResourceState::Running));
        QVERIFY(indexOf(events, n, ResourceState::Running) < refreshed);
        QVERIFY(refreshed < indexOf(events, n, ResourceState::Done));
        QCOMPARE(engine.record(n).refreshedBy, QStringList{u"exec/a"_qs});
        QVERIFY(!engine.record(n).changed);
    }
    void everySenderThatChangedIsNamed()
    {
        Graph g;
        const ResourceId a = exec(g, u"a"_qs, u"true"_qs);
        const ResourceId quiet = exec(g, u"quiet"_qs, u"true"_qs, {});
        const ResourceId b = exec(g, u"b"_qs, u"true"_qs);
        const ResourceId n = add(g, u"noop"_qs, u"n"_qs);
        g.resource(quiet).params.insert(u"ifcmd"_qs, Value::scalar(u"false"_qs));
        notify(g, a, n);
        notify(g, quiet, n);
        notify(g, b, n);
        notify(g, b, n); // mgmt keeps one edge per pair
        Engine engine;
        run(engine, g);
        QCOMPARE(engine.record(n).refreshedBy, (QStringList{u"exec/a"_qs, u"exec/b"_qs}));
    }
    void nothingIsSentWithoutAChangeOrWithoutNotify()
    {
        Graph g;
        const ResourceId converged = exec(g, u"converged"_qs, u"true"_qs);
        g.resource(converged).params.insert(u"ifcmd"_qs, Value::scalar(u"false"_qs));
        const ResourceId plain = exec(g, u"plain"_qs, u"true"_qs);
        const ResourceId n1 = add(g, u"noop"_qs, u"n1"_qs);
        const ResourceId n2 = add(g, u"noop"_qs, u"n2"_qs);
        notify(g, converged, n1);
        notify(g, plain, n2, false);
        Engine engine;
        const auto events = run(engine, g);
        QCOMPARE(engine.summary().done, 4);
        QVERIFY(logOf(events, n1).isEmpty());
        QVERIFY(logOf(events, n2).isEmpty());
    }
    void aNoopRunSendsNothing()
    {
        // mgmt: a resource in noop did no work, so it sends no refresh.
        auto [g, a, n] = execNotifiesNoop();
        Engine engine;
        RunOptions options;
        options.noop = true;
        const auto events = run(engine, g, options);
        QVERIFY(engine.record(a).changed);
        QVERIFY(logOf(events, n).isEmpty());

        g.resource(a).meta.insert(u"noop"_qs, Value::scalar(u"true"_qs));
        const auto metaNoop = run(engine, g);
        QVERIFY(engine.record(a).changed);
        QVERIFY(logOf(metaNoop, n).isEmpty());
    }
    void aRefreshedReceiverInNoopWouldChangeWithoutChecking()
    {
        // mgmt's engine skips CheckApply for a refreshable resource that has a refresh to act
        // on in noop, and reports it as not converged.
        const auto [g, a, n] = execNotifiesNoop({{u"noop", u"true"_qs}});
        Engine engine;
        const auto events = run(engine, g);
        QCOMPARE(logOf(events, n), QStringList{u"refresh from exec/a"_qs});
        QCOMPARE(engine.state(n), ResourceState::Done);
        QVERIFY(engine.record(n).changed);
        QCOMPARE(engine.summary().changed, 1); // only a applied a change
    }
    void aFailedSenderSendsNothing()
    {
        auto [g, a, n] = execNotifiesNoop();
        g.resource(a).params.insert(u"cmd"_qs, Value::scalar(u"false"_qs));
        Engine engine;
        const auto events = run(engine, g);
        QCOMPARE(engine.state(n), ResourceState::Skipped);
        QVERIFY(logOf(events, n).isEmpty());
    }
    void aRefreshFromOutsideTheRunIsReceivedWhenNamed_data()
    {
        QTest::addColumn<QStringList>("refreshedFrom");
        QTest::addColumn<QStringList>("log");
        QTest::newRow("its notifier changed")
            << QStringList{u"exec/a"_qs}
            << QStringList{u"refresh from exec/a"_qs, u"received a notification"_qs};
        QTest::newRow("another resource changed") << QStringList{u"exec/other"_qs} << QStringList{};
    }
    void aRefreshFromOutsideTheRunIsReceivedWhenNamed()
    {
        // Watch mode checks one resource per run; a notifier's earlier change comes in through
        // RunOptions::refreshedFrom and is received exactly as one from inside the run.
        QFETCH(QStringList, refreshedFrom);
        QFETCH(QStringList, log);
        const auto [g, a, n] = execNotifiesNoop();
        Engine engine;
        RunOptions options;
        options.subset = {n};
        options.refreshedFrom = refreshedFrom;
        QCOMPARE(logOf(run(engine, g, options), n), log);
        QCOMPARE(engine.record(n).refreshedBy, log.isEmpty() ? QStringList() : refreshedFrom);
        QCOMPARE(engine.state(a), ResourceState::Pending);
    }
    void aRefreshedTimerSendsOneOn()
    {
        // mgmt's timer applies a refresh as a change, so it notifies its own dependents; with
        // nothing to refresh it is converged and sends nothing.
        Graph g;
        const ResourceId a = exec(g, u"a"_qs, u"true"_qs);
        const ResourceId t = add(g, u"timer"_qs, u"t"_qs, {{u"interval", u"60"_qs}});
        const ResourceId n = add(g, u"noop"_qs, u"n"_qs);
        notify(g, a, t);
        notify(g, t, n);
        Engine engine;
        QCOMPARE(logOf(run(engine, g), n),
                 (QStringList{u"refresh from timer/t"_qs, u"received a notification"_qs}));
        QVERIFY(engine.record(t).changed);

        g.resource(a).params.insert(u"ifcmd"_qs, Value::scalar(u"false"_qs));
        QVERIFY(logOf(run(engine, g), n).isEmpty());
        QVERIFY(!engine.record(t).changed);
        QCOMPARE(engine.state(t), ResourceState::Done);
    }
};

QTEST_GUILESS_MAIN(TestRefresh)
#include "tst_refresh.moc"
