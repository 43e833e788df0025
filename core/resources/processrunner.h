#pragma once

#include "model/runevent.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

namespace converge {

class Cancellation;

/// One command to run: an argv, never a shell unless the caller puts one in front.
struct ProcessSpec
{
    QString program; ///< looked up in PATH when it has no slash
    QStringList arguments;
    QString workingDirectory; ///< empty: the caller's
    /// When not empty, the whole environment of the command (mgmt's `env`); else inherited.
    QList<QPair<QString, QString>> environment;
    qint64 timeoutMs = 0;   ///< 0: none; else the process group is killed after this long
    int killGraceMs = 2000; ///< on cancel, between SIGTERM and SIGKILL
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

    bool succeeded() const { return status == Status::Exited && exitCode == 0; }
};

/// Starts a command in its own process group, hands each line it prints to a callback and
/// waits for it to end. Behind an interface so that the resources and the engine can be tested
/// with scripted fakes (as ninja's CommandRunner).
class ProcessRunner
{
public:
    /// Receives one line of output, without its newline. Called on the thread that called run().
    using LineSink = std::function<void(RunEvent::Stream, const QString &)>;

    virtual ~ProcessRunner() = default;
    /// Runs spec to its end and blocks the calling thread meanwhile; the engine calls it only
    /// from threads meant for waiting. When cancellation fires, the process group gets SIGTERM
    /// and later SIGKILL, and run() returns Cancelled once the command is gone. Thread-safe.
    virtual ProcessResult run(const ProcessSpec &spec, const Cancellation &cancellation,
                              const LineSink &sink) = 0;
};

} // namespace converge
