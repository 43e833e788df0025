#pragma once

#include "model/resource.h"
#include "model/resourcestate.h"
#include "model/runevent.h"
#include "model/runrecord.h"

#include <QStringList>

#include <vector>

namespace converge {

class Graph;

/// A run over time: for each resource, every try as an interval coloured by its outcome.
///
/// Fed the engine's event stream in batches (live) or a recorded run's events (replay), in
/// stream order. A State event `running` starts a try; a second `running` while a try is open
/// ends that try as failed and starts the next (how a retry shows in the stream); a final state
/// ends the open try with that outcome. Resources that never ran (skipped, cancelled before
/// start) have a state but no tries. Plain data, no locking: one thread owns it.
class RunTimeline
{
public:
    /// One check/apply attempt.
    struct Try
    {
        qint64 startUs = 0;
        qint64 endUs = -1; ///< -1 while it is still going
        ResourceState outcome = ResourceState::Running;
    };
    /// One resource's part in the run.
    struct Row
    {
        ResourceId id = InvalidId;
        ResourceState state = ResourceState::Pending;
        bool changed = false;
        std::vector<Try> tries;
        QStringList lastOutput; ///< the newest keptOutputLines() lines
        QString lastMessage;    ///< the newest log line about the resource

        qint64 startUs() const { return tries.empty() ? -1 : tries.front().startUs; }
        qint64 endUs() const { return tries.empty() ? -1 : tries.back().endUs; }
    };

    explicit RunTimeline(int keptOutputLines = 50) : m_keptOutputLines(keptOutputLines) {}

    /// Forgets everything: a new run starts.
    void clear();
    /// Applies events in stream order; returns the ids whose row changed, each once.
    std::vector<ResourceId> apply(const std::vector<RunEvent> &events);

    bool isEmpty() const { return m_rowOf.empty(); }
    /// Rows in order of first appearance in the stream.
    const std::vector<Row> &rows() const { return m_rows; }
    /// The row of id, or nullptr when the resource has not appeared.
    const Row *row(ResourceId id) const;
    /// Row indices sorted by first start; rows that never started come last, by id.
    std::vector<int> orderByStart() const;
    /// The latest time any event carried.
    qint64 lastEventUs() const { return m_lastUs; }

    /// A RunRecord per appeared resource, as far as events tell (exit codes are not in the
    /// stream: they stay -1). Indexed by ResourceId up to capacity; absent rows stay Pending.
    std::vector<RunRecord> records(std::uint32_t capacity) const;
    /// The longest chain of measured durations through graph (an acyclic graph whose ids the
    /// events use), from a source to a sink; empty when nothing ran.
    std::vector<ResourceId> criticalPath(const Graph &graph) const;

private:
    Row &rowFor(ResourceId id);

    int m_keptOutputLines;
    std::vector<Row> m_rows;
    std::vector<int> m_rowOf; ///< by ResourceId, -1 where none
    qint64 m_lastUs = 0;
};

} // namespace converge
