#pragma once

#include "resources/processrunner.h"

#include <QCoreApplication>

namespace converge {

/// The real ProcessRunner: posix_spawn (vfork-like, so starting a command costs the same
/// however large this process is) into a new process group, stdin from /dev/null, stdout and
/// stderr through pipes, and one poll() over the pipes, a pidfd for the exit, the cancellation
/// and the deadline. No shell is involved unless the spec names one; nothing is polled on a timer.
class PosixProcessRunner : public ProcessRunner
{
    Q_DECLARE_TR_FUNCTIONS(PosixProcessRunner)
public:
    /// Lines longer than this are cut into pieces of this many bytes, which bounds the memory a
    /// command printing without newlines can take.
    static constexpr int MaxLineBytes = 8192;

    ProcessResult run(const ProcessSpec &spec, const Cancellation &cancellation,
                      const LineSink &sink) override;

private:
    static QString pipeError(const QString &program, int error);
};

} // namespace converge
