#include "resources/watchedprocess.h"

#include "resources/descendantreaper.h"
#include "resources/processlauncher.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace converge {

namespace {

/// Bytes per read; large, so that a flood costs few system calls. One buffer per reactor
/// thread serves every command, where one per command would cost memory per command.
constexpr size_t ReadBytes = 1 << 18;
/// Chunks read per wake-up, so that a command printing without pause cannot keep the reactor
/// from the other commands, their exits and a cancel.
constexpr int ReadsPerWakeUp = 16;

} // namespace

void WatchedProcess::start(Reactor &reactor, const ProcessSpec &spec,
                           const Cancellation &cancellation, ProcessRunner::LineSink sink,
                           ProcessRunner::Completion done)
{
    if (cancellation.isTriggered()) {
        ProcessResult cancelled;
        cancelled.status = ProcessResult::Status::Cancelled;
        done(std::move(cancelled));
        return;
    }
    if (!reactor.isValid()) {
        ProcessResult failed;
        failed.error = reactor.error();
        done(std::move(failed));
        return;
    }
    std::shared_ptr<WatchedProcess> process(
        new WatchedProcess(reactor, spec, cancellation, std::move(sink), std::move(done)));
    process->m_tag = DescendantReaper::newTag();
    const ProcessLauncher::Started started = ProcessLauncher::start(spec, process->m_tag);
    process->m_out.fd = started.stdoutFd;
    process->m_err.fd = started.stderrFd;
    if (started.pid < 0) {
        process->fail(started.error);
        return;
    }
    process->m_pid = started.pid;
    process->m_pidfd = int(syscall(SYS_pidfd_open, started.pid, 0)); // close-on-exec
    if (process->m_pidfd < 0) {
        // Without a pidfd its exit cannot be watched; do not leave it running.
        const int error = errno;
        kill(-started.pid, SIGKILL);
        waitpid(started.pid, nullptr, 0);
        process->m_pid = -1;
        process->fail(
            QStringLiteral("pidfd_open: %1").arg(QString::fromLocal8Bit(strerror(error))));
        return;
    }
    fcntl(process->m_out.fd, F_SETFL, O_NONBLOCK);
    fcntl(process->m_err.fd, F_SETFL, O_NONBLOCK);
    process->m_self = process;
    reactor.post([raw = process.get()] { raw->watch(); });
}

WatchedProcess::WatchedProcess(Reactor &reactor, const ProcessSpec &spec,
                               const Cancellation &cancellation, ProcessRunner::LineSink sink,
                               ProcessRunner::Completion done)
    : m_reactor(reactor), m_cancellation(cancellation), m_sink(std::move(sink)),
      m_done(std::move(done)), m_timeoutMs(spec.timeoutMs), m_stopAfterMs(spec.stopAfterMs),
      m_stopSignal(spec.stopSignal), m_killGraceMs(spec.killGraceMs),
      m_captureBytes(spec.captureBytes)
{
    m_out.lines = std::make_unique<OutputSplitter>(RunEvent::Stream::Stdout, m_sink, spec.headLines,
                                                   spec.tailLines);
    m_err.lines = std::make_unique<OutputSplitter>(RunEvent::Stream::Stderr, m_sink, spec.headLines,
                                                   spec.tailLines);
    if (m_captureBytes > 0) {
        m_out.capture[0] = m_err.capture[0] = &m_result.output;
        m_out.capture[1] = &m_result.standardOutput;
    }
}

WatchedProcess::~WatchedProcess()
{
    for (int fd : {m_out.fd, m_err.fd, m_pidfd}) {
        if (fd >= 0)
            close(fd);
    }
}

void WatchedProcess::fail(const QString &error)
{
    m_result.status = ProcessResult::Status::FailedToStart;
    m_result.error = error;
    m_done(std::move(m_result));
}

void WatchedProcess::watch()
{
    QString error;
    for (Stream *stream : {&m_out, &m_err}) {
        stream->watch = m_reactor.addFd(
            stream->fd, EPOLLIN, [this, stream](std::uint32_t) { drain(*stream, ReadsPerWakeUp); },
            &error);
    }
    m_exitWatch = m_reactor.addFd(
        m_pidfd, EPOLLIN, [this](std::uint32_t) { finish(); }, &error);
    if (!m_out.watch || !m_err.watch || !m_exitWatch) {
        // Unwatchable (epoll out of memory): end it now rather than lose it.
        kill(-m_pid, SIGKILL);
        m_result.error = error;
        finish();
        return;
    }
    if (m_stopAfterMs > 0)
        m_stopTimer = m_reactor.addTimer(m_stopAfterMs, [this] { stop(false); });
    if (m_timeoutMs > 0)
        m_killTimer = m_reactor.addTimer(m_timeoutMs, [this] { killNow(); });
    // The listener may run on any thread, and after this object is gone if it were not
    // unsubscribed in finish(): it only posts, with a strong reference.
    m_subscription = m_cancellation.subscribe([this, self = std::weak_ptr(m_self)] {
        if (auto alive = self.lock())
            m_reactor.post([alive] { alive->stop(true); });
    });
}

void WatchedProcess::drain(Stream &stream, int maxReads)
{
    thread_local std::vector<char> buffer(ReadBytes);
    for (int reads = 0; stream.fd >= 0 && reads < maxReads; ++reads) {
        const ssize_t n = read(stream.fd, buffer.data(), buffer.size());
        if (n > 0) {
            stream.lines->feed(buffer.data(), n);
            for (QByteArray *c : stream.capture) {
                if (c && c->size() < m_captureBytes)
                    c->append(buffer.data(), std::min<qsizetype>(n, m_captureBytes - c->size()));
            }
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        // The end of the stream (or an error, which ends it as well).
        forget(&stream.watch);
        close(stream.fd);
        stream.fd = -1;
    }
}

void WatchedProcess::stop(bool cancelled)
{
    if (m_pid < 0)
        return; // already finished: a posted cancel that came late
    m_cancelled = m_cancelled || cancelled;
    if (m_stopped || m_timedOut)
        return;
    // As mgmt: the command's stop signal first, so that it can clean up.
    m_stopped = true;
    m_timedOut = !m_cancelled;
    kill(-m_pid, m_stopSignal);
    m_graceTimer = m_reactor.addTimer(m_killGraceMs, [this] {
        m_graceTimer = 0;
        kill(-m_pid, SIGKILL);
    });
}

void WatchedProcess::killNow()
{
    m_killTimer = 0;
    if (m_cancelled)
        return;
    // As mgmt's `timeout`: a command past it is killed outright.
    m_timedOut = true;
    kill(-m_pid, SIGKILL);
}

void WatchedProcess::forget(Reactor::Handle *handle)
{
    if (*handle)
        m_reactor.remove(*handle);
    *handle = 0;
}

void WatchedProcess::finish()
{
    const std::shared_ptr<WatchedProcess> keep = std::move(m_self);
    m_cancellation.unsubscribe(m_subscription);
    for (Reactor::Handle *h : {&m_exitWatch, &m_stopTimer, &m_killTimer, &m_graceTimer})
        forget(h);
    // The leader has exited but is not reaped, so its pid still names its group: the daemons
    // it started, and what is left in the group, end with it. Tagged processes first, while
    // they are alive and can still be recognised.
    DescendantReaper::endTagged(m_tag, m_pid);
    kill(-m_pid, SIGKILL);
    int status = 0;
    while (waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_pid = -1;
    // Everything that held the pipes is gone now, unless it hid from the tag: read to the end
    // or to what is there.
    for (Stream *stream : {&m_out, &m_err}) {
        drain(*stream, std::numeric_limits<int>::max());
        forget(&stream->watch);
        stream->lines->finish();
    }
    m_result.skippedLines = m_out.lines->skippedLines() + m_err.lines->skippedLines();
    if (m_cancelled) {
        m_result.status = ProcessResult::Status::Cancelled;
    } else if (m_timedOut) {
        m_result.status = ProcessResult::Status::TimedOut;
    } else if (!m_result.error.isEmpty()) {
        m_result.status = ProcessResult::Status::FailedToStart;
    } else if (WIFEXITED(status)) {
        m_result.status = ProcessResult::Status::Exited;
        m_result.exitCode = WEXITSTATUS(status);
    } else {
        m_result.status = ProcessResult::Status::Signalled;
        m_result.signal = WTERMSIG(status);
    }
    m_done(std::move(m_result));
}

} // namespace converge
