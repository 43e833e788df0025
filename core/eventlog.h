#pragma once

#include "runevent.h"

#include <atomic>
#include <mutex>
#include <vector>

namespace converge {

/// The ordered, append-only event stream of one run.
///
/// Writers append under a mutex held only for a vector push (no allocation inside the lock in
/// the common case, no I/O); readers copy a range out by index. The order of appends is the
/// stream order, so an event appended after another was visible is after it in the stream.
/// The log also keeps a "a consumer should be told" flag so that notifications are coalesced:
/// append() returns true only for the first event after the last takeNotification().
/// Thread-safe.
class EventLog
{
public:
    /// Appends; returns true when the caller should schedule a notification.
    bool append(RunEvent event);
    /// Clears the flag; the next append() returns true again.
    void takeNotification() { m_notify.store(false, std::memory_order_release); }
    qsizetype size() const;
    /// See Engine::readEvents().
    qsizetype read(qsizetype from, std::vector<RunEvent> *out, qsizetype max) const;

private:
    mutable std::mutex m_mutex;
    std::vector<RunEvent> m_events;
    std::atomic<bool> m_notify{false};
};

} // namespace converge
