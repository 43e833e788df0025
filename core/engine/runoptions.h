#pragma once

#include "model/resource.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace converge {

/// How one Engine run behaves. Plain data: copy it, change it, hand it to Engine::start().
struct RunOptions
{
    /// Most resources running at once, as `make -j`; 0 means no cap: everything whose
    /// prerequisites are met starts at once, as mgmt does.
    int jobs = 0;
    /// Threads for the work that uses a CPU (noop, file, bookkeeping); 0 means one per core.
    /// Resources that wait on a child process never occupy these threads.
    int cpuThreads = 0;
    /// Dry run: every resource checks only and reports whether it would change.
    bool noop = false;
    /// When not empty, only these resources run; every other resource is treated as already
    /// converged, so its dependents do not wait for it. Its state stays Pending and it is
    /// left out of the summary (Engine::inRun() tells which resources take part).
    std::vector<ResourceId> subset;
    /// "kind/name" of resources outside the run that changed something earlier (watch mode:
    /// a repair checked in a run of its own). Each sends its refresh along its notify edges
    /// into this run, as it would have had it run here: mgmt keeps a refresh on the edge until
    /// the resource it points at has been processed.
    QStringList refreshedFrom;
    /// The graph's file as the user named it, for messages; may be empty.
    QString fileName;
    /// Niceness (as nice(1)) for the engine's threads and the commands they start, which
    /// inherit it. The window asks for the lowest priority: commands that keep every core
    /// busy then still leave its thread a core at once, where at equal priority it queued
    /// behind a hundred runnable processes. On an otherwise idle machine it costs them nothing.
    int niceness = 0;
    /// On cancel, how long a process group has between SIGTERM and SIGKILL.
    int cancelGraceMs = 2000;
    /// Output lines kept per resource in its RunRecord (the newest ones).
    int keptOutputLines = 50;
    /// Output lines per resource that become events; past this, one "output truncated"
    /// event is posted and further lines only reach the kept tail. Bounds memory for
    /// commands that print gigabytes.
    int maxOutputEvents = 10000;
};

} // namespace converge
