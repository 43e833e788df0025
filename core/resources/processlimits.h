#pragma once

namespace converge {

/// How many commands this process can run at once, from its file-descriptor limit.
///
/// Each running command holds DescriptorsPerCommand descriptors (its stdout and stderr pipes,
/// both ends while it starts, its pidfd, and the event-loop wakeup of the thread that waits on
/// it); the engine's waiting threads are held to maxConcurrentCommands() so that a large graph
/// waits for descriptors instead of failing to start commands, or aborting inside GLib when a
/// thread cannot create its wakeup. Thread-safe.
class ProcessLimits
{
public:
    static constexpr int DescriptorsPerCommand = 6;
    /// Kept for everything else: the graph file, --events, Qt, stdio, the cancellation.
    static constexpr int ReservedDescriptors = 64;

    /// Raises the soft RLIMIT_NOFILE to the hard limit, as Go (and so mgmt) does at start.
    /// Call once at start, before any thread runs; returns the soft limit now in force.
    static long raiseDescriptorLimit();
    /// Commands that may run at once under the current soft limit; at least 1.
    static int maxConcurrentCommands();
};

} // namespace converge
