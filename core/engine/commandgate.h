#pragma once

#include "model/resource.h"

#include <deque>
#include <mutex>

namespace converge {

/// Holds the resources that wait on processes to as many as may run at once (-j and what
/// file descriptors allow), first come first served. A place is taken by enter() and handed
/// on by leave(), directly to the resource queued longest, so nothing waits on a thread for
/// a place. Thread-safe.
class CommandGate
{
public:
    /// capacity: places; at least 1.
    explicit CommandGate(int capacity);

    /// True when id holds a place now and may start; false when it was queued.
    bool enter(ResourceId id);
    /// A place is given back. Returns the queued resource that now holds it and must be
    /// started, or InvalidId when none was waiting.
    ResourceId leave();

private:
    std::mutex m_mutex;
    int m_free;
    std::deque<ResourceId> m_queued;
};

} // namespace converge
