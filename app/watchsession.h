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

/// `converge run --watch`: mgmt's event-driven mode after the first pass.
///
/// Made before the first pass starts, it starts every resource's watch (so drift during the
/// pass is not missed) and follows the graph file; resume() hands over to the
/// WatchCoordinator once the pass ended. Every report becomes a log line (`log`), checks run
/// through EngineWatchRunner, and with a converged time `converged` is called once the graph
/// stayed converged that long. A changed graph file is swapped in; one with errors is printed
/// (`problems`) and the running graph stays. Main thread; the destructor stops every watch and
/// check and leaves no process.
class WatchSession
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
public:
    struct Hooks
    {
        std::function<void(const QString &line)> log;
        std::function<void(const Diagnostics &)> problems;
        std::function<void()> converged;
        std::function<EngineWatchRunner *(std::shared_ptr<const Graph>)> makeRunner;
    };

    WatchSession(std::shared_ptr<const Graph> graph, const RunOptions &options,
                 qint64 convergedAfterMs, Hooks hooks);
    ~WatchSession();

    /// False when the reactor or inotify could not start; error() says why.
    bool isValid() const;
    QString error() const;
    /// The first pass ended; `failed` resources check again at their next event or poke.
    void resume(const std::vector<ResourceId> &failed);

private:
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
