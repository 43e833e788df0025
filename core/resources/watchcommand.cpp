#include "resources/watchcommand.h"

#include "resources/descendantreaper.h"
#include "resources/processlauncher.h"
#include "resources/systemerror.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace converge {

WatchCommand::WatchCommand(Reactor &reactor, ProcessSpec spec, WatchSink sink)
    : m_reactor(reactor), m_spec(std::move(spec)), m_sink(std::move(sink)),
      m_lines([this](RunEvent::Stream, const QString &text) { line(text); })
{}

WatchCommand::~WatchCommand()
{
    stop();
}

void WatchCommand::start()
{
    if (m_pid > 0)
        return;
    m_tag = DescendantReaper::newTag();
    const ProcessLauncher::Started started = ProcessLauncher::start(m_spec, m_tag);
    if (started.pid < 0) {
        fail(tr("watchcmd: %1").arg(started.error));
        return;
    }
    m_pid = started.pid;
    m_pidfd = int(syscall(SYS_pidfd_open, m_pid, 0));
    if (m_pidfd < 0) {
        const int error = errno;
        close(started.stdoutFd);
        close(started.stderrFd);
        stop();
        fail(tr("watchcmd: cannot wait for process %1 (pidfd_open): %2")
                 .arg(started.pid)
                 .arg(systemErrorText(error)));
        return;
    }
    QString error;
    m_exitHandle = m_reactor.addFd(
        m_pidfd, EPOLLIN, [this](std::uint32_t) { onExit(); }, &error);
    const bool watched = m_exitHandle &&
                         watchStream(m_out, started.stdoutFd, RunEvent::Stream::Stdout) &&
                         watchStream(m_err, started.stderrFd, RunEvent::Stream::Stderr);
    if (!watched) {
        if (m_out.fd < 0)
            close(started.stdoutFd);
        if (m_err.fd < 0)
            close(started.stderrFd);
        stop();
        fail(tr("watchcmd: cannot wait for its output: %1").arg(error));
    }
}

bool WatchCommand::watchStream(Stream &stream, int fd, RunEvent::Stream which)
{
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    stream.fd = fd;
    stream.splitter = std::make_unique<OutputSplitter>(which, m_lines, -1, 0);
    stream.handle = m_reactor.addFd(fd, EPOLLIN, [this, &stream](std::uint32_t) { drain(stream); });
    return stream.handle != 0;
}

bool WatchCommand::drain(Stream &stream)
{
    if (stream.fd < 0)
        return false;
    char buffer[16 * 1024];
    for (;;) {
        const ssize_t n = read(stream.fd, buffer, sizeof buffer);
        if (n > 0) {
            stream.splitter->feed(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return true;
        stream.splitter->finish(); // end of the stream (or an error reading it: the same)
        closeStream(stream);
        return false;
    }
}

void WatchCommand::closeStream(Stream &stream)
{
    if (stream.handle)
        m_reactor.remove(stream.handle);
    if (stream.fd >= 0)
        close(stream.fd);
    stream = Stream();
}

void WatchCommand::line(const QString &text)
{
    // mgmt logs an empty line and sends no event for it.
    if (!text.isEmpty() && m_sink.event)
        m_sink.event(tr("watchcmd: %1").arg(text));
}

void WatchCommand::onExit()
{
    int status = 0;
    const pid_t reaped = waitpid(m_pid, &status, WNOHANG);
    if (reaped == 0)
        return;
    // The lines it printed before it ended are its last events: report them first. A
    // descendant still holding a pipe open does not keep the watch waiting.
    drain(m_out);
    drain(m_err);
    const pid_t group = m_pid;
    m_pid = -1; // reaped: stop() must not wait for it again
    stopProcessesOf(group);
    QString how;
    if (reaped < 0)
        how = tr("watchcmd ended (waitpid: %1)").arg(systemErrorText(errno));
    else if (WIFSIGNALED(status))
        how = tr("watchcmd was killed by signal %1").arg(WTERMSIG(status));
    else
        how = tr("watchcmd ended with exit status %1").arg(WEXITSTATUS(status));
    stop();
    fail(how);
}

void WatchCommand::stop()
{
    if (m_pid > 0) {
        kill(-m_pid, SIGKILL);
        // SIGKILL cannot be caught: the leader is gone at once, so this wait is short.
        while (waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        stopProcessesOf(m_pid);
        m_pid = -1;
    }
    if (m_exitHandle)
        m_reactor.remove(m_exitHandle);
    m_exitHandle = 0;
    if (m_pidfd >= 0)
        close(m_pidfd);
    m_pidfd = -1;
    closeStream(m_out);
    closeStream(m_err);
}

void WatchCommand::stopProcessesOf(pid_t group)
{
    // What stayed in the group (a background job of a shell), then what left it (setsid).
    kill(-group, SIGKILL);
    DescendantReaper::endTagged(m_tag, group);
}

void WatchCommand::fail(const QString &message)
{
    if (m_sink.failed)
        m_sink.failed(message);
}

} // namespace converge
