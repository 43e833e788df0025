#pragma once

#include "model/resource.h"
#include "model/resourcestate.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace converge {

/// What happened to one resource in a run. Complete once the resource's state is final.
struct RunRecord
{
    ResourceState state = ResourceState::Pending;
    bool changed = false;    ///< applied a change (in noop: found that it would have to)
    int tries = 0;           ///< check/apply attempts made, retries included
    int exitCode = -1;       ///< exit status of the last command run, -1 when none ran
    qint64 startUs = -1;     ///< microseconds since the run started; -1 if it never started
    qint64 endUs = -1;       ///< likewise, when it reached its final state
    QString error;           ///< why it failed, or empty
    QStringList lastOutput;  ///< the newest output lines (RunOptions::keptOutputLines)
    QStringList refreshedBy; ///< "kind/name" of each resource that sent it a refresh

    double seconds() const { return startUs < 0 || endUs < 0 ? 0.0 : (endUs - startUs) / 1e6; }
};

/// Totals of a finished run, for the summary line and the GUI's status bar.
struct RunSummary
{
    int done = 0;    ///< resources converged, changed or not
    int changed = 0; ///< of those, how many changed (or would, in noop)
    int failed = 0;
    int skipped = 0;
    int cancelled = 0;
    bool interrupted = false; ///< cancel() was called, or the run stopped itself (see error)
    QString error;            ///< why the run stopped itself (no memory left); empty normally
    bool noop = false;
    QDateTime startedAt;                     ///< wall clock at start, for log time stamps
    double seconds = 0;                      ///< wall time of the run
    double criticalPath = 0;                 ///< longest chain of measured durations, in seconds
    std::vector<ResourceId> criticalPathIds; ///< that chain, from a source to a sink

    bool converged() const { return failed == 0 && skipped == 0 && cancelled == 0; }
};

} // namespace converge
