#include "resources/posixprocessrunner.h"

#include "resources/cancellation.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QFile>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

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
    Fd() = default;
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd() { reset(); }
    void reset()
    {
        if (fd >= 0)
            close(fd);
        fd = -1;
    }
};

/// Splits a byte stream into lines for one of the command's streams.
class LineSplitter
{
public:
    LineSplitter(RunEvent::Stream stream, const ProcessRunner::LineSink &sink)
        : m_stream(stream), m_sink(sink)
    {}
    void feed(const char *data, qsizetype size)
    {
        while (size > 0) {
            const char *newline = static_cast<const char *>(memchr(data, '\n', size_t(size)));
            const qsizetype take = newline ? newline - data : size;
            const qsizetype room = PosixProcessRunner::MaxLineBytes - m_line.size();
            if (take > room) {
                m_line.append(data, room);
                flush();
                data += room;
                size -= room;
                continue;
            }
            m_line.append(data, take);
            data += take;
            size -= take;
            if (newline) {
                flush();
                ++data;
                --size;
            }
        }
    }
    void finish()
    {
        if (!m_line.isEmpty())
            flush();
    }

private:
    void flush()
    {
        if (m_line.endsWith('\r'))
            m_line.chop(1);
        if (m_sink)
            m_sink(m_stream, QString::fromUtf8(m_line));
        m_line.clear();
    }
    RunEvent::Stream m_stream;
    const ProcessRunner::LineSink &m_sink;
    QByteArray m_line;
};

/// Reads what is available, at most a few buffers so that a command printing without pause
/// cannot keep the loop from seeing its exit or a cancel; false at end of file or on error.
bool drain(int fd, LineSplitter &splitter)
{
    std::array<char, 65536> buffer;
    for (int reads = 0; reads < 16; ++reads) {
        const ssize_t n = read(fd, buffer.data(), buffer.size());
        if (n > 0) {
            splitter.feed(buffer.data(), n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        return n < 0 && errno == EAGAIN;
    }
    return true;
}

/// posix_spawn's arguments, owned for the duration of the call.
struct SpawnArguments
{
    std::vector<QByteArray> storage;
    std::vector<char *> argv;
    std::vector<char *> envp;

    explicit SpawnArguments(const ProcessSpec &spec)
    {
        storage.push_back(QFile::encodeName(spec.program));
        for (const QString &a : spec.arguments)
            storage.push_back(a.toLocal8Bit());
        const size_t argc = storage.size();
        for (const auto &[key, value] : spec.environment)
            storage.push_back((key + u'=' + value).toLocal8Bit());
        for (size_t i = 0; i < storage.size(); ++i)
            (i < argc ? argv : envp).push_back(storage[i].data());
        argv.push_back(nullptr);
        envp.push_back(nullptr);
    }
    char *const *environment() { return envp.size() > 1 ? envp.data() : environ; }
};

} // namespace

QString PosixProcessRunner::pipeError(const QString &program, int error)
{
    // Out of descriptors is the usual cause, and the command is what the user can look at.
    return tr("cannot create a pipe for %1: %2").arg(program, errnoText(error));
}

ProcessResult PosixProcessRunner::run(const ProcessSpec &spec, const Cancellation &cancellation,
                                      const LineSink &sink)
{
    ProcessResult result;
    if (cancellation.isTriggered()) {
        result.status = ProcessResult::Status::Cancelled;
        return result;
    }
    Fd out[2], err[2];
    {
        int o[2], e[2];
        if (pipe2(o, O_CLOEXEC) != 0) {
            result.error = pipeError(spec.program, errno);
            return result;
        }
        out[0].fd = o[0];
        out[1].fd = o[1];
        if (pipe2(e, O_CLOEXEC) != 0) {
            result.error = pipeError(spec.program, errno);
            return result;
        }
        err[0].fd = e[0];
        err[1].fd = e[1];
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1].fd, 1);
    posix_spawn_file_actions_adddup2(&actions, err[1].fd, 2);
    const QByteArray cwd = QFile::encodeName(spec.workingDirectory);
    if (!cwd.isEmpty())
        posix_spawn_file_actions_addchdir_np(&actions, cwd.constData());

    // A group of its own (setpgid(0, 0) in the child), so that a timeout or a cancel reaches
    // everything the command started; signal mask and the dispositions a GUI or the command
    // line may have changed go back to their defaults.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
                                              POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&attributes, 0);
    sigset_t defaults;
    sigemptyset(&defaults);
    posix_spawnattr_setsigmask(&attributes, &defaults);
    for (int s : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD})
        sigaddset(&defaults, s);
    posix_spawnattr_setsigdefault(&attributes, &defaults);

    SpawnArguments arguments(spec);
    pid_t pid = -1;
    const int spawnError = posix_spawnp(&pid, arguments.argv[0], &actions, &attributes,
                                        arguments.argv.data(), arguments.environment());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    out[1].reset();
    err[1].reset();
    if (spawnError != 0) {
        result.error = QStringLiteral("%1: %2").arg(spec.program, errnoText(spawnError));
        return result;
    }

    Fd pidfd;
    pidfd.fd = int(syscall(SYS_pidfd_open, pid, 0));
    if (pidfd.fd < 0) {
        // Without a pidfd the exit cannot be waited for in poll(); do not leave it running.
        result.error = QStringLiteral("pidfd_open: %1").arg(errnoText(errno));
        kill(-pid, SIGKILL);
        waitpid(pid, nullptr, 0);
        return result;
    }
    fcntl(out[0].fd, F_SETFL, O_NONBLOCK);
    fcntl(err[0].fd, F_SETFL, O_NONBLOCK);

    LineSplitter outLines(RunEvent::Stream::Stdout, sink);
    LineSplitter errLines(RunEvent::Stream::Stderr, sink);
    QDeadlineTimer deadline =
        spec.timeoutMs > 0 ? QDeadlineTimer(spec.timeoutMs) : QDeadlineTimer::Forever;
    QDeadlineTimer killAt = QDeadlineTimer::Forever;
    bool outOpen = true, errOpen = true, cancelSeen = false, timedOut = false;

    for (;;) {
        std::array<pollfd, 4> fds{{{pidfd.fd, POLLIN, 0},
                                   {cancelSeen ? -1 : cancellation.fd(), POLLIN, 0},
                                   {outOpen ? out[0].fd : -1, POLLIN, 0},
                                   {errOpen ? err[0].fd : -1, POLLIN, 0}}};
        const QDeadlineTimer next = cancelSeen || timedOut ? killAt : deadline;
        const qint64 wait = next.isForever() ? -1 : std::min<qint64>(next.remainingTime(), 1 << 30);
        const int ready = poll(fds.data(), fds.size(), int(wait));
        if (ready < 0 && errno != EINTR)
            break;
        if (fds[2].revents)
            outOpen = drain(out[0].fd, outLines);
        if (fds[3].revents)
            errOpen = drain(err[0].fd, errLines);
        if (fds[0].revents)
            break;
        if (fds[1].revents && !cancelSeen) {
            cancelSeen = true;
            kill(-pid, SIGTERM);
            killAt = QDeadlineTimer(spec.killGraceMs);
        }
        if (!timedOut && !cancelSeen && deadline.hasExpired()) {
            // As mgmt: a command past its timeout is killed outright.
            timedOut = true;
            kill(-pid, SIGKILL);
        }
        if (killAt.hasExpired()) {
            kill(-pid, SIGKILL);
            killAt = QDeadlineTimer::Forever;
        }
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    // What the command wrote before it ended is still in the pipes.
    if (outOpen)
        drain(out[0].fd, outLines);
    if (errOpen)
        drain(err[0].fd, errLines);
    outLines.finish();
    errLines.finish();
    if (cancelSeen || timedOut)
        kill(-pid, SIGKILL); // whatever the command left behind in its group

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
