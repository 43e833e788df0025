#pragma once

namespace converge {

/// How many commands this process can run at once, from its file-descriptor limit.
///
/// Each running command holds DescriptorsPerCommand descriptors (the read ends of its stdout
/// and stderr pipes and its pidfd; no thread and no wakeup of its own, as the reactor serves
/// them all); the engine holds the commands in flight to maxConcurrentCommands() so that a
/// large graph waits for descriptors instead of failing to start commands. Thread-safe.
class ProcessLimits
{
public:
    static constexpr int DescriptorsPerCommand = 3;
    /// Kept for everything else: the graph file, --events, Qt, stdio, the reactors' epoll and
    /// wakeups, and the write ends (and, as another user, a report pipe) of the few commands
    /// being started at one moment, one per launching thread.
    static constexpr int ReservedDescriptors = 64;

    /// Raises the soft RLIMIT_NOFILE to the hard limit, as Go (and so mgmt) does at start.
    /// Call once at start, before any thread runs; returns the soft limit now in force.
    static long raiseDescriptorLimit();
    /// Commands that may run at once under the current soft limit; at least 1.
    static int maxConcurrentCommands();
};

} // namespace converge
