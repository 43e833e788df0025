#include "resources/posixprocessrunner.h"

#include "resources/cancellation.h"
#include "resources/descendantreaper.h"
#include "resources/outputsplitter.h"
#include "resources/processlauncher.h"
#include "resources/processlimits.h"

#include <QDeadlineTimer>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace converge {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

/// A file descriptor closed on scope exit.
struct Fd
{
    int fd = -1;
    explicit Fd(int f = -1) : fd(f) {}
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd()
    {
        if (fd >= 0)
            close(fd);
    }
};

/// One output stream of the command: its pipe, its splitter, and what is captured of it.
struct Stream
{
    Fd pipe;
    OutputSplitter lines;
    QByteArray *capture[2] = {nullptr, nullptr};
    qsizetype captureLimit = 0;
    bool open = true;

    /// Reads what is available into buffer, at most maxReads times so that a command printing
    /// without pause cannot keep the loop from seeing its exit or a cancel; open becomes false
    /// at the end of the stream.
    void drain(std::vector<char> &buffer, int maxReads)
    {
        for (int reads = 0; open && reads < maxReads; ++reads) {
            const ssize_t n = read(pipe.fd, buffer.data(), buffer.size());
            if (n > 0) {
                lines.feed(buffer.data(), n);
                for (QByteArray *c : capture) {
                    if (c && c->size() < captureLimit)
                        c->append(buffer.data(), std::min<qsizetype>(n, captureLimit - c->size()));
                }
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            open = n < 0 && errno == EAGAIN;
            return;
        }
    }
};

/// Reads per wake-up; large, so that a flood costs few system calls.
constexpr size_t ReadBytes = 1 << 18;

qint64 waitMs(const QDeadlineTimer &deadline)
{
    return deadline.isForever() ? -1 : std::min<qint64>(deadline.remainingTime(), 1 << 30);
}

} // namespace

int PosixProcessRunner::maxConcurrent() const
{
    return ProcessLimits::maxConcurrentCommands();
}

ProcessResult PosixProcessRunner::run(const ProcessSpec &spec, const Cancellation &cancellation,
                                      const LineSink &sink)
{
    ProcessResult result;
    if (cancellation.isTriggered()) {
        result.status = ProcessResult::Status::Cancelled;
        return result;
    }
    const QByteArray tag = DescendantReaper::newTag();
    const ProcessLauncher::Started started = ProcessLauncher::start(spec, tag);
    Stream out{Fd(started.stdoutFd),
               {RunEvent::Stream::Stdout, sink, spec.headLines, spec.tailLines}};
    Stream err{Fd(started.stderrFd),
               {RunEvent::Stream::Stderr, sink, spec.headLines, spec.tailLines}};
    if (started.pid < 0) {
        result.error = started.error;
        return result;
    }
    const pid_t pid = started.pid;
    Fd pidfd(int(syscall(SYS_pidfd_open, pid, 0)));
    if (pidfd.fd < 0) {
        // Without a pidfd the exit cannot be waited for in poll(); do not leave it running.
        result.error = QStringLiteral("pidfd_open: %1").arg(errnoText(errno));
        kill(-pid, SIGKILL);
        waitpid(pid, nullptr, 0);
        return result;
    }
    if (spec.captureBytes > 0) {
        out.capture[0] = err.capture[0] = &result.output;
        out.capture[1] = &result.standardOutput;
        out.captureLimit = err.captureLimit = spec.captureBytes;
    }
    std::vector<char> buffer(ReadBytes);
    fcntl(out.pipe.fd, F_SETFL, O_NONBLOCK);
    fcntl(err.pipe.fd, F_SETFL, O_NONBLOCK);

    const QDeadlineTimer killAfter =
        spec.timeoutMs > 0 ? QDeadlineTimer(spec.timeoutMs) : QDeadlineTimer::Forever;
    const QDeadlineTimer stopAfter =
        spec.stopAfterMs > 0 ? QDeadlineTimer(spec.stopAfterMs) : QDeadlineTimer::Forever;
    QDeadlineTimer killAt = QDeadlineTimer::Forever;
    bool stopped = false, cancelSeen = false, timedOut = false;

    for (;;) {
        std::array<pollfd, 4> fds{{{pidfd.fd, POLLIN, 0},
                                   {cancelSeen ? -1 : cancellation.fd(), POLLIN, 0},
                                   {out.open ? out.pipe.fd : -1, POLLIN, 0},
                                   {err.open ? err.pipe.fd : -1, POLLIN, 0}}};
        QDeadlineTimer next = QDeadlineTimer::Forever;
        if (stopped)
            next = killAt;
        else if (!timedOut)
            next = stopAfter < killAfter ? stopAfter : killAfter;
        const int ready = poll(fds.data(), fds.size(), int(waitMs(next)));
        if (ready < 0 && errno != EINTR)
            break;
        if (fds[2].revents)
            out.drain(buffer, 16);
        if (fds[3].revents)
            err.drain(buffer, 16);
        if (fds[0].revents)
            break;
        const bool cancelNow = fds[1].revents && !cancelSeen;
        cancelSeen = cancelSeen || cancelNow;
        if (!stopped && !timedOut && (cancelNow || stopAfter.hasExpired())) {
            // As mgmt: the command's stop signal first, so that it can clean up.
            stopped = true;
            timedOut = !cancelSeen;
            kill(-pid, spec.stopSignal);
            killAt = QDeadlineTimer(spec.killGraceMs);
        }
        if (!timedOut && !cancelSeen && killAfter.hasExpired()) {
            // As mgmt's `timeout`: a command past it is killed outright.
            timedOut = true;
            kill(-pid, SIGKILL);
        }
        if (stopped && killAt.hasExpired()) {
            kill(-pid, SIGKILL);
            killAt = QDeadlineTimer::Forever;
        }
    }
    // The leader has exited but is not reaped, so its pid still names its group: the daemons
    // it started, and what is left in the group, end with it. Tagged processes first, while
    // they are alive and can still be recognised.
    DescendantReaper::endTagged(tag, pid);
    kill(-pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    // Everything that held the pipes is gone now, unless it hid from the tag: read to the end
    // or to what is there.
    out.drain(buffer, std::numeric_limits<int>::max());
    err.drain(buffer, std::numeric_limits<int>::max());
    out.lines.finish();
    err.lines.finish();
    result.skippedLines = out.lines.skippedLines() + err.lines.skippedLines();

    if (cancelSeen) {
        result.status = ProcessResult::Status::Cancelled;
    } else if (timedOut) {
        result.status = ProcessResult::Status::TimedOut;
    } else if (WIFEXITED(status)) {
        result.status = ProcessResult::Status::Exited;
        result.exitCode = WEXITSTATUS(status);
    } else {
        result.status = ProcessResult::Status::Signalled;
        result.signal = WTERMSIG(status);
    }
    return result;
}

} // namespace converge
