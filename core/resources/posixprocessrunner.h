#pragma once

#include "resources/processrunner.h"

namespace converge {

/// The real ProcessRunner: ProcessLauncher starts the command (its own process group, stdin
/// from /dev/null, stdout and stderr through pipes), and one poll() over the pipes, a pidfd
/// for the exit, the cancellation and the deadlines serves it on the calling thread. Output
/// goes through an OutputSplitter per stream, so a flood costs a pass of memchr over the bytes.
/// When the command's leader exits, whatever is left of its process group is killed and
/// DescendantReaper ends the daemons it started (setsid, nohup, double fork), on success,
/// failure, timeout and cancel alike. Nothing is polled on a timer.
class PosixProcessRunner : public ProcessRunner
{
public:
    ProcessResult run(const ProcessSpec &spec, const Cancellation &cancellation,
                      const LineSink &sink) override;
    int maxConcurrent() const override;
};

} // namespace converge
