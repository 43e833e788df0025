#pragma once

#include "layout/graphlayout.h"
#include "layout/layoutplan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <sys/types.h>

#include <functional>
#include <optional>

namespace converge {

/// Runs one LayoutPlan::execute() in a forked child process, so that the layout can be killed
/// at once and a crash inside Graphviz ends only the child.
///
/// Why fork and not a helper executable: core cannot know where the application's binary is,
/// and the child needs nothing but the snapshot already in memory, so there is no second code
/// path to feed it (no parsing of a graph on stdin) and no path to configure in tests. Forking
/// a multi-threaded process leaves the child with only the forking thread, and any lock another
/// thread held at that moment stays locked forever in the child. So every message is prepared
/// before fork() (LayoutPlan::make() in the parent), and the child makes async-signal-safe calls,
/// allocates (glibc's malloc is reset for the child) and runs Graphviz on memory it owns; it
/// never calls tr(), touches a QObject or logs. Graphviz's own lock is held by the parent across
/// fork() so that Graphviz's global state is quiescent in the copy. The child runs no event
/// loop, closes every inherited descriptor but its pipe and ends with _exit(), so no Qt or
/// static destructor runs twice. Its failures come back untranslated and are described here.
///
/// The child's address space is capped (RLIMIT_AS: what it inherited plus Limits::memoryBytes)
/// so an exploding layout fails instead of swapping the machine, and its CPU time is capped
/// (RLIMIT_CPU) so a layout that runs away ends on its own.
///
/// Use from one thread: start(), then readResult() (blocks until the child ends), then reap().
/// pid() may be passed to ::kill() by another thread until reap() is called (the pid cannot be
/// reused before that). The destructor kills and reaps a child still running.
class LayoutProcess
{
    Q_DECLARE_TR_FUNCTIONS(LayoutProcess)
public:
    struct Limits
    {
        qint64 memoryBytes = qint64(4) << 30; ///< address space the layout may add, in bytes
        int cpuSeconds = 300;                 ///< CPU time before the kernel ends the child
    };

    LayoutProcess() = default;
    LayoutProcess(const LayoutProcess &) = delete;
    LayoutProcess &operator=(const LayoutProcess &) = delete;
    ~LayoutProcess();

    /// Forks the child that executes plan. False with a translated message naming the failed
    /// system call and its strerror text when the child cannot be started.
    bool start(const LayoutPlan &plan, const Limits &limits, QString *error);
    /// The child's pid while it may still run or wait to be reaped; 0 otherwise.
    pid_t pid() const { return m_pid; }
    /// Reads what the child sends until it closes its end (it finished, crashed or was killed).
    void readResult();
    /// Waits for the child (it has ended once readResult() returned) and turns how it ended into
    /// a layout or a translated message: a signal (a crash, or the CPU cap), the memory cap, or
    /// Graphviz's own error.
    std::optional<GraphLayout> reap(QString *error);

    /// Plans input's layout (in this process), executes it in a child and waits for it: the one
    /// path every layout takes, in the window (LayoutJob) and in `converge export`. watch, when
    /// set, is called with the child's pid once it runs (false kills it at once), and with 0 once
    /// it has ended but before it is reaped, the last moment its pid may be passed to kill().
    /// Any thread; blocks until the child ends. Nothing, with a translated *error, on failure.
    static std::optional<GraphLayout> run(const GraphvizLayout::Input &input, const Limits &limits,
                                          QString *error,
                                          const std::function<bool(pid_t)> &watch = {});

    /// Test hook: a function the child calls before laying out (to crash, hang or allocate on
    /// purpose). Null (the default) in the application; set before start().
    static void setChildHookForTesting(void (*hook)());

private:
    [[noreturn]] static void runChild(const LayoutPlan &plan, const Limits &limits,
                                      qint64 addressSpace, int fd);

    pid_t m_pid = 0;
    int m_fd = -1;
    Limits m_limits;
    QByteArray m_received;
};

} // namespace converge
