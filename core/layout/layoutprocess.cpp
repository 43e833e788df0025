#include "layout/layoutprocess.h"

#include "layout/layoutcodec.h"

#include <QDeadlineTimer>
#include <QFile>

#include <sys/mman.h>
#include <sys/wait.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <poll.h>
#include <spawn.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace converge {

namespace {

std::mutex g_settingsMutex;
QString g_helperPath;
QByteArray g_testHook;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// The helper's environment: this process's, plus the test hook when one is set. The strings
/// live in strings; the returned pointers point into it or into environ.
std::vector<char *> helperEnvironment(const QByteArray &hook, std::vector<QByteArray> *strings)
{
    std::vector<char *> environment;
    const QByteArray prefix = QByteArray(LayoutProcess::TestHookVariable) + '=';
    for (char **variable = environ; *variable; ++variable) {
        if (!QByteArray::fromRawData(*variable, qsizetype(std::strlen(*variable)))
                 .startsWith(prefix))
            environment.push_back(*variable);
    }
    if (!hook.isEmpty()) {
        strings->push_back(prefix + hook);
        environment.push_back(strings->back().data());
    }
    environment.push_back(nullptr);
    return environment;
}

/// posix_spawn()'s attributes and file actions, destroyed with this object.
struct SpawnSetup
{
    posix_spawnattr_t attributes;
    posix_spawn_file_actions_t actions;

    SpawnSetup(int planFd, int resultFd)
    {
        posix_spawnattr_init(&attributes);
        // The helper starts with no signal blocked and every handler at its default, whatever
        // this thread had: SIGTERM or SIGPIPE must end it, a cancel's SIGKILL always does.
        sigset_t set;
        sigemptyset(&set);
        posix_spawnattr_setsigmask(&attributes, &set);
        sigfillset(&set);
        posix_spawnattr_setsigdefault(&attributes, &set);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, planFd, STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions, resultFd, STDOUT_FILENO);
        // Only its standard streams: another layout's pipe held open here would hide that
        // layout's end of file from its reader.
        posix_spawn_file_actions_addclosefrom_np(&actions, STDERR_FILENO + 1);
    }
    ~SpawnSetup()
    {
        posix_spawn_file_actions_destroy(&actions);
        posix_spawnattr_destroy(&attributes);
    }
    SpawnSetup(const SpawnSetup &) = delete;
    SpawnSetup &operator=(const SpawnSetup &) = delete;
};

} // namespace

LayoutProcess::~LayoutProcess()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_pid > 0) {
        ::kill(m_pid, SIGKILL);
        while (::waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
        }
    }
}

void LayoutProcess::setHelperPath(const QString &path)
{
    const std::lock_guard lock(g_settingsMutex);
    g_helperPath = path;
}

QString LayoutProcess::helperPath()
{
    const QString fromEnvironment = qEnvironmentVariable(HelperVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const std::lock_guard lock(g_settingsMutex);
    return g_helperPath;
}

void LayoutProcess::setTestHook(const QByteArray &hook)
{
    const std::lock_guard lock(g_settingsMutex);
    g_testHook = hook;
}

std::optional<GraphLayout> LayoutProcess::run(const GraphvizLayout::Input &input,
                                              const Limits &limits, QString *error,
                                              const std::function<bool(pid_t)> &watch)
{
    // Planned here, where tr() is safe; the helper only computes geometry.
    const std::optional<LayoutPlan> plan = LayoutPlan::make(input, error);
    if (!plan)
        return std::nullopt;
    LayoutProcess process;
    if (!process.start(*plan, limits, error))
        return std::nullopt;
    if (watch && !watch(process.pid()))
        ::kill(process.pid(), SIGKILL);
    process.readResult();
    if (watch)
        watch(0);
    return process.reap(error);
}

bool LayoutProcess::start(const LayoutPlan &plan, const Limits &limits, QString *error)
{
    const QString helper = helperPath();
    if (helper.isEmpty()) {
        *error = tr("cannot start the layout helper: its path is unknown (set %1)")
                     .arg(QString::fromLatin1(HelperVariable));
        return false;
    }
    QByteArray hook;
    {
        const std::lock_guard lock(g_settingsMutex);
        hook = g_testHook;
    }
    // Everything the helper gets is made here, before it exists.
    const QByteArray program = QFile::encodeName(helper);
    std::vector<QByteArray> arguments = {program,
                                         "--memory-bytes",
                                         QByteArray::number(limits.memoryBytes),
                                         "--cpu-seconds",
                                         QByteArray::number(limits.cpuSeconds),
                                         "--parent",
                                         QByteArray::number(::getpid())};
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> strings;
    std::vector<char *> environment = helperEnvironment(hook, &strings);

    const int planFd = ::memfd_create("converge-layout-plan", MFD_CLOEXEC);
    if (planFd < 0) {
        *error = tr("cannot start the layout helper: memfd_create: %1").arg(systemError(errno));
        return false;
    }
    {
        QFile file;
        const QByteArray bytes = plan.toBytes();
        if (!file.open(planFd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle) ||
            file.write(bytes) != bytes.size() || !file.flush() ||
            ::lseek(planFd, 0, SEEK_SET) != 0) {
            ::close(planFd);
            *error =
                tr("cannot start the layout helper: writing its plan: %1").arg(file.errorString());
            return false;
        }
    }
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        const int pipeErrno = errno;
        ::close(planFd);
        *error = tr("cannot start the layout helper: pipe: %1").arg(systemError(pipeErrno));
        return false;
    }
    pid_t pid = 0;
    int spawnError = 0;
    {
        const SpawnSetup setup(planFd, fds[1]);
        spawnError = ::posix_spawn(&pid, program.constData(), &setup.actions, &setup.attributes,
                                   argv.data(), environment.data());
    }
    ::close(planFd);
    ::close(fds[1]);
    if (spawnError != 0) {
        ::close(fds[0]);
        *error = tr("cannot start the layout helper %1: %2").arg(helper, systemError(spawnError));
        return false;
    }
    m_pid = pid;
    m_fd = fds[0];
    m_limits = limits;
    m_engine = plan.engine();
    m_timedOut = false;
    return true;
}

void LayoutProcess::readResult()
{
    const QDeadlineTimer deadline(std::chrono::seconds(m_limits.wallSeconds));
    char buffer[65536];
    for (;;) {
        pollfd ready{m_fd, POLLIN, 0};
        const int polled = ::poll(&ready, 1, deadline.remainingTime());
        if (polled < 0 && errno == EINTR)
            continue;
        if (polled == 0) {
            // Past its wall-clock budget, asleep or busy: the end is the same.
            ::kill(m_pid, SIGKILL);
            m_timedOut = true;
            break;
        }
        const ssize_t got = ::read(m_fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        m_received.append(buffer, got);
    }
    ::close(m_fd);
    m_fd = -1;
}

std::optional<GraphLayout> LayoutProcess::reap(QString *error)
{
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_pid = 0;
    if (m_timedOut) {
        *error = tr("the %1 layout took longer than its time budget (%2 s) and was stopped; try "
                    "the automatic engine or a faster one")
                     .arg(m_engine)
                     .arg(m_limits.wallSeconds);
        return std::nullopt;
    }
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        if (signal == SIGXCPU)
            *error = tr("the %1 layout used up its time budget (%2 s of CPU); try the automatic "
                        "engine or a faster one")
                         .arg(m_engine)
                         .arg(m_limits.cpuSeconds);
        else
            *error = tr("the %1 layout crashed (signal %2: %3); the graph is unchanged: try "
                        "another engine")
                         .arg(m_engine)
                         .arg(signal)
                         .arg(QString::fromLocal8Bit(::strsignal(signal)));
        return std::nullopt;
    }
    const int code = WEXITSTATUS(status);
    if (code == HelperOutOfMemory) {
        *error = tr("the %1 layout ran out of its memory budget (%2 MB); try the automatic "
                    "engine or a faster one")
                     .arg(m_engine)
                     .arg(m_limits.memoryBytes >> 20);
        return std::nullopt;
    }
    std::optional<GraphLayout> layout;
    LayoutPlan::Failure failure;
    if (code != 0 || !LayoutCodec::decode(m_received, &layout, &failure)) {
        *error = tr("the layout helper ended (exit status %1) without a readable result").arg(code);
        return std::nullopt;
    }
    if (!layout)
        *error = LayoutPlan::describe(failure);
    return layout;
}

} // namespace converge
