#pragma once

#include "engine/graphdiff.h"
#include "engine/runoptions.h"
#include "engine/watchreport.h"
#include "model/diagnostic.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <vector>

namespace converge {

class EngineWatchRunner;
class Graph;
class GraphFileFollower;
class InotifyHub;
class Reactor;
class ResourceWatchFactory;
class WatchCoordinator;

/// mgmt's event-driven mode after the first pass, for `converge run --watch` and the window's
/// Keep Converging alike.
///
/// Made before the first pass starts, it starts every resource's watch (so drift during the
/// pass is not missed) and, when asked, follows the graph file; resume() hands over to the
/// WatchCoordinator once the pass ended. Every report becomes a log line (`log`) and is handed
/// on as it is (`reports`, optional), checks run through the EngineWatchRunner `makeRunner`
/// makes, and with a converged time `converged` is called once the graph stayed converged that
/// long. A changed graph file is swapped in; one with errors goes to `problems` and the
/// running graph stays. Every hook is called on the main thread, which owns the session. stop()
/// ends it without waiting for the checks' processes; the destructor stops every watch and
/// check and waits until no process is left.
class WatchSession
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
public:
    struct Hooks
    {
        std::function<void(const QString &line)> log;
        std::function<void(const Diagnostics &)> problems;
        std::function<void()> converged;
        std::function<void(const WatchReport &, const QString &key)> reports;
        std::function<EngineWatchRunner *(std::shared_ptr<const Graph>)> makeRunner;
        /// A new graph was swapped in (optional); the line says what it meant, as `log` does.
        std::function<void(const QString &line)> swapped;
        /// Swap in the graph file when it changes on disk (the window runs its own document's
        /// graph instead, and keeps it while watching).
        bool followGraphFile = true;
    };

    WatchSession(std::shared_ptr<const Graph> graph, const RunOptions &options,
                 qint64 convergedAfterMs, Hooks hooks);
    ~WatchSession();

    /// False when the reactor or inotify could not start; error() says why.
    bool isValid() const;
    QString error() const;
    /// The first pass ended; `failed` resources check again at their next event or poke.
    void resume(const std::vector<ResourceId> &failed);
    /// Takes on next (the window's graph after a reload) as a changed graph file is taken
    /// on: unchanged resources keep running untouched, changed and new ones check themselves,
    /// removed ones stop. Returns at once; the comparison and the swap happen on the reactor,
    /// and nothing happens when next is the running graph. next must have passed validation.
    void swapTo(std::shared_ptr<const Graph> next);
    /// Stops every watch (watchcmd process groups are killed at once) and cancels every check
    /// without waiting for it; `ended` is called on the main thread once no process of the
    /// session is left, at once when no check runs. No hook is called for what happens after,
    /// except the checks' own events. Call once; destroy the session after `ended`.
    void stop(std::function<void()> ended);

private:
    /// Ends the graph file follower and the coordinator (every watch) on the reactor thread.
    void stopWatches();
    void report(const WatchReport &r);
    void swap(std::shared_ptr<const Graph> next, const GraphDiff &diff);
    /// Runs fn on the reactor thread and waits for it.
    void onReactor(const std::function<void()> &fn);
    /// Runs fn on the main thread later.
    void onMain(std::function<void()> fn);

    std::shared_ptr<const Graph> m_graph; ///< the running graph; reactor thread after start
    QString m_fileName;
    Hooks m_hooks;
    std::unique_ptr<Reactor> m_reactor;
    std::unique_ptr<InotifyHub> m_hub;
    std::unique_ptr<ResourceWatchFactory> m_factory;
    std::unique_ptr<EngineWatchRunner> m_runner;
    std::unique_ptr<WatchCoordinator> m_coordinator;
    std::unique_ptr<GraphFileFollower> m_follower;
    std::unique_ptr<QObject> m_mainContext; ///< receiver for onMain()
};

} // namespace converge
