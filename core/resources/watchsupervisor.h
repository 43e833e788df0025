#pragma once

#include "resources/reactor.h"
#include "resources/resourcewatch.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace converge {

/// mgmt's retry loop around a resource's Watch: a watch that fails is started again after meta
/// `delay` milliseconds, up to meta `retry` times (-1: forever); then the failure is final.
///
/// Each restart is reported as a warning naming the failure and the retries left (mgmt logs
/// "retrying Watch after N seconds (M left)") and, once the watch runs again, as an event with
/// cause "watch restarted": mgmt's new Watch sends a startup event, so the resource checks
/// itself for whatever happened while nobody watched. The final failure goes to failed(), and
/// the retry count starts afresh only with a new supervisor (mgmt's rewatch on a graph swap).
/// Lives on the reactor thread (see ResourceWatch).
class WatchSupervisor : public ResourceWatch
{
    Q_DECLARE_TR_FUNCTIONS(WatchSupervisor)
public:
    /// Builds the supervised watch, reporting to the sink it is given.
    using Factory = std::function<std::unique_ptr<ResourceWatch>(WatchSink)>;

    WatchSupervisor(Reactor &reactor, int retry, qint64 delayMs, WatchSink sink,
                    const Factory &make);
    ~WatchSupervisor() override;

    void start() override;
    void stop() override;
    /// True once the retries are spent and the watch stays stopped.
    bool hasFailed() const { return m_failed; }

private:
    void onFailed(const QString &message);
    void restart();

    Reactor &m_reactor;
    int m_retriesLeft;
    qint64 m_delayMs;
    WatchSink m_sink;
    std::unique_ptr<ResourceWatch> m_watch;
    Reactor::Handle m_restartTimer = 0;
    bool m_failed = false;
};

} // namespace converge
