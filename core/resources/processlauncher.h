#pragma once

#include "resources/processrunner.h"

#include <QCoreApplication>

namespace converge {

/// Starts one command as ProcessSpec describes it, or says precisely why it cannot.
///
/// Refuses, before anything runs, a command, argument, variable or directory holding a NUL
/// byte (it would silently cut the string short) and a working directory that cannot be
/// entered ("cannot change directory to X: No such file or directory"). The command runs in
/// a process group of its own with stdin from /dev/null and default signal handling, with
/// DescendantReaper::TagVariable=tag added to its environment. Without credentials it is
/// started with posix_spawn (vfork-like, so its cost does not grow with this process's size);
/// with credentials it is forked, and the child sets its groups, group and user, then changes
/// directory (in mgmt's order, so the directory is entered as that user), and reports a
/// failure of any step through a close-on-exec pipe. Thread-safe.
class ProcessLauncher
{
    Q_DECLARE_TR_FUNCTIONS(ProcessLauncher)
public:
    /// A started command: its pid and the read ends of its stdout and stderr (owned by the
    /// caller, close-on-exec), or error and pid -1.
    struct Started
    {
        pid_t pid = -1;
        int stdoutFd = -1;
        int stderrFd = -1;
        QString error;
    };

    static Started start(const ProcessSpec &spec, const QByteArray &tag);

private:
    static QString refusal(const ProcessSpec &spec);
    static QString pipeError(const QString &program, int error);
};

} // namespace converge
