#pragma once

#include "engine/runoptions.h"
#include "engine/watchrunner.h"
#include "model/runevent.h"
#include "model/runrecord.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>
#include <mutex>

namespace converge {

class Engine;
class Graph;

/// One event of one watch-mode check, with what a reader needs to place it.
struct WatchCheckEvent
{
    std::shared_ptr<const Graph> graph; ///< the graph the event's resource id names
    QDateTime startedAt;                ///< the check's start; event.timeUs counts from it
    RunEvent event;
    RunRecord record; ///< the resource's record when event is a final state, else empty
};

/// Watch mode's check/apply (`run --watch` and Keep Converging in the window): each check the
/// WatchCoordinator asks for is a run of the Engine limited to that one resource
/// (RunOptions::subset), so meta retry, delay, timeout, noop and the event stream are exactly a
/// one-pass run's. Checks of different resources run at once, each in an Engine of its own.
///
/// A refresh along a notify edge is handed to such a run through RunOptions::refreshedFrom,
/// so the check receives it as it would in a one-pass run (its Refresh events and
/// RunRecord::refreshedBy included). check() may be called from any thread; the runner, its
/// engines and every callback live on the thread that created it (main). stopChecks() ends the
/// checks without waiting for them; destroying the runner cancels every check still running
/// and waits for their processes to end.
class EngineWatchRunner : public QObject, public WatchRunner
{
    Q_OBJECT
public:
    /// Each event of each check goes to `events`, in order, on the runner's thread.
    using EventSink = std::function<void(const WatchCheckEvent &)>;

    EngineWatchRunner(std::shared_ptr<const Graph> graph, RunOptions options, EventSink events);
    ~EngineWatchRunner() override;

    /// The graph whose ids later checks name (after a graph swap). Any thread.
    void setGraph(std::shared_ptr<const Graph> graph);
    void check(ResourceId id, const QStringList &refreshedFrom, const QString &cause,
               Done done) override;
    /// Cancels every check still running and starts no new one; `ended` is called on the
    /// runner's thread once the last of them has ended, every process it started reaped (at
    /// once, before stopChecks() returns, when none runs). The done callbacks of the checks
    /// that ran still follow; a check asked for but not started yet never starts, and its done
    /// is not called (nobody waits for it: the watch is over). Runner's thread only; call once.
    void stopChecks(std::function<void()> ended);

private:
    void startCheck(std::shared_ptr<const Graph> graph, ResourceId id,
                    const QStringList &refreshedFrom, Done done);
    /// A check's engine finished or refused: it is no longer running.
    void checkEnded(Engine *engine);

    mutable std::mutex m_mutex; ///< guards m_graph
    std::shared_ptr<const Graph> m_graph;
    RunOptions m_options;
    EventSink m_events;
    int m_running = 0; ///< checks whose engine has not finished yet
    bool m_stopping = false;
    std::function<void()> m_ended; ///< stopChecks()'s, until the last check ended
};

} // namespace converge
