#pragma once

#include "model/runevent.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <csignal>
#include <functional>
#include <limits>
#include <optional>
#include <sys/types.h>
#include <vector>

namespace converge {

class Cancellation;

/// The identity a command runs as when it is not the caller's: resolved by the caller (user
/// and group names looked up), applied in the child before exec (setgroups, setgid, setuid).
struct ProcessCredentials
{
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups; ///< supplementary groups
};

/// One command to run: an argv, never a shell unless the caller puts one in front.
struct ProcessSpec
{
    QString program; ///< looked up in PATH when it has no slash
    QStringList arguments;
    QString workingDirectory; ///< empty: the caller's
    /// The command's environment (mgmt's `env`) when inheritEnvironment is false; added to
    /// this process's environment when it is true.
    QList<QPair<QString, QString>> environment;
    bool inheritEnvironment = true;
    qint64 timeoutMs = 0; ///< 0: none; else the process group is killed (SIGKILL) after this long
    /// 0: none; else the group gets stopSignal after this long and SIGKILL killGraceMs later,
    /// as on cancel (mgmt's meta timeout cancels the command's context).
    qint64 stopAfterMs = 0;
    int stopSignal = SIGTERM; ///< sent on cancel and at stopAfterMs (mgmt's `sig`)
    int killGraceMs = 2000;   ///< between stopSignal and SIGKILL
    std::optional<ProcessCredentials> credentials; ///< unset: run as the caller
    /// Lines per stream handed to the sink before the rest is only counted; the last
    /// tailLines lines are still handed over at the end. Negative: every line.
    qint64 headLines = -1;
    int tailLines = 0;
    /// When positive, up to this many bytes of the raw output are kept in ProcessResult.
    qsizetype captureBytes = 0;
};

/// How a command ended.
struct ProcessResult
{
    enum class Status
    {
        Exited,        ///< exitCode is valid
        Signalled,     ///< killed by signal `signal` (not by us)
        TimedOut,      ///< ProcessSpec::timeoutMs passed; the group was killed
        Cancelled,     ///< the Cancellation fired; the group was terminated
        FailedToStart, ///< `error` says why (no such program, bad directory, ...)
    };
    Status status = Status::FailedToStart;
    int exitCode = -1;
    int signal = 0;
    QString error;
    qint64 skippedLines = 0; ///< lines only counted (ProcessSpec::headLines)
    /// When ProcessSpec::captureBytes is set: stdout and stderr as they arrived, and stdout
    /// alone; each stops growing at captureBytes.
    QByteArray output;
    QByteArray standardOutput;

    bool succeeded() const { return status == Status::Exited && exitCode == 0; }
};

/// Starts a command in its own process group, hands each line it prints to a callback and
/// reports how it ended. Behind an interface so that the resources and the engine can be tested
/// with scripted fakes (as ninja's CommandRunner).
class ProcessRunner
{
public:
    /// Receives one line of output, without its newline, on the thread that serves the command
    /// (see start()), one call at a time.
    using LineSink = std::function<void(RunEvent::Stream, const QString &)>;
    /// Receives how a command ended, exactly once.
    using Completion = std::function<void(ProcessResult)>;

    virtual ~ProcessRunner() = default;
    /// Runs spec to its end and blocks the calling thread meanwhile; for tests and tools, never
    /// for the engine. When cancellation fires, the process group gets the stop signal and
    /// later SIGKILL, and run() returns Cancelled once the command is gone. Thread-safe.
    virtual ProcessResult run(const ProcessSpec &spec, const Cancellation &cancellation,
                              const LineSink &sink) = 0;
    /// Starts spec and returns without waiting for it; no thread waits while it runs. sink gets
    /// its lines and done its result, exactly once, on the runner's reactor thread (or on the
    /// calling thread, before start() returns, when the command cannot start or cancellation
    /// had already fired). cancellation must outlive done; cancel behaves as for run(). The
    /// runner must outlive every done it owes. The default, for runners that do not wait
    /// (scripted fakes), calls run() and then done on the calling thread. Thread-safe.
    virtual void start(const ProcessSpec &spec, const Cancellation &cancellation, LineSink sink,
                       Completion done)
    {
        done(run(spec, cancellation, sink));
    }
    /// How many commands may run at once without running out of file descriptors; the engine
    /// holds the commands it starts to this. Thread-safe.
    virtual int maxConcurrent() const { return std::numeric_limits<int>::max(); }
};

} // namespace converge
