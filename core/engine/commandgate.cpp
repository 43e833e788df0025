#include "engine/commandgate.h"

#include <algorithm>

namespace converge {

CommandGate::CommandGate(int capacity) : m_free(std::max(capacity, 1)) {}

bool CommandGate::enter(ResourceId id)
{
    std::lock_guard lock(m_mutex);
    if (m_free > 0) {
        --m_free;
        return true;
    }
    m_queued.push_back(id);
    return false;
}

ResourceId CommandGate::leave()
{
    std::lock_guard lock(m_mutex);
    if (m_queued.empty()) {
        ++m_free;
        return InvalidId;
    }
    const ResourceId next = m_queued.front();
    m_queued.pop_front();
    return next;
}

} // namespace converge
