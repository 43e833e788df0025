#include "eventlog.h"

#include <algorithm>

namespace converge {

bool EventLog::append(RunEvent event)
{
    std::lock_guard lock(m_mutex);
    m_events.push_back(std::move(event));
    // Decided under the lock, so once size() shows an event its notification is settled too.
    // A plain load first: while a notification is pending, appends touch no shared flag.
    return !m_notify.load(std::memory_order_acquire) &&
           !m_notify.exchange(true, std::memory_order_acq_rel);
}

qsizetype EventLog::size() const
{
    std::lock_guard lock(m_mutex);
    return qsizetype(m_events.size());
}

qsizetype EventLog::read(qsizetype from, std::vector<RunEvent> *out, qsizetype max) const
{
    std::lock_guard lock(m_mutex);
    const qsizetype size = qsizetype(m_events.size());
    from = std::clamp<qsizetype>(from, 0, size);
    const qsizetype to = max < 0 ? size : std::min(size, from + max);
    out->insert(out->end(), m_events.begin() + from, m_events.begin() + to);
    return to;
}

} // namespace converge
