#include "scheduler.h"

#include "graph.h"

#include <QHash>

#include <algorithm>

namespace converge {

Scheduler::Scheduler(const Graph &graph, const std::vector<bool> &inRun, int jobs,
                     const std::vector<std::vector<SemaphoreRequest>> &semaphores)
    : m_jobs(std::max(jobs, 0))
{
    const std::uint32_t capacity = graph.resourceCapacity();
    auto runs = [&](ResourceId id) {
        return graph.contains(id) && (inRun.empty() || (id < inRun.size() && inRun[id]));
    };
    m_pending = std::make_unique<std::atomic<std::uint32_t>[]>(capacity);
    m_firstOut.assign(capacity + 1, 0);
    m_priority.assign(capacity, 0);
    m_semaphores.resize(capacity);
    for (ResourceId id = 0; id < capacity; ++id) {
        m_firstOut[id + 1] = m_firstOut[id];
        if (!runs(id))
            continue;
        ++m_size;
        std::uint32_t prerequisites = 0;
        for (EdgeId e : graph.inEdges(id))
            prerequisites += runs(graph.edge(e).from) ? 1 : 0;
        m_pending[id].store(prerequisites, std::memory_order_relaxed);
        if (prerequisites == 0)
            m_roots.push_back(id);
        for (EdgeId e : graph.outEdges(id)) {
            if (runs(graph.edge(e).to))
                m_out.push_back(graph.edge(e).to);
        }
        m_firstOut[id + 1] = std::uint32_t(m_out.size());
    }

    // Priorities in reverse topological order; a cyclic graph never reaches here (the engine
    // refuses it), but an empty order leaves every priority at 0 rather than misbehaving.
    const std::vector<ResourceId> order = graph.topologicalOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        int longest = 0;
        for (auto i = m_firstOut[*it]; i < m_firstOut[*it + 1]; ++i)
            longest = std::max(longest, m_priority[m_out[i]]);
        m_priority[*it] = longest + 1;
    }

    // mgmt names a semaphore by its whole "id:N" string, N being its size; each holder takes
    // one unit. Indices are sorted so that equal requests compare equal.
    QHash<QString, int> indexOf;
    for (ResourceId id = 0; id < capacity && id < semaphores.size(); ++id) {
        if (!runs(id))
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
        std::sort(m_semaphores[id].begin(), m_semaphores[id].end(),
                  [](const SemaphoreUse &a, const SemaphoreUse &b) { return a.index < b.index; });
    }
}

Scheduler::~Scheduler() = default;

void Scheduler::begin(Step *step)
{
    const size_t from = step->start.size();
    step->start.insert(step->start.end(), m_roots.begin(), m_roots.end());
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
        for (auto i = m_firstOut[id]; i < m_firstOut[id + 1]; ++i) {
            const ResourceId next = m_out[i];
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
        for (auto i = m_firstOut[from]; i < m_firstOut[from + 1]; ++i) {
            const ResourceId next = m_out[i];
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
