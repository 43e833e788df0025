#pragma once

#include <QtGlobal>

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>

namespace converge {

/// A one-shot "stop now" shared by everything a run started.
///
/// Code that waits without a thread of its own (a command on the Reactor, a retry delay)
/// subscribes a listener; trigger() calls every listener once, on the triggering thread, so a
/// listener must only hand the news on (post to its reactor), never block or call back into
/// this object. Thread-safe; trigger() may be called any number of times.
class Cancellation
{
public:
    using Listener = std::function<void()>;
    using Subscription = std::uint64_t; ///< 0 is never a valid subscription

    Cancellation() = default;
    Cancellation(const Cancellation &) = delete;
    Cancellation &operator=(const Cancellation &) = delete;

    void trigger();
    bool isTriggered() const { return m_triggered.load(std::memory_order_acquire); }
    /// Calls listener once when trigger() is called, or at once, on this thread, when it
    /// already was (then 0 is returned). Any thread.
    Subscription subscribe(Listener listener) const;
    /// When it returns, the listener is not running and never runs. Any thread; 0 is ignored.
    void unsubscribe(Subscription subscription) const;

private:
    std::atomic<bool> m_triggered{false};
    mutable std::mutex m_mutex; ///< guards the listeners; held while they run
    mutable std::map<Subscription, Listener> m_listeners;
    mutable Subscription m_next = 0;
};

} // namespace converge
