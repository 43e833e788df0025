#include "resources/processlauncher.h"

#include "resources/descendantreaper.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace converge {

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

/// The pipes of one command: [0] read end kept by us, [1] write end given to the child.
struct Pipe
{
    int fd[2] = {-1, -1};
    Pipe() = default;
    Pipe(const Pipe &) = delete;
    Pipe &operator=(const Pipe &) = delete;
    ~Pipe()
    {
        closeWrite();
        if (fd[0] >= 0)
            close(fd[0]);
    }
    bool open() { return pipe2(fd, O_CLOEXEC) == 0; }
    void closeWrite()
    {
        if (fd[1] >= 0)
            close(fd[1]);
        fd[1] = -1;
    }
    int release() { return std::exchange(fd[0], -1); }
};

/// The child's argv and envp, owned for the duration of the start.
struct ExecArguments
{
    std::vector<QByteArray> storage;
    std::vector<char *> argv;
    std::vector<char *> envp;

    ExecArguments(const ProcessSpec &spec, const QByteArray &tag)
    {
        storage.push_back(QFile::encodeName(spec.program));
        for (const QString &a : spec.arguments)
            storage.push_back(a.toLocal8Bit());
        const size_t argc = storage.size();
        if (spec.inheritEnvironment) {
            for (char **e = environ; *e; ++e) {
                if (!QByteArray(*e).startsWith(DescendantReaper::TagVariable + QByteArray("=")))
                    storage.push_back(*e);
            }
        }
        for (const auto &[key, value] : spec.environment)
            storage.push_back((key + u'=' + value).toLocal8Bit());
        storage.push_back(DescendantReaper::TagVariable + QByteArray("=") + tag);
        for (size_t i = 0; i < storage.size(); ++i)
            (i < argc ? argv : envp).push_back(storage[i].data());
        argv.push_back(nullptr);
        envp.push_back(nullptr);
    }
};

/// The program as execve() needs it: PATH searched here, in the parent, because the forked
/// child may only make async-signal-safe calls.
QByteArray resolveProgram(const QByteArray &program)
{
    if (program.contains('/'))
        return program;
    const char *path = getenv("PATH");
    for (const QByteArray &dir :
         QByteArray(path ? path : "/usr/local/bin:/usr/bin:/bin").split(':')) {
        const QByteArray candidate = (dir.isEmpty() ? QByteArray(".") : dir) + '/' + program;
        struct stat st = {};
        if (stat(candidate.constData(), &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111))
            return candidate;
    }
    return {};
}

/// What failed in the forked child, written to the parent as {Step, errno}.
enum class Step : int
{
    Groups,
    Group,
    User,
    Directory,
    Exec,
};

[[noreturn]] void childFailed(int report, Step step)
{
    const int message[2] = {int(step), errno};
    [[maybe_unused]] auto written = write(report, message, sizeof message);
    _exit(127);
}

} // namespace

QString ProcessLauncher::pipeError(const QString &program, int error)
{
    // Out of descriptors is the usual cause, and the command is what the user can look at.
    return tr("cannot create a pipe for %1: %2").arg(program, errnoText(error));
}

QString ProcessLauncher::refusal(const ProcessSpec &spec)
{
    const QChar nul(u'\0');
    if (spec.program.contains(nul))
        return tr("the command contains a NUL byte, which would cut it short");
    for (qsizetype i = 0; i < spec.arguments.size(); ++i) {
        if (spec.arguments[i].contains(nul))
            return tr("argument %1 contains a NUL byte, which would cut it short").arg(i + 1);
    }
    for (const auto &[key, value] : spec.environment) {
        if (key.contains(nul) || value.contains(nul) || key.contains(u'='))
            return tr("environment variable %1 contains a NUL byte or '=' in its name")
                .arg(QString(key).replace(nul, u"\\0"_qs));
    }
    if (spec.workingDirectory.contains(nul))
        return tr("the working directory contains a NUL byte, which would cut it short");
    if (spec.workingDirectory.isEmpty() || spec.credentials)
        return {}; // with credentials, the child enters it as the user and reports why not
    const QByteArray cwd = QFile::encodeName(spec.workingDirectory);
    struct stat st = {};
    int error = 0;
    if (stat(cwd.constData(), &st) != 0)
        error = errno;
    else if (!S_ISDIR(st.st_mode))
        error = ENOTDIR;
    else if (access(cwd.constData(), X_OK) != 0)
        error = errno;
    return error ? tr("cannot change directory to %1: %2")
                       .arg(spec.workingDirectory, errnoText(error))
                 : QString();
}

ProcessLauncher::Started ProcessLauncher::start(const ProcessSpec &spec, const QByteArray &tag)
{
    Started started;
    started.error = refusal(spec);
    if (!started.error.isEmpty())
        return started;
    Pipe out, err;
    if (!out.open() || !err.open()) {
        started.error = pipeError(spec.program, errno);
        return started;
    }
    ExecArguments arguments(spec, tag);
    const QByteArray cwd = QFile::encodeName(spec.workingDirectory);

    if (!spec.credentials) {
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_adddup2(&actions, out.fd[1], 1);
        posix_spawn_file_actions_adddup2(&actions, err.fd[1], 2);
        if (!cwd.isEmpty())
            posix_spawn_file_actions_addchdir_np(&actions, cwd.constData());
        // A group of its own (setpgid(0, 0) in the child), so that a timeout or a cancel
        // reaches everything the command started; signal mask and the dispositions a GUI or
        // the command line may have changed go back to their defaults.
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
                                                  POSIX_SPAWN_SETSIGDEF);
        posix_spawnattr_setpgroup(&attributes, 0);
        sigset_t reset;
        sigemptyset(&reset);
        posix_spawnattr_setsigmask(&attributes, &reset);
        for (int s : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD})
            sigaddset(&reset, s);
        posix_spawnattr_setsigdefault(&attributes, &reset);
        const int error = posix_spawnp(&started.pid, arguments.argv[0], &actions, &attributes,
                                       arguments.argv.data(), arguments.envp.data());
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
        if (error != 0) {
            started.pid = -1;
            started.error = QStringLiteral("%1: %2").arg(spec.program, errnoText(error));
            return started;
        }
    } else {
        const QByteArray program = resolveProgram(arguments.storage[0]);
        if (program.isEmpty()) {
            started.error = QStringLiteral("%1: %2").arg(spec.program, errnoText(ENOENT));
            return started;
        }
        Pipe report;
        if (!report.open()) {
            started.error = pipeError(spec.program, errno);
            return started;
        }
        const ProcessCredentials &who = *spec.credentials;
        // No handler of this process may run in the child between fork and exec.
        sigset_t all, previous;
        sigfillset(&all);
        pthread_sigmask(SIG_SETMASK, &all, &previous);
        started.pid = fork();
        if (started.pid == 0) {
            struct sigaction fallback = {};
            fallback.sa_handler = SIG_DFL;
            for (int s = 1; s < NSIG; ++s)
                sigaction(s, &fallback, nullptr);
            setpgid(0, 0);
            const int devNull = open("/dev/null", O_RDONLY);
            if (devNull >= 0)
                dup2(devNull, 0);
            dup2(out.fd[1], 1);
            dup2(err.fd[1], 2);
            if (setgroups(who.groups.size(), who.groups.data()) != 0)
                childFailed(report.fd[1], Step::Groups);
            if (setgid(who.gid) != 0)
                childFailed(report.fd[1], Step::Group);
            if (setuid(who.uid) != 0)
                childFailed(report.fd[1], Step::User);
            if (!cwd.isEmpty() && chdir(cwd.constData()) != 0)
                childFailed(report.fd[1], Step::Directory);
            sigset_t none;
            sigemptyset(&none);
            sigprocmask(SIG_SETMASK, &none, nullptr);
            execve(program.constData(), arguments.argv.data(), arguments.envp.data());
            childFailed(report.fd[1], Step::Exec);
        }
        const int forkError = errno;
        pthread_sigmask(SIG_SETMASK, &previous, nullptr);
        if (started.pid < 0) {
            started.error = tr("cannot start %1: %2").arg(spec.program, errnoText(forkError));
            return started;
        }
        report.closeWrite();
        int message[2] = {0, 0};
        ssize_t got;
        while ((got = read(report.fd[0], message, sizeof message)) < 0 && errno == EINTR) {
        }
        if (got == sizeof message) {
            waitpid(started.pid, nullptr, 0);
            started.pid = -1;
            const QString why = errnoText(message[1]);
            switch (Step(message[0])) {
            case Step::Groups:
            case Step::Group:
            case Step::User:
                started.error = tr("cannot run %1 as user %2 and group %3: %4")
                                    .arg(spec.program)
                                    .arg(who.uid)
                                    .arg(who.gid)
                                    .arg(why);
                break;
            case Step::Directory:
                started.error =
                    tr("cannot change directory to %1: %2").arg(spec.workingDirectory, why);
                break;
            case Step::Exec:
                started.error = QStringLiteral("%1: %2").arg(spec.program, why);
                break;
            }
            return started;
        }
    }
    // A larger pipe means fewer wake-ups for a command that prints a lot; best effort.
    fcntl(out.fd[0], F_SETPIPE_SZ, 1 << 20);
    fcntl(err.fd[0], F_SETPIPE_SZ, 1 << 20);
    started.stdoutFd = out.release();
    started.stderrFd = err.release();
    return started;
}

} // namespace converge
