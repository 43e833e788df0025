#include "resources/watchsupervisor.h"

namespace converge {

WatchSupervisor::WatchSupervisor(Reactor &reactor, int retry, qint64 delayMs, WatchSink sink,
                                 const Factory &make)
    : m_reactor(reactor), m_retriesLeft(retry), m_delayMs(delayMs), m_sink(std::move(sink))
{
    m_watch = make(WatchSink{m_sink.event, m_sink.warning, [this](const QString &message) {
                                 onFailed(message);
                             }});
}

WatchSupervisor::~WatchSupervisor()
{
    stop();
}

void WatchSupervisor::start()
{
    if (!m_failed)
        m_watch->start();
}

void WatchSupervisor::stop()
{
    if (m_restartTimer)
        m_reactor.remove(m_restartTimer);
    m_restartTimer = 0;
    m_watch->stop();
}

void WatchSupervisor::onFailed(const QString &message)
{
    // The watch reports its failure from inside its own handler: it is stopped, but it is
    // started again from a timer, never from here.
    m_watch->stop();
    if (m_retriesLeft == 0) {
        m_failed = true;
        if (m_sink.failed)
            m_sink.failed(message);
        return;
    }
    if (m_retriesLeft > 0)
        --m_retriesLeft;
    if (m_sink.warning) {
        const QString left = m_retriesLeft < 0 ? tr("no limit") : QString::number(m_retriesLeft);
        m_sink.warning(tr("%1; watching again after %2 ms (retries left: %3)")
                           .arg(message)
                           .arg(m_delayMs)
                           .arg(left));
    }
    m_restartTimer = m_reactor.addTimer(m_delayMs, [this] { restart(); });
}

void WatchSupervisor::restart()
{
    m_restartTimer = 0;
    m_watch->start();
    if (m_sink.event)
        m_sink.event(tr("watch restarted"));
}

} // namespace converge
