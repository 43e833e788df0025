#include "records/runreplay.h"

namespace converge {

namespace {
// About 30 batches a second, like the live run's polling.
constexpr int TickMs = 33;
} // namespace

RunReplay::RunReplay(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(TickMs);
    connect(&m_timer, &QTimer::timeout, this, &RunReplay::tick);
}

void RunReplay::start(std::vector<RunEvent> events, double speed)
{
    m_events = std::move(events);
    m_next = 0;
    m_speed = speed > 0 ? speed : 1.0;
    m_clock.start();
    m_timer.start();
    tick();
}

void RunReplay::stop()
{
    m_timer.stop();
}

qint64 RunReplay::nowUs() const
{
    return m_clock.isValid() ? qint64(m_clock.nsecsElapsed() / 1000.0 * m_speed) : 0;
}

void RunReplay::tick()
{
    const qint64 now = nowUs();
    std::vector<RunEvent> due;
    // Stream order wins over time stamps, which threads may post slightly out of order.
    while (m_next < m_events.size() && m_events[m_next].timeUs <= now)
        due.push_back(m_events[m_next++]);
    if (!due.empty())
        emit advanced(due);
    if (m_next == m_events.size()) {
        m_timer.stop();
        emit finished();
    }
}

} // namespace converge
