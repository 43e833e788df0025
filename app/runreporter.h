#pragma once

#include "model/runevent.h"
#include "model/runrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace converge {

class Graph;

/// Turns a run's events into what `converge run` prints and writes: mgmt-style log lines
/// (`HH:MM:SS Exec[exec1]: Apply start`), JSON lines for --events, and the summary line.
/// Pure formatting over a graph snapshot; main thread.
class RunReporter
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
public:
    RunReporter(const Graph &graph, const QDateTime &startedAt, bool noop)
        : m_graph(graph), m_startedAt(startedAt), m_noop(noop)
    {}

    /// The log line for event; record is the resource's record when the event is final.
    QString logLine(const RunEvent &event, const RunRecord &record) const;
    /// One JSON object, no newline (format in runevent.h).
    QByteArray jsonLine(const RunEvent &event) const;
    /// `converged: 4 done (4 changed), 0 failed, 0 skipped in 30.0 s; critical path 30.0 s`
    static QString summaryLine(const RunSummary &summary);

private:
    const Graph &m_graph;
    QDateTime m_startedAt;
    bool m_noop;
};

} // namespace converge
