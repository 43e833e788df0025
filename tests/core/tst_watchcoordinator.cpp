#include "engine/graphdiff.h"
#include "engine/watchcoordinator.h"
#include "formats/yamlgraphreader.h"
#include "model/graph.h"

#include "watchtesting.h"

#include <QTest>

#include <atomic>
#include <map>
#include <memory>
#include <mutex>

using namespace converge;
using namespace converge::testing;

namespace {

/// A watch the test fires by hand.
class ManualWatch : public ResourceWatch
{
public:
    explicit ManualWatch(WatchSink sink) : sink(std::move(sink)) {}
    ~ManualWatch() override { *started = false; }
    void start() override
    {
        *started = true;
        ++*starts;
    }
    void stop() override { *started = false; }
    WatchSink sink;
    /// Shared, so a test can still ask after a swap destroyed the watch.
    std::shared_ptr<bool> started = std::make_shared<bool>(false);
    std::shared_ptr<int> starts = std::make_shared<int>(0);
};

/// The engine as the coordinator sees it: records each check, and ends it when the test says
/// (or at once with `automatic`), with the outcome set for that resource.
class FakeRunner : public WatchRunner
{
public:
    void check(ResourceId id, const QStringList &refreshedFrom, const QString &cause,
               Done done) override
    {
        const std::lock_guard lock(mutex);
        const QString refresh =
            refreshedFrom.isEmpty() ? QString() : u" refresh from "_qs + refreshedFrom.join(u',');
        log.append(u"%1%2 (%3)"_qs.arg(names.at(id), refresh, cause));
        if (automatic)
            done(outcomes.count(id) ? outcomes.at(id) : CheckOutcome{});
        else
            waiting.emplace(id, std::move(done));
    }
    /// Ends the running check of name.
    void finish(ResourceId id)
    {
        Done done;
        {
            const std::lock_guard lock(mutex);
            done = std::move(waiting.at(id));
            waiting.erase(id);
        }
        done(outcomes.count(id) ? outcomes.at(id) : CheckOutcome{});
    }
    QStringList checks() const
    {
        const std::lock_guard lock(mutex);
        return log;
    }
    mutable std::mutex mutex;
    std::map<ResourceId, QString> names;
    std::map<ResourceId, CheckOutcome> outcomes;
    std::map<ResourceId, Done> waiting;
    QStringList log;
    bool automatic = true;
};

/// A graph, a reactor, the coordinator on manual watches and a fake runner.
struct Harness
{
    explicit Harness(const char *yaml, qint64 convergedAfterMs = -1,
                     WatchCoordinator::Clock clock = {})
    {
        graph = YamlGraphReader::readData(yaml, u"graph.yaml"_qs).graph;
        for (const ResourceId id : graph.resourceIds())
            runner.names[id] = graph.resource(id).name;
        onReactor(reactor, [&] {
            coordinator = std::make_unique<WatchCoordinator>(
                reactor, graph, runner, factory(),
                [this](const WatchReport &r) {
                    const std::lock_guard lock(mutex);
                    reports.push_back(r);
                },
                convergedAfterMs, std::move(clock));
            coordinator->startWatches();
        });
    }
    /// Makes manual watches, each recorded under its resource's name (the latest wins).
    WatchCoordinator::WatchFactory factory()
    {
        return [this](ResourceId id, WatchSink sink) {
            auto watch = std::make_unique<ManualWatch>(std::move(sink));
            watches[id] = watch.get();
            byName[(swapped ? next : graph).resource(id).name].push_back(watch.get());
            return watch;
        };
    }
    /// Swaps in yaml as watch mode does when the graph file changes; the runner learns the
    /// new names first.
    void swapTo(const QByteArray &yaml)
    {
        next = YamlGraphReader::readData(yaml, u"graph.yaml"_qs).graph;
        {
            const std::lock_guard lock(runner.mutex);
            runner.names.clear();
            for (const ResourceId id : next.resourceIds())
                runner.names[id] = next.resource(id).name;
        }
        swapped = true;
        watches.clear();
        const GraphDiff diff = GraphDiff::compute(graph, next);
        onReactor(reactor, [&] { coordinator->swap(next, diff, factory()); });
    }
    ~Harness()
    {
        onReactor(reactor, [&] { coordinator.reset(); });
    }
    /// The resource named name, of whatever kind.
    ResourceId id(const char *name) const
    {
        for (const ResourceId r : graph.resourceIds()) {
            if (graph.resource(r).name == QLatin1String(name))
                return r;
        }
        return InvalidId;
    }
    void resume(const std::vector<ResourceId> &failed = {})
    {
        onReactor(reactor, [&] { coordinator->resume(failed); });
    }
    void fire(const char *name, const QString &cause = u"content changed"_qs)
    {
        const ResourceId r = id(name);
        onReactor(reactor, [&] { watches.at(r)->sink.event(cause); });
    }
    void finish(const char *name)
    {
        runner.finish(id(name));
        passThrough();
    }
    /// Returns once the reactor ran everything posted so far.
    void passThrough()
    {
        onReactor(reactor, [] {});
    }
    std::vector<WatchReport> reportsOf(WatchReport::Kind kind) const
    {
        const std::lock_guard lock(mutex);
        std::vector<WatchReport> out;
        for (const WatchReport &r : reports)
            if (r.kind == kind)
                out.push_back(r);
        return out;
    }

    Graph graph;
    Graph next;
    bool swapped = false;
    std::map<QString, std::vector<ManualWatch *>> byName;
    Reactor reactor;
    FakeRunner runner;
    std::map<ResourceId, ManualWatch *> watches;
    mutable std::mutex mutex;
    std::vector<WatchReport> reports;
    std::unique_ptr<WatchCoordinator> coordinator;
};

const char *const chain = R"(graph: g
resources:
  noop:
  - name: a
  - name: b
  - name: c
  - name: lone
edges:
- from: {kind: noop, name: a}
  to: {kind: noop, name: b}
  notify: true
- from: {kind: noop, name: b}
  to: {kind: noop, name: c}
  notify: true
)";

/// noop/a notifies a noop and an exec: only the noop's kind acts on a refresh.
const char *const fanOut = R"(graph: g
resources:
  noop:
  - name: a
  - name: n
  exec:
  - name: x
    cmd: "true"
edges:
- {from: {kind: noop, name: a}, to: {kind: noop, name: n}, notify: true}
- {from: {kind: noop, name: a}, to: {kind: exec, name: x}, notify: true}
)";

} // namespace

/// Watch mode's scheduling: events, pokes in graph order, refreshes, limits and convergence.
class TestWatchCoordinator : public QObject
{
    Q_OBJECT
private slots:
    void eventsAreKeptUntilTheFirstPassEnds()
    {
        Harness h(chain);
        QVERIFY(*h.watches.at(h.id("lone"))->started);
        h.fire("lone");
        h.passThrough();
        QCOMPARE(h.runner.checks(), QStringList());
        h.resume();
        QTRY_COMPARE(h.runner.checks(), QStringList{u"lone (content changed)"_qs});
    }
    void anUnchangedResourceDoesNotRunItsDependents()
    {
        Harness h(chain);
        h.resume();
        h.fire("a");
        QTRY_COMPARE(h.runner.checks(), QStringList{u"a (content changed)"_qs});
        h.passThrough();
        QCOMPARE(h.runner.checks().size(), 1);
    }
    void aRepairRefreshesDependentsAlongTheChainInOrder()
    {
        Harness h(chain);
        h.runner.automatic = false;
        h.runner.outcomes[h.id("a")] = {true, false, true};
        h.runner.outcomes[h.id("b")] = {true, false, true};
        h.resume();
        h.fire("a");
        QTRY_COMPARE(h.runner.checks().size(), 1);
        h.finish("a");
        QTRY_COMPARE(h.runner.checks().size(), 2);
        h.finish("b");
        QTRY_COMPARE(h.runner.checks(),
                     (QStringList{u"a (content changed)"_qs,
                                  u"b refresh from noop/a (refresh from noop/a)"_qs,
                                  u"c refresh from noop/b (refresh from noop/b)"_qs}));
        h.finish("c");
    }
    void aRefreshChecksOnlyAKindThatActsOnIt()
    {
        // mgmt skips CheckApply of a known-good resource that is not Refreshable (exec), and
        // the refresh is spent: its next check, for an event of its own, gets none.
        Harness h(fanOut);
        h.runner.outcomes[h.id("a")] = {true, false, true};
        h.resume();
        h.fire("a");
        QTRY_COMPARE(h.runner.checks(),
                     (QStringList{u"a (content changed)"_qs,
                                  u"n refresh from noop/a (refresh from noop/a)"_qs}));
        h.passThrough();
        QCOMPARE(h.runner.checks().size(), 2);
        h.fire("x", u"watchcmd: tick"_qs);
        QTRY_COMPARE(h.runner.checks().size(), 3);
        QCOMPARE(h.runner.checks().last(), u"x (watchcmd: tick)"_qs);
    }
    void aFailedCheckKeepsItsRefreshForTheNext()
    {
        Harness h(fanOut);
        h.runner.outcomes[h.id("a")] = {true, false, true};
        h.runner.outcomes[h.id("n")] = {false, true};
        h.resume();
        h.fire("a");
        QTRY_COMPARE(h.runner.checks().size(), 2);
        h.runner.outcomes[h.id("n")] = {};
        h.fire("n");
        QTRY_COMPARE(h.runner.checks().size(), 3);
        QCOMPARE(h.runner.checks().last(), u"n refresh from noop/a (content changed)"_qs);
    }
    void aTimerThatAppliedARefreshStartsItsTickerAgain()
    {
        // mgmt's timer resets its ticker in CheckApply when refreshed; a tick alone does not.
        Harness h(R"(graph: g
resources:
  noop:
  - name: a
  timer:
  - name: t
    interval: 5
edges:
- {from: {kind: noop, name: a}, to: {kind: timer, name: t}, notify: true}
)");
        h.resume();
        const std::shared_ptr<int> starts = h.watches.at(h.id("t"))->starts;
        h.fire("t", u"timer"_qs);
        QTRY_COMPARE(h.runner.checks(), QStringList{u"t (timer)"_qs});
        h.passThrough();
        QCOMPARE(*starts, 1);
        h.runner.outcomes[h.id("a")] = {true, false, true};
        h.runner.outcomes[h.id("t")] = {true, false, true};
        h.fire("a");
        QTRY_COMPARE(h.runner.checks().size(), 3);
        QCOMPARE(h.runner.checks().last(), u"t refresh from noop/a (refresh from noop/a)"_qs);
        h.passThrough();
        QCOMPARE(*starts, 2);
        QVERIFY(*h.watches.at(h.id("t"))->started);
    }
    void aChangeInNoopSendsNoRefresh()
    {
        // "would change" is no work done: mgmt sends no refresh for it.
        Harness h(fanOut);
        h.runner.outcomes[h.id("a")] = {true, false, false};
        h.resume();
        h.fire("a");
        QTRY_COMPARE(h.runner.checks(), QStringList{u"a (content changed)"_qs});
        h.passThrough();
        QCOMPARE(h.runner.checks().size(), 1);
    }
    void aDependentWithItsOwnEventWaitsForItsPrerequisites()
    {
        Harness h(chain);
        h.runner.automatic = false;
        h.resume();
        h.fire("a");
        h.fire("c"); // c drifted too, but a is still to converge: c must not run before it
        h.fire("lone");
        QTRY_COMPARE(h.runner.checks(),
                     (QStringList{u"a (content changed)"_qs, u"lone (content changed)"_qs}));
        h.finish("a");
        QTRY_COMPARE(h.runner.checks().size(), 3);
        QCOMPARE(h.runner.checks().last(), u"c (content changed)"_qs);
        h.finish("c");
        h.finish("lone");
    }
    void anEventDuringItsCheckRunsItAgain()
    {
        Harness h(chain);
        h.runner.automatic = false;
        h.resume();
        h.fire("lone");
        QTRY_COMPARE(h.runner.checks().size(), 1);
        h.fire("lone", u"mode changed"_qs);
        h.finish("lone");
        QTRY_COMPARE(h.runner.checks(),
                     (QStringList{u"lone (content changed)"_qs, u"lone (mode changed)"_qs}));
        h.finish("lone");
    }
    void aResourceThatFailedTheFirstPassChecksOnAPoke()
    {
        Harness h(chain);
        h.resume({h.id("b")});
        h.fire("a");
        QTRY_COMPARE(h.runner.checks(),
                     (QStringList{u"a (content changed)"_qs, u"b (poked by noop/a)"_qs}));
    }
    void aFlappingResourceIsHeldToItsLimitWithoutHoldingOthers()
    {
        std::atomic<qint64> clock{1000};
        Harness h(R"(graph: g
resources:
  noop:
  - name: flap
    meta:
      limit: 0.5
      burst: 1
  - name: lone
)",
                  -1, [&] { return clock.load(); });
        h.resume();
        h.fire("flap");
        QTRY_COMPARE(h.runner.checks().size(), 1);
        h.fire("flap");
        h.fire("flap");
        h.fire("lone");
        QTRY_COMPARE(h.runner.checks().size(), 2);
        QCOMPARE(h.runner.checks().last(), u"lone (content changed)"_qs);
        const std::vector<WatchReport> held = h.reportsOf(WatchReport::Kind::Held);
        QCOMPARE(held.size(), 1u);
        QCOMPARE(held.front().ms, 2000);
        QCOMPARE(held.front().id, h.id("flap"));
    }
    void convergenceIsReportedAfterTheQuietTimeAndAgainAfterActivity()
    {
        Harness h(chain, 30);
        h.resume();
        QTRY_COMPARE(h.reportsOf(WatchReport::Kind::Converged).size(), 1u);
        QVERIFY(h.reportsOf(WatchReport::Kind::Converged).front().ms >= 30);
        h.fire("lone");
        QTRY_COMPARE(h.reportsOf(WatchReport::Kind::Converged).size(), 2u);
    }
    void stopEndsEveryWatchAndEveryReport()
    {
        Harness h(chain, 10000);
        h.runner.automatic = false;
        h.resume();
        h.fire("lone");
        QTRY_COMPARE(h.runner.checks().size(), 1);
        onReactor(h.reactor, [&] { h.coordinator->stop(); });
        for (const auto &[id, watch] : h.watches)
            QVERIFY(!*watch->started);
        const size_t reports = h.reportsOf(WatchReport::Kind::CheckFinished).size();
        h.finish("lone");
        QCOMPARE(h.reportsOf(WatchReport::Kind::CheckFinished).size(), reports);
    }
    void aGraphSwapKeepsUnchangedResourcesAndStartsTheRest()
    {
        Harness h(chain);
        h.resume();
        ManualWatch *keptA = h.byName.at(u"a"_qs).front();
        const std::shared_ptr<bool> oldB = h.byName.at(u"b"_qs).front()->started;
        const std::shared_ptr<bool> lone = h.byName.at(u"lone"_qs).front()->started;
        // fresh is added before a, b gets a meta parameter, lone goes; edges stay.
        QByteArray next(chain);
        next.replace("  - name: a\n", "  - name: fresh\n  - name: a\n");
        next.replace("  - name: b\n", "  - name: b\n    meta:\n      retry: 2\n");
        next.replace("  - name: lone\n", "");
        h.swapTo(next);
        QTRY_COMPARE(h.runner.checks(),
                     (QStringList{u"fresh (new in the graph)"_qs, u"b (new in the graph)"_qs}));
        QVERIFY(*keptA->started);
        QVERIFY(!*oldB);
        QVERIFY(!*lone);
        QVERIFY(*h.byName.at(u"b"_qs).back()->started);
        // The kept watch reports under the resource's new id.
        onReactor(h.reactor, [&] { keptA->sink.event(u"mode changed"_qs); });
        QTRY_COMPARE(h.runner.checks().size(), 3);
        QCOMPARE(h.runner.checks().last(), u"a (mode changed)"_qs);
    }
    void aRemovedResourcesRunningCheckEndsUnseen()
    {
        Harness h(chain);
        h.runner.automatic = false;
        h.resume();
        h.fire("lone");
        QTRY_COMPARE(h.runner.checks().size(), 1);
        const ResourceId lone = h.id("lone");
        h.swapTo("graph: g\nresources:\n  noop:\n  - name: a\n");
        h.runner.finish(lone);
        h.passThrough();
        QCOMPARE(h.reportsOf(WatchReport::Kind::CheckFinished).size(), 0u);
    }
};

QTEST_GUILESS_MAIN(TestWatchCoordinator)
#include "tst_watchcoordinator.moc"
