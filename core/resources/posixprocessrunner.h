#pragma once

#include "resources/processrunner.h"

#include <memory>

namespace converge {

class Reactor;

/// The real ProcessRunner: ProcessLauncher starts the command (its own process group, stdin
/// from /dev/null, stdout and stderr through pipes), and one Reactor thread serves every
/// command this runner started (WatchedProcess): their pidfds, pipes, deadlines and cancels,
/// however many there are. Output goes through an OutputSplitter per stream, so a flood costs
/// a pass of memchr over the bytes. When a command's leader exits, whatever is left of its
/// process group is killed and DescendantReaper ends the daemons it started (setsid, nohup,
/// double fork), on success, failure, timeout and cancel alike. Nothing is polled on a timer.
///
/// The reactor's thread starts with the runner, so that a command started when descriptors
/// run out fails for its own pipes. The runner must outlive every completion it owes: its
/// destructor stops the reactor, after which nothing is reported.
class PosixProcessRunner : public ProcessRunner
{
public:
    /// niceness (as nice(1)): the reactor's thread takes it, and the commands it starts (the
    /// second and later commands of an exec resource) inherit it.
    explicit PosixProcessRunner(int niceness = 0);
    ~PosixProcessRunner() override;

    /// start() and a wait for its completion.
    ProcessResult run(const ProcessSpec &spec, const Cancellation &cancellation,
                      const LineSink &sink) override;
    void start(const ProcessSpec &spec, const Cancellation &cancellation, LineSink sink,
               Completion done) override;
    int maxConcurrent() const override;

private:
    std::unique_ptr<Reactor> m_reactor;
};

} // namespace converge
