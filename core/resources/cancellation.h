#pragma once

#include <QtGlobal>

#include <atomic>

namespace converge {

/// A one-shot "stop now" shared by everything a run started, that blocking code can wait on.
///
/// Backed by an eventfd that stays readable once triggered, so a process runner can put fd()
/// in its poll() set and a retry delay can sleep on it, and all of them wake at once without
/// any polling loop. Thread-safe; trigger() may be called any number of times.
class Cancellation
{
public:
    Cancellation();
    ~Cancellation();
    Cancellation(const Cancellation &) = delete;
    Cancellation &operator=(const Cancellation &) = delete;

    void trigger();
    bool isTriggered() const { return m_triggered.load(std::memory_order_acquire); }
    /// Readable once triggered; never read from, never closed before the destructor.
    int fd() const { return m_fd; }
    /// Sleeps up to ms milliseconds; returns true as soon as the cancellation is triggered.
    bool waitFor(qint64 ms) const;

private:
    int m_fd = -1;
    std::atomic<bool> m_triggered{false};
};

} // namespace converge
