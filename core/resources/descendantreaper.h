#pragma once

#include <QByteArray>

#include <sys/types.h>
#include <vector>

namespace converge {

/// Ends what a command left behind: daemons started with `setsid cmd &`, `nohup cmd &` or a
/// double fork, which leave the command's process group or outlive its leader.
///
/// How they are found: Converge makes itself a child subreaper (PR_SET_CHILD_SUBREAPER), so a
/// process whose parent exits is re-parented to Converge instead of to init; the kernel hands
/// such orphans to Converge's main thread, so /proc/self/task/<pid>/children lists them. Every
/// command is started with TagVariable=<tag> in its environment, a tag unique to the command,
/// and descendants inherit it, so an orphan names the command it came from even when several
/// commands end at once. When a command's leader has exited (its own children are re-parented
/// to Converge at that moment, before the leader is reaped), endTagged() kills every orphan
/// with its tag, and each orphan's descendants found by walking /proc/<pid>/task/*/children,
/// and reaps them. A descendant that clears its environment cannot be attributed; endAdopted()
/// at the end of a run kills every remaining orphan. Every function is thread-safe.
class DescendantReaper
{
public:
    static constexpr char TagVariable[] = "CONVERGE_COMMAND";

    /// Makes this process the reaper of its orphaned descendants; call once at start. False
    /// when the kernel refuses (then orphans go to init and only the process group is ended).
    static bool becomeSubreaper();
    /// A tag for one command: this process's pid and a counter, never reused in this process.
    static QByteArray newTag();
    /// Kills every orphan of this process that carries tag, with its descendants, and reaps
    /// them and the zombies of group (the command's process group) that were re-parented
    /// here; returns how many processes were killed.
    static int endTagged(const QByteArray &tag, pid_t group);
    /// Kills every orphan of this process (tagged by this process, or any child when
    /// everything is true) with its descendants, and reaps them, and reaps zombies left by
    /// orphans that ended on their own. For the end of a run; returns how many were killed.
    static int endAdopted(bool everything);

private:
    static std::vector<pid_t> children(pid_t pid);
    static bool carriesTag(pid_t pid, const QByteArray &tag, bool prefix);
    /// True when pid is a zombie whose process group is group (a zombie has no environment
    /// left to carry a tag, but keeps its group).
    static bool isZombieOf(pid_t pid, pid_t group);
    /// True when pid lives but shows no environment: inside execve(), or started with none.
    static bool isBetweenImages(pid_t pid);
    /// The fields of /proc/pid/stat after the command name: state, ppid, pgrp, ...
    static QList<QByteArray> statFields(pid_t pid);
    static int endTrees(const std::vector<pid_t> &roots);
};

} // namespace converge
