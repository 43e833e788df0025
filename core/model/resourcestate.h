#pragma once

#include <QString>

#include <cstdint>

namespace converge {

/// Where a resource is in a run. The engine publishes one per resource; the GUI, the log and
/// the exports all read this same enum.
enum class ResourceState : std::uint8_t
{
    Pending,   ///< waiting for prerequisites, a semaphore or a worker
    Running,   ///< checking or applying (including retries and their delays)
    Done,      ///< converged; see the changed flag for whether it touched the machine
    Failed,    ///< check or apply failed after every retry, or timed out
    Skipped,   ///< not run because a prerequisite failed or was skipped
    Cancelled, ///< the run was stopped before this resource finished
};

/// Lower-case English name, as used in event files and DOT output ("pending", "running", ...).
QString stateName(ResourceState state);
/// The name people read in the window ("wartend" in German), translated into the installed
/// language; stateName() stays the file formats' fixed English word. Any thread.
QString stateLabel(ResourceState state);
/// The inverse of stateName(); false when the name is unknown.
bool stateFromName(QStringView name, ResourceState *state);
/// True for states a run ends in.
inline bool isFinal(ResourceState s)
{
    return s != ResourceState::Pending && s != ResourceState::Running;
}

} // namespace converge
