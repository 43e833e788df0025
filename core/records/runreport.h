#pragma once

#include "model/resource.h"
#include "model/runrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace converge {

class Graph;

/// What a finished run did, per resource, as JSON for tools and as one self-contained HTML
/// page for people (incident reports, reviews).
///
/// Built from the graph, the per-resource records and the run's summary; holds copies, so the
/// graph may change afterwards. Rows are in order of start time, resources that never started
/// last. The output depends only on the data (no clock, no pointers). Any thread.
class RunReport
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)
public:
    struct Row
    {
        QString resource; ///< "kind/name"
        RunRecord record;
    };

    /// records is indexed by ResourceId; resources without a record (or out of its range) and
    /// resources that stayed Pending are left out, as they took no part in the run.
    static RunReport fromRecords(const Graph &graph, const std::vector<RunRecord> &records,
                                 const RunSummary &summary);

    const std::vector<Row> &rows() const { return m_rows; }
    const RunSummary &summary() const { return m_summary; }
    /// The graph's file, shown in the report's title; may be empty.
    void setFileName(const QString &fileName) { m_fileName = fileName; }

    /// {"graph", "file", "startedAt", "seconds", "summary": {...}, "criticalPath": [keys],
    ///  "resources": [{"resource", "state", "changed", "tries", "start", "end", "duration",
    ///  "exitCode", "error", "output": [lines], "refreshedBy": [keys]}]}; times in seconds since
    ///  the run started,
    /// null when unknown.
    QByteArray toJson() const;
    /// One HTML page with inline style, the summary, svg (an SVG document, embedded as is
    /// without its XML prolog; may be empty) and a table of the rows with their output.
    QString toHtml(const QString &svg) const;

private:
    QString m_graphName;
    QString m_fileName;
    RunSummary m_summary;
    QStringList m_criticalPath;
    std::vector<Row> m_rows;
};

} // namespace converge
