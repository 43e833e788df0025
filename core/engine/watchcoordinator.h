#pragma once

#include "engine/convergedtracker.h"
#include "engine/eventratelimiter.h"
#include "engine/watchreport.h"
#include "engine/watchrunner.h"
#include "resources/reactor.h"
#include "resources/resourcewatch.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace converge {

class Graph;
struct GraphDiff;

/// Watch mode after the first pass: mgmt's per-resource Worker and its pokes, on one Reactor.
///
/// Every resource's watch (made by the factory; none for a resource that has nothing to
/// watch) reports events. An event marks the resource's state unknown and, once meta
/// limit/burst let it through (EventRateLimiter), it is processed. Processing is mgmt's
/// Process: the check/apply runs (through WatchRunner) only when the state is unknown, or a
/// notify edge asked for a refresh and the kind acts on one (CheckApply::reactsToRefresh);
/// otherwise it is skipped, and a refresh that was due is spent. A resource that processed
/// without failing pokes every dependent, and one that changed something also sets a refresh
/// on its notify edges, which the dependent's next check receives (or keeps, if that fails). A
/// resource is processed only when none of its prerequisites, direct or not, is waiting, held or
/// running: a dependent never applies before its prerequisites converged again. Independent
/// resources run at once; a flapping one is held without holding others.
///
/// With a converged time, WatchReport::Converged is told once everything was idle that long
/// (again after later activity). Every member function and every report runs on the reactor
/// thread; the coordinator must be destroyed there too, or after the reactor stopped.
class WatchCoordinator
{
    Q_DECLARE_TR_FUNCTIONS(WatchCoordinator)
public:
    using WatchFactory =
        std::function<std::unique_ptr<ResourceWatch>(ResourceId id, WatchSink sink)>;
    using Reporter = std::function<void(const WatchReport &)>;
    /// Milliseconds on a steady clock; a seam so tests can drive the rate limiter.
    using Clock = std::function<qint64()>;

    /// Copies what it needs of graph (order, edges, names, meta limit/burst); ids are the
    /// graph's. `convergedAfterMs` < 0: never report Converged.
    WatchCoordinator(Reactor &reactor, const Graph &graph, WatchRunner &runner,
                     const WatchFactory &factory, Reporter reporter, qint64 convergedAfterMs,
                     Clock clock = {});
    ~WatchCoordinator();
    WatchCoordinator(const WatchCoordinator &) = delete;
    WatchCoordinator &operator=(const WatchCoordinator &) = delete;

    /// Starts every watch before the first pass, so no drift during it is missed; events are
    /// kept until resume().
    void startWatches();
    /// The first pass is done: `failed` resources start with their state unknown (the next
    /// event or poke checks them again). Kept events are processed now.
    void resume(const std::vector<ResourceId> &failed = {});
    /// Takes on `next`, the graph file's new content, as GraphDiff decided: unchanged
    /// resources keep their watch, limiter and state (and are not checked again for it),
    /// removed ones stop, changed and added ones start a new watch and check themselves. The
    /// runner must answer for next's ids from now on; a check of a removed resource still
    /// running ends unseen.
    void swap(const Graph &next, const GraphDiff &diff, const WatchFactory &factory);
    /// Stops every watch and timer; no report follows. Checks already handed to the runner
    /// still call their done, which is then ignored.
    void stop();

private:
    struct Node
    {
        QString key;
        std::shared_ptr<ResourceId> slot; ///< its current id; InvalidId once removed
        std::vector<ResourceId> successors;
        std::vector<ResourceId> notifySuccessors;
        std::vector<ResourceId> predecessors;
        std::unique_ptr<ResourceWatch> watch;
        std::optional<EventRateLimiter> limiter;
        QString cause;            ///< why it will be processed next
        bool pending = false;     ///< an event or a poke waits to be processed
        bool stateOK = true;      ///< mgmt's isStateOK: no event since its last good check
        bool refreshable = false; ///< its kind acts on a refresh
        bool restartsWatchOnRefresh = false; ///< a timer's ticker, reset by a refresh
        QStringList refreshFrom;  ///< "kind/name" of notifiers that changed since its check
        bool busy = false;        ///< its check/apply runs
        Reactor::Handle hold = 0; ///< the limit timer while its events are held
        bool heldForGood = false; ///< a limit of 0 spent its burst
    };

    void makeNode(const Graph &graph, ResourceId id, const WatchFactory &factory);
    /// Copies id's name and edges from graph.
    void link(const Graph &graph, ResourceId id);
    void onEvent(ResourceId id, const QString &cause);
    void schedule();
    /// Processes id; true when that finished at once (no check needed).
    bool process(ResourceId id);
    /// id's check ended; `delivered` are the refreshes it was given.
    void finished(ResourceId id, CheckOutcome outcome, const QStringList &delivered);
    /// Pokes id's dependents; with sentRefresh, also refreshes those it notifies.
    void pokeDependents(ResourceId id, bool sentRefresh);
    void updateConverged();
    void report(WatchReport::Kind kind, ResourceId id, const QString &text = {}, qint64 ms = 0);
    qint64 now() const { return m_clock(); }

    Reactor &m_reactor;
    WatchRunner &m_runner;
    Reporter m_reporter;
    Clock m_clock;
    qint64 m_convergedAfterMs;
    std::vector<Node> m_nodes;       ///< indexed by ResourceId; empty key for dead ids
    std::vector<ResourceId> m_order; ///< topological
    std::optional<ConvergedTracker> m_tracker;
    Reactor::Handle m_convergedTimer = 0;
    bool m_convergedReported = false;
    bool m_resumed = false;
    bool m_stopped = false;
    int m_pendingCount = 0;
    std::shared_ptr<int> m_generation = std::make_shared<int>(0);
};

} // namespace converge
