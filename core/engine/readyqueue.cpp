#include "engine/readyqueue.h"

#include <algorithm>

namespace converge {

void ReadyQueue::push(std::span<const ResourceId> ids)
{
    if (ids.empty())
        return;
    int wake = 0;
    {
        std::lock_guard lock(m_mutex);
        m_ready.insert(m_ready.end(), ids.begin(), ids.end());
        wake = std::min<int>(m_sleeping.load(std::memory_order_relaxed), int(ids.size()));
    }
    for (int i = 0; i < wake; ++i)
        m_wake.notify_one();
}

ResourceId ReadyQueue::pop()
{
    std::unique_lock lock(m_mutex);
    while (m_ready.empty() && !m_closed) {
        ++m_sleeping;
        m_wake.wait(lock);
        --m_sleeping;
    }
    if (m_ready.empty())
        return InvalidId;
    const ResourceId id = m_ready.front();
    m_ready.pop_front();
    return id;
}

void ReadyQueue::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_wake.notify_all();
}

} // namespace converge
