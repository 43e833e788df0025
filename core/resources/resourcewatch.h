#pragma once

#include <QString>

#include <functional>

namespace converge {

/// Where a watch reports, on the reactor thread. Each member may be empty (nothing is told).
struct WatchSink
{
    /// Something may have drifted: the resource should check itself. `cause` says what was
    /// seen ("content changed", "mode changed", "deleted", "watchcmd: <line>", "timer", "poll").
    std::function<void(const QString &cause)> event;
    /// The watch keeps going, degraded, and the user should know (the inotify limit was hit
    /// and the watch polls instead).
    std::function<void(const QString &message)> warning;
    /// The watch has stopped and reports no more events until started again: mgmt's Watch
    /// returning an error, which the engine retries per meta retry/delay.
    std::function<void(const QString &message)> failed;
};

/// mgmt's Watch for one resource: notices drift of what the resource manages without checking
/// it, and tells its WatchSink.
///
/// start() and stop() are called on the reactor thread the watch was made with; every report
/// arrives on that thread too, so a watch needs no lock. stop() closes everything the watch
/// opened (inotify watches, timers, pipes, processes) before it returns, and no report follows
/// it. A watch may be started again after stop() or after it failed.
class ResourceWatch
{
public:
    virtual ~ResourceWatch() = default;
    /// Starts watching. A watch that cannot start at all reports failed() (not an exception).
    virtual void start() = 0;
    virtual void stop() = 0;
};

} // namespace converge
