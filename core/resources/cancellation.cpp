#include "resources/cancellation.h"

namespace converge {

void Cancellation::trigger()
{
    // The lock orders the flag against subscribe(): a listener added concurrently either
    // sees the flag and runs at once, or is in the map when it is emptied here.
    std::lock_guard lock(m_mutex);
    if (m_triggered.exchange(true, std::memory_order_acq_rel))
        return;
    for (auto &[subscription, listener] : m_listeners)
        listener();
    m_listeners.clear();
}

Cancellation::Subscription Cancellation::subscribe(Listener listener) const
{
    std::unique_lock lock(m_mutex);
    if (isTriggered()) {
        lock.unlock();
        listener();
        return 0;
    }
    const Subscription subscription = ++m_next;
    m_listeners.emplace(subscription, std::move(listener));
    return subscription;
}

void Cancellation::unsubscribe(Subscription subscription) const
{
    if (subscription == 0)
        return;
    std::lock_guard lock(m_mutex);
    m_listeners.erase(subscription);
}

} // namespace converge
