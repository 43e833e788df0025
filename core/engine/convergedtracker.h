#pragma once

#include "model/resource.h"

#include <QtGlobal>

#include <unordered_set>

namespace converge {

/// mgmt's converger for `--converged-timeout S`: the graph is converged once no resource is
/// busy (handling an event or running check/apply) and nothing happened (no event, no apply,
/// no resource added or removed) for S seconds.
///
/// mgmt keeps one timer per resource and calls the graph converged when every timer ran out;
/// that is the same as the latest activity of any resource being S seconds old, so one time
/// stamp and the set of busy resources are all this keeps. Watching starting counts as
/// activity, so an idle graph exits S seconds after its watches started, as mgmt does. Times
/// are milliseconds on a caller-supplied steady clock. Not thread-safe: the engine's reactor
/// thread owns it.
class ConvergedTracker
{
public:
    /// `timeoutMs` is S in milliseconds (0: converged as soon as nothing is busy); watching
    /// starts at `nowMs`.
    ConvergedTracker(qint64 timeoutMs, qint64 nowMs);

    /// `id` received an event or starts check/apply: not converged until finished().
    void started(ResourceId id, qint64 nowMs);
    /// `id` is idle again; the quiet period restarts from `nowMs`. Unknown ids are ignored.
    void finished(ResourceId id, qint64 nowMs);
    /// An event that needs no work, or a resource added by a graph swap: restarts the quiet
    /// period without making anything busy.
    void touched(qint64 nowMs);
    /// A graph swap removed `id`: it no longer holds convergence back, and the quiet period
    /// restarts.
    void removed(ResourceId id, qint64 nowMs);

    /// True once nothing is busy and the last activity is at least S old.
    bool isConverged(qint64 nowMs) const;
    /// Milliseconds until isConverged() would turn true if nothing else happens, 0 when it is
    /// already, or -1 while a resource is busy (the caller waits for finished()).
    qint64 msUntilConverged(qint64 nowMs) const;
    /// How long nothing has been busy and nothing happened ("converged for N s" in a window),
    /// or -1 while a resource is busy.
    qint64 quietForMs(qint64 nowMs) const;

private:
    qint64 m_timeoutMs;
    qint64 m_lastActivityMs;
    std::unordered_set<ResourceId> m_busy;
};

} // namespace converge
