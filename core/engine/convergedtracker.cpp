#include "engine/convergedtracker.h"

#include <algorithm>

namespace converge {

ConvergedTracker::ConvergedTracker(qint64 timeoutMs, qint64 nowMs)
    : m_timeoutMs(std::max<qint64>(timeoutMs, 0)), m_lastActivityMs(nowMs)
{}

void ConvergedTracker::started(ResourceId id, qint64 nowMs)
{
    m_busy.insert(id);
    touched(nowMs);
}

void ConvergedTracker::finished(ResourceId id, qint64 nowMs)
{
    if (m_busy.erase(id))
        touched(nowMs);
}

void ConvergedTracker::touched(qint64 nowMs)
{
    m_lastActivityMs = std::max(m_lastActivityMs, nowMs);
}

void ConvergedTracker::removed(ResourceId id, qint64 nowMs)
{
    m_busy.erase(id);
    touched(nowMs);
}

qint64 ConvergedTracker::quietForMs(qint64 nowMs) const
{
    if (!m_busy.empty())
        return -1;
    return std::max<qint64>(nowMs - m_lastActivityMs, 0);
}

bool ConvergedTracker::isConverged(qint64 nowMs) const
{
    return msUntilConverged(nowMs) == 0;
}

qint64 ConvergedTracker::msUntilConverged(qint64 nowMs) const
{
    const qint64 quiet = quietForMs(nowMs);
    if (quiet < 0)
        return -1;
    return std::max<qint64>(m_timeoutMs - quiet, 0);
}

} // namespace converge
