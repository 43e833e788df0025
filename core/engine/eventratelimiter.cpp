#include "engine/eventratelimiter.h"

#include <algorithm>
#include <cmath>

namespace converge {

EventRateLimiter::EventRateLimiter(double limit, int burst)
    : m_limit(limit), m_burst(std::max(burst, 0)), m_unlimited(std::isinf(limit)), m_tokens(m_burst)
{}

qint64 EventRateLimiter::reserve(qint64 nowMs)
{
    if (m_unlimited)
        return 0;
    // The bucket starts full, as Go's limiter does, and refills only for time that has passed
    // (a clock that steps back adds nothing rather than removing tokens).
    if (m_started && nowMs > m_lastMs)
        m_tokens = std::min(m_burst, m_tokens + double(nowMs - m_lastMs) * m_limit / 1000.0);
    if (!m_started || nowMs > m_lastMs)
        m_lastMs = nowMs;
    m_started = true;
    m_tokens -= 1.0;
    if (m_tokens >= 0.0)
        return 0;
    if (m_limit <= 0.0)
        return Never;
    return qint64(std::ceil(-m_tokens * 1000.0 / m_limit));
}

} // namespace converge
