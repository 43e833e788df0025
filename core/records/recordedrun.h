#pragma once

#include "model/diagnostic.h"
#include "model/runevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace converge {

class Graph;

/// A run read back from the JSON Lines file `converge run --events OUT.jsonl` writes, so that
/// it can be replayed on a graph and shown on the timeline (the format is documented on
/// RunEvent).
///
/// Resources are named by key ("exec/exec1"), as in the file; bind() maps them onto a graph's
/// ids. Any problem in the file (bad JSON, a missing or mistyped field, an unknown state) is an
/// error Diagnostic at its line and column, and no run is returned; every bad line is reported
/// in one pass. Reentrant, any thread; never throws.
class RecordedRun
{
    Q_DECLARE_TR_FUNCTIONS(RecordedRun)
public:
    /// One line of the file.
    struct Event
    {
        QString resource; ///< "kind/name"
        RunEvent event;   ///< everything but the resource id
        int line = 0;     ///< 1-based line in the file
    };

    /// Files above this size are refused rather than read.
    static constexpr qint64 MaxFileSize = 256 * 1024 * 1024;

    /// Parses JSON Lines text; fileName is used in diagnostics only. Blank lines are skipped.
    static std::optional<RecordedRun> read(const QByteArray &data, const QString &fileName,
                                           Diagnostics *diagnostics);
    /// Reads the file at path; an unreadable or oversized file is an error Diagnostic.
    static std::optional<RecordedRun> readFile(const QString &path, Diagnostics *diagnostics);

    const std::vector<Event> &events() const { return m_events; }
    /// The file's name as given to read().
    QString fileName() const { return m_fileName; }
    /// Resource keys in order of first appearance.
    QStringList resources() const;
    /// The time of the latest event, in microseconds since the run started.
    qint64 durationUs() const;

    /// The events with resource ids of graph, in file order. Events of resources the graph does
    /// not have are left out, with one warning per such resource in *diagnostics.
    std::vector<RunEvent> bind(const Graph &graph, Diagnostics *diagnostics) const;

private:
    std::vector<Event> m_events;
    QString m_fileName;
};

} // namespace converge
