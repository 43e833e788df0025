#include "resources/periodicwatch.h"

#include <algorithm>

namespace converge {

PeriodicWatch::PeriodicWatch(Reactor &reactor, qint64 intervalMs, QString cause, WatchSink sink)
    : m_reactor(reactor), m_interval(std::max<qint64>(intervalMs, 1)), m_cause(std::move(cause)),
      m_sink(std::move(sink))
{}

PeriodicWatch::~PeriodicWatch()
{
    stop();
}

void PeriodicWatch::start()
{
    if (m_timer)
        return;
    m_next = Clock::now() + m_interval;
    schedule();
}

void PeriodicWatch::stop()
{
    if (m_timer)
        m_reactor.remove(m_timer);
    m_timer = 0;
}

void PeriodicWatch::restart()
{
    stop();
    start();
}

void PeriodicWatch::schedule()
{
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(m_next - Clock::now());
    m_timer = m_reactor.addTimer(std::max<qint64>(wait.count(), 0), [this] { tick(); });
}

void PeriodicWatch::tick()
{
    // Skip the ticks a late reactor missed: one event stands for all of them.
    const Clock::time_point now = Clock::now();
    while (m_next <= now)
        m_next += m_interval;
    schedule();
    if (m_sink.event)
        m_sink.event(m_cause);
}

} // namespace converge
