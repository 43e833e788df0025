#include "records/runtimeline.h"

#include "engine/rungraph.h"
#include "model/graph.h"

#include <algorithm>
#include <limits>

namespace converge {

void RunTimeline::clear()
{
    m_rows.clear();
    m_rowOf.clear();
    m_lastUs = 0;
}

RunTimeline::Row &RunTimeline::rowFor(ResourceId id)
{
    if (id >= m_rowOf.size())
        m_rowOf.resize(id + 1, -1);
    if (m_rowOf[id] < 0) {
        m_rowOf[id] = int(m_rows.size());
        Row row;
        row.id = id;
        m_rows.push_back(std::move(row));
    }
    return m_rows[size_t(m_rowOf[id])];
}

const RunTimeline::Row *RunTimeline::row(ResourceId id) const
{
    return id < m_rowOf.size() && m_rowOf[id] >= 0 ? &m_rows[size_t(m_rowOf[id])] : nullptr;
}

std::vector<ResourceId> RunTimeline::apply(const std::vector<RunEvent> &events)
{
    std::vector<ResourceId> touched;
    for (const RunEvent &event : events) {
        if (event.resource == InvalidId)
            continue;
        m_lastUs = std::max(m_lastUs, event.timeUs);
        Row &row = rowFor(event.resource);
        touched.push_back(event.resource);
        switch (event.type) {
        case RunEvent::Type::Output:
            row.lastOutput.append(event.text);
            if (row.lastOutput.size() > m_keptOutputLines)
                row.lastOutput.remove(0, row.lastOutput.size() - m_keptOutputLines);
            continue;
        case RunEvent::Type::Message:
            row.lastMessage = event.text;
            continue;
        case RunEvent::Type::Refresh:
            row.lastMessage = RunEvent::refreshText(event.text);
            continue;
        case RunEvent::Type::State:
            break;
        }
        const bool open = !row.tries.empty() && row.tries.back().endUs < 0;
        if (event.state == ResourceState::Running) {
            if (open) {
                row.tries.back().endUs = event.timeUs;
                row.tries.back().outcome = ResourceState::Failed;
            }
            row.tries.push_back({event.timeUs, -1, ResourceState::Running});
        } else if (open && isFinal(event.state)) {
            row.tries.back().endUs = event.timeUs;
            row.tries.back().outcome = event.state;
        }
        row.state = event.state;
        row.changed = event.changed;
    }
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    return touched;
}

std::vector<int> RunTimeline::orderByStart() const
{
    std::vector<int> order(m_rows.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const Row &ra = m_rows[size_t(a)];
        const Row &rb = m_rows[size_t(b)];
        // Never-started rows sort after every started one.
        const qint64 sa = ra.startUs() < 0 ? std::numeric_limits<qint64>::max() : ra.startUs();
        const qint64 sb = rb.startUs() < 0 ? std::numeric_limits<qint64>::max() : rb.startUs();
        return sa != sb ? sa < sb : ra.id < rb.id;
    });
    return order;
}

std::vector<RunRecord> RunTimeline::records(std::uint32_t capacity) const
{
    std::vector<RunRecord> records(capacity);
    for (const Row &row : m_rows) {
        if (row.id >= capacity)
            continue;
        RunRecord &r = records[row.id];
        r.state = row.state;
        r.changed = row.changed;
        r.tries = int(row.tries.size());
        r.startUs = row.startUs();
        r.endUs = row.endUs();
        r.lastOutput = row.lastOutput;
        if (row.state == ResourceState::Failed)
            r.error = row.lastMessage;
    }
    return records;
}

std::vector<ResourceId> RunTimeline::criticalPath(const Graph &graph) const
{
    std::vector<double> durations(graph.resourceCapacity(), 0.0);
    bool any = false;
    for (const Row &row : m_rows) {
        if (row.id < durations.size() && graph.contains(row.id) && row.endUs() >= 0) {
            durations[row.id] = (row.endUs() - row.startUs()) / 1e6;
            any = true;
        }
    }
    const RunGraph shape(graph, {});
    if (!any || shape.hasCycle())
        return {};
    return shape.criticalPath(durations).path;
}

} // namespace converge
