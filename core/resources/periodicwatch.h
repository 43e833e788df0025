#pragma once

#include "resources/reactor.h"
#include "resources/resourcewatch.h"

#include <QString>

#include <chrono>

namespace converge {

/// A watch that reports an event every interval: mgmt's meta `poll: N` (cause "poll", in
/// place of the resource's own watch) and the timer kind's ticker (cause "timer").
///
/// Ticks keep to the schedule start + k * interval, as Go's time.Ticker does, so a slow
/// handler does not make the period drift; a tick that is already late is not repeated.
/// Lives on the reactor thread (see ResourceWatch).
class PeriodicWatch : public ResourceWatch
{
public:
    PeriodicWatch(Reactor &reactor, qint64 intervalMs, QString cause, WatchSink sink);
    ~PeriodicWatch() override;

    void start() override;
    void stop() override;
    /// Starts the period again from now (mgmt's timer resets its ticker when refreshed).
    void restart();

private:
    using Clock = std::chrono::steady_clock;
    void schedule();
    void tick();

    Reactor &m_reactor;
    std::chrono::milliseconds m_interval;
    QString m_cause;
    WatchSink m_sink;
    Clock::time_point m_next;
    Reactor::Handle m_timer = 0;
};

} // namespace converge
