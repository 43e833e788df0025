#pragma once

#include "engine/runoptions.h"
#include "engine/watchreport.h"
#include "model/resource.h"
#include "model/runevent.h"
#include "model/runrecord.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>
#include <unordered_set>
#include <vector>

namespace converge {

class Graph;
class WatchSession;
struct WatchCheckEvent;

/// One thing watch mode said about a resource, for the log: what happened and when.
struct WatchNote
{
    WatchReport report;
    QDateTime time; ///< wall clock when the window learnt of it
};

/// Keep Converging's watch for the window: the same WatchSession as `converge run --watch`,
/// started before the first pass and resumed after it, with the window's bookkeeping on top.
///
/// Every check's events arrive with their own run's clock; they are put on the first pass's
/// clock (so the timeline gets one bar per apply after the pass's bars) and handed on in
/// batches, at most one per frame (batchReady()), never one signal per event. It counts each
/// resource's repairs (checks that changed something) with the cause of the last one, and how
/// long nothing has happened. Owned by the RunController; GUI thread only. stop() and the
/// destructor end every watch, check and watchcmd process group before they return;
/// stopLater() does the same without making the GUI thread wait for a check's processes.
class WatchMonitor : public QObject
{
    Q_OBJECT
public:
    explicit WatchMonitor(QObject *parent = nullptr);
    ~WatchMonitor() override;

    /// Starts watching a copy of graph; false with error when watching cannot start here (no
    /// epoll or inotify).
    bool start(const Graph &graph, const RunOptions &options, QString *error);
    /// The first pass, started at passStartedAt, ended: checks begin; `failed` resources check
    /// again at their next event.
    void resume(const QDateTime &passStartedAt, const std::vector<ResourceId> &failed);
    /// Ends every watch and check, waiting for their processes: for when no check can be
    /// running (the first pass was refused or never started). What they reported so far is
    /// handed on.
    void stop();
    /// Ends every watch and cancels every check without waiting: the checks' last events are
    /// handed on as they come, and stopped() follows once no process of the watch is left
    /// (before this returns when no check runs).
    void stopLater();
    /// Between start() and the end of stop(), or stopped().
    bool isActive() const { return m_session != nullptr; }
    /// Between stopLater() and stopped().
    bool isStopping() const { return m_stopping; }
    /// Between resume() and stop(): the first pass is over and the graph is being watched.
    bool isWatching() const { return isActive() && m_resumed; }

    /// While watching, takes on next (the document's graph after a reload), which must have
    /// passed validation: unchanged resources keep running untouched, changed and new ones
    /// check themselves, removed ones stop. Ids from now on are next's; repairs and causes
    /// follow their resources by key. Returns at once; swapped() says what it meant.
    void swapTo(const Graph &next);

    /// How often id's check changed something since start(), and why the last one ran.
    int repairs(ResourceId id) const;
    QString lastCause(ResourceId id) const;
    /// Milliseconds since the last event, check or apply while watching and none runs, or -1.
    qint64 convergedForMs() const;

signals:
    /// The next checks' events (on the first pass's clock; final states carry their record in
    /// records, same index) and watch notes, in order.
    void batchReady(const std::vector<converge::RunEvent> &events,
                    const std::vector<converge::RunRecord> &records,
                    const std::vector<converge::WatchNote> &notes);
    /// stopLater() is done: every watch, check and process of the watch has ended, and the
    /// last batch was handed on.
    void stopped();
    /// A new graph was swapped in; line says how many resources were kept, restarted, removed
    /// and added.
    void swapped(const QString &line);

private:
    void finishStop();
    void ended();
    void checkEvent(const WatchCheckEvent &e);
    void report(WatchReport r, const QString &key);
    /// The id in the graph watched now of the resource "kind/name"; InvalidId if it has none.
    ResourceId idNow(const QString &key) const;
    void flush();
    qint64 offsetUs(const QDateTime &startedAt) const;

    std::unique_ptr<WatchSession> m_session;
    std::shared_ptr<const Graph> m_graph; ///< the graph the window's ids name
    QDateTime m_passStartedAt;
    bool m_resumed = false;
    bool m_stopping = false;
    std::vector<int> m_repairs;        ///< by ResourceId
    std::vector<QString> m_lastCause;  ///< by ResourceId: why its last repair ran
    std::vector<QString> m_checkCause; ///< by ResourceId: why its running check runs
    std::unordered_set<ResourceId> m_busy;
    QElapsedTimer m_quiet; ///< since the last activity
    std::vector<RunEvent> m_events;
    std::vector<RunRecord> m_records;
    std::vector<WatchNote> m_notes;
    QTimer m_flush;
};

} // namespace converge
