#pragma once

#include <QtGlobal>

namespace converge {

/// mgmt's per-resource event limiter (meta `limit`/`burst`): a token bucket that holds up to
/// `burst` events and refills at `limit` events per second, read the way mgmt's Worker reads
/// Go's rate.Limiter.
///
/// Each event reserves one token whether or not the resource is already waiting, so a flapping
/// resource's wait grows with every event it sends (mgmt reserves during its limit wait too);
/// reserve() returns how long the event's check/apply must be held. An infinite limit never
/// delays. Times are milliseconds on a caller-supplied steady clock so tests need no sleeping.
/// Not thread-safe: one resource's watch loop owns it.
class EventRateLimiter
{
public:
    /// `limit` events per second (infinity for none) and `burst` events at once; a finite limit
    /// with burst 0 is refused by MetaParams::parse before a limiter is made.
    EventRateLimiter(double limit, int burst);

    /// reserve()'s answer when the event may never be acted on: a limit of 0 lets only its
    /// first `burst` events through, and mgmt then holds the resource for good.
    static constexpr qint64 Never = -1;

    /// Takes one token at `nowMs` and returns the milliseconds to wait before acting on the
    /// event (0 when a token was there), or Never.
    qint64 reserve(qint64 nowMs);

    bool isUnlimited() const { return m_unlimited; }

private:
    double m_limit;
    double m_burst;
    bool m_unlimited;
    double m_tokens;
    qint64 m_lastMs = 0;
    bool m_started = false;
};

} // namespace converge
