#include "engine/scheduler.h"

#include "engine/rungraph.h"

#include <QHash>

#include <algorithm>

namespace converge {

Scheduler::Scheduler(const RunGraph &shape, int jobs,
                     const std::vector<std::vector<SemaphoreRequest>> &semaphores)
    : m_shape(shape), m_jobs(std::max(jobs, 0))
{
    const std::uint32_t capacity = shape.capacity();
    m_pending = std::make_unique<std::atomic<std::uint32_t>[]>(capacity);
    for (ResourceId id = 0; id < capacity; ++id)
        m_pending[id].store(shape.prerequisiteCount(id), std::memory_order_relaxed);
    // Priorities in reverse topological order; in a cyclic run (which the engine refuses)
    // the resources on and below the cycle keep priority 0 rather than misbehaving.
    m_priority.assign(capacity, 0);
    const std::vector<ResourceId> &order = shape.order();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        int longest = 0;
        for (ResourceId next : shape.dependents(*it))
            longest = std::max(longest, m_priority[next]);
        m_priority[*it] = longest + 1;
    }

    // mgmt names a semaphore by its whole "id:N" string, N being its size; each holder takes
    // one unit. Indices are sorted so that equal requests compare equal.
    QHash<QString, int> indexOf;
    m_semaphores.resize(capacity);
    for (ResourceId id = 0; id < capacity && id < semaphores.size(); ++id) {
        if (!shape.inRun(id))
            continue;
        for (const SemaphoreRequest &request : semaphores[id]) {
            const QString key = request.id + u':' + QString::number(request.count);
            auto found = indexOf.find(key);
            if (found == indexOf.end()) {
                found = indexOf.insert(key, int(m_available.size()));
                m_available.push_back(std::max(request.count, 1));
            }
            auto &uses = m_semaphores[id];
            if (std::none_of(uses.begin(), uses.end(),
                             [&](const SemaphoreUse &u) { return u.index == *found; }))
                uses.push_back({*found, 1});
        }
        m_anySemaphore = m_anySemaphore || !m_semaphores[id].empty();
        std::sort(m_semaphores[id].begin(), m_semaphores[id].end(),
                  [](const SemaphoreUse &a, const SemaphoreUse &b) { return a.index < b.index; });
    }
}

Scheduler::~Scheduler() = default;

int Scheduler::size() const
{
    return m_shape.size();
}

void Scheduler::begin(Step *step)
{
    const size_t from = step->start.size();
    step->start.insert(step->start.end(), m_shape.roots().begin(), m_shape.roots().end());
    admit(InvalidId, from, step);
}

void Scheduler::admit(ResourceId finished, size_t from, Step *step)
{
    const auto gated = [this](ResourceId id) {
        return needsAdmission(id);
    };
    const auto first =
        std::find_if(step->start.begin() + qsizetype(from), step->start.end(), gated);
    const bool frees = finished != InvalidId && needsAdmission(finished);
    if (!frees && first == step->start.end())
        return;
    std::lock_guard lock(m_admission);
    if (frees) {
        --m_running;
        for (const SemaphoreUse &u : m_semaphores[finished])
            m_available[u.index] += u.count;
    }
    // Everything that became ready queues up first, so the freed slots go to the best of all
    // waiting resources, not to whichever asked first.
    for (auto it = first; it != step->start.end(); ++it) {
        if (gated(*it))
            m_waiting.insert({m_priority[*it], *it});
    }
    step->start.erase(std::remove_if(first, step->start.end(), gated), step->start.end());
    admitWaiting(step);
}

bool Scheduler::fits(ResourceId id) const
{
    if (m_jobs > 0 && m_running >= m_jobs)
        return false;
    return std::all_of(m_semaphores[id].begin(), m_semaphores[id].end(),
                       [this](const SemaphoreUse &u) { return m_available[u.index] >= u.count; });
}

void Scheduler::take(ResourceId id)
{
    ++m_running;
    for (const SemaphoreUse &u : m_semaphores[id])
        m_available[u.index] -= u.count;
}

void Scheduler::admitWaiting(Step *step)
{
    if (m_stopped)
        return;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (m_jobs > 0 && m_running >= m_jobs)
            return;
        if (fits(it->id)) {
            take(it->id);
            step->start.push_back(it->id);
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
}

void Scheduler::finish(ResourceId id, bool ok, Step *step)
{
    const size_t from = step->start.size();
    if (ok) {
        for (ResourceId next : m_shape.dependents(id)) {
            // acq_rel: the resource that reaches zero must see everything its prerequisites did.
            if (m_pending[next].fetch_sub(1, std::memory_order_acq_rel) == 1)
                step->start.push_back(next);
        }
        admit(id, from, step);
        return;
    }
    admit(id, from, step);
    // Poison the descendants depth-first; fetch_or tells which caller got there first, so a
    // resource below two failures is reported once.
    std::vector<ResourceId> stack{id};
    while (!stack.empty()) {
        const ResourceId from = stack.back();
        stack.pop_back();
        for (ResourceId next : m_shape.dependents(from)) {
            if (!(m_pending[next].fetch_or(Poisoned, std::memory_order_acq_rel) & Poisoned)) {
                step->skipped.push_back(next);
                stack.push_back(next);
            }
        }
    }
}

void Scheduler::stop()
{
    std::lock_guard lock(m_admission);
    m_stopped = true;
}

} // namespace converge
