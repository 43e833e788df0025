#include "resources/posixprocessrunner.h"

#include "resources/processlimits.h"
#include "resources/reactor.h"
#include "resources/watchedprocess.h"

#include <future>
#include <sys/resource.h>
#include <unistd.h>

namespace converge {

PosixProcessRunner::PosixProcessRunner(int niceness) : m_reactor(std::make_unique<Reactor>())
{
    // Linux keeps a niceness per thread; this task runs before any command's.
    if (niceness > 0)
        m_reactor->post([niceness] { setpriority(PRIO_PROCESS, pid_t(gettid()), niceness); });
}

PosixProcessRunner::~PosixProcessRunner() = default;

int PosixProcessRunner::maxConcurrent() const
{
    return ProcessLimits::maxConcurrentCommands();
}

void PosixProcessRunner::start(const ProcessSpec &spec, const Cancellation &cancellation,
                               LineSink sink, Completion done)
{
    WatchedProcess::start(*m_reactor, spec, cancellation, std::move(sink), std::move(done));
}

ProcessResult PosixProcessRunner::run(const ProcessSpec &spec, const Cancellation &cancellation,
                                      const LineSink &sink)
{
    std::promise<ProcessResult> ended;
    std::future<ProcessResult> result = ended.get_future();
    start(spec, cancellation, sink, [&ended](ProcessResult r) { ended.set_value(std::move(r)); });
    return result.get();
}

} // namespace converge
