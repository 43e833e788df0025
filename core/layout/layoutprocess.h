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

/// Runs one LayoutPlan::execute() in the layout helper, a separate executable
/// (converge-layout), so that the layout can be killed at once and a crash inside Graphviz ends
/// only the helper.
///
/// Why exec and not a bare fork: a child forked from a multi-threaded process keeps every lock
/// another thread held at that moment (malloc's arenas, the sanitizers' allocators, fontconfig
/// reached through Graphviz's text sizing) locked forever, and a child asleep on such a lock
/// uses no CPU, so no CPU cap ends it. An exec'd program starts from a fresh image and inherits
/// no lock. The helper is started with posix_spawn(): argv, environment and descriptors are
/// prepared before, and nothing runs in the child between clone and exec but glibc's own
/// async-signal-safe code. The plan travels on the helper's standard input (an in-memory file,
/// so the parent never blocks writing it), the result comes back on its standard output (a pipe).
///
/// Bounds: the helper caps its own address space (RLIMIT_AS: what it uses at start plus
/// Limits::memoryBytes) and CPU time (RLIMIT_CPU); the parent kills it when Limits::wallSeconds
/// have passed, which also ends a helper that sleeps. The helper dies with the thread that
/// started it (PR_SET_PDEATHSIG), so a killed application leaves no layout behind.
///
/// Where the helper is: CONVERGE_LAYOUT_HELPER in the environment when set (the test suites set
/// it), else the path given to setHelperPath() (the application sets it from where it is
/// installed). There is no in-process fallback: a missing helper is an error naming the path.
///
/// Use from one thread: start(), then readResult() (blocks until the helper ends or its wall
/// clock runs out), then reap(). pid() may be passed to ::kill() by another thread until reap()
/// is called (the pid cannot be reused before that). The destructor kills and reaps a helper
/// still running.
class LayoutProcess
{
    Q_DECLARE_TR_FUNCTIONS(LayoutProcess)
public:
    struct Limits
    {
        qint64 memoryBytes = qint64(4) << 30; ///< address space the layout may add, in bytes
        int cpuSeconds = 300;                 ///< CPU time before the kernel ends the helper
        int wallSeconds = 300;                ///< real time before the parent kills the helper
    };

    /// How the helper ends when it sends no result; 0 means a result is on its standard output.
    enum HelperExit : int
    {
        HelperBadRequest = 2,  ///< its arguments or the plan on standard input were unreadable
        HelperOutOfMemory = 3, ///< an allocation failed under the address-space cap
        HelperWriteFailed = 4, ///< standard output broke while the result was written
    };

    /// The environment variable that, when set, names the helper executable.
    static constexpr char HelperVariable[] = "CONVERGE_LAYOUT_HELPER";
    /// The environment variable the helper reads a test hook from (see setTestHook()).
    static constexpr char TestHookVariable[] = "CONVERGE_LAYOUT_TEST_HOOK";

    LayoutProcess() = default;
    LayoutProcess(const LayoutProcess &) = delete;
    LayoutProcess &operator=(const LayoutProcess &) = delete;
    ~LayoutProcess();

    /// The helper executable to start when CONVERGE_LAYOUT_HELPER is not set. Any thread.
    static void setHelperPath(const QString &path);
    /// The helper executable start() runs; empty when none is known.
    static QString helperPath();

    /// Starts the helper on plan. False with a translated message naming the failed operation,
    /// the path and the strerror text when it cannot be started.
    bool start(const LayoutPlan &plan, const Limits &limits, QString *error);
    /// The helper's pid while it may still run or wait to be reaped; 0 otherwise.
    pid_t pid() const { return m_pid; }
    /// Reads what the helper sends until it closes its end (it finished, crashed or was killed),
    /// or kills it when Limits::wallSeconds have passed since start().
    void readResult();
    /// Waits for the helper (it has ended once readResult() returned) and turns how it ended
    /// into a layout or a translated message naming the engine: a signal (a crash, or the CPU
    /// cap), the memory cap, the wall-clock cap, or Graphviz's own error.
    std::optional<GraphLayout> reap(QString *error);

    /// Plans input's layout (in this process), executes it in the helper and waits for it: the
    /// one path every layout takes, in the window (LayoutJob) and in `converge export`. watch,
    /// when set, is called with the helper's pid once it runs (false kills it at once), and with
    /// 0 once it has ended but before it is reaped, the last moment its pid may be passed to
    /// kill(). Any thread; blocks until the helper ends. Nothing, with a translated *error, on
    /// failure.
    static std::optional<GraphLayout> run(const GraphvizLayout::Input &input, const Limits &limits,
                                          QString *error,
                                          const std::function<bool(pid_t)> &watch = {});

    /// Test hook: the helpers started from now on run hook before laying out ("crash", "hang",
    /// "spin", "allocate"; see converge-layout). Empty (the default) in the application.
    static void setTestHook(const QByteArray &hook);

private:
    pid_t m_pid = 0;
    int m_fd = -1;
    bool m_timedOut = false; ///< readResult() killed the helper at its wall-clock limit
    Limits m_limits;
    QString m_engine;
    QByteArray m_received;
};

} // namespace converge
