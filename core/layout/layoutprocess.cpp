#include "layout/layoutprocess.h"

#include "layout/graphvizsupport.h"

#include <QDataStream>
#include <QFile>
#include <QMutexLocker>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <new>
#include <unistd.h>

namespace converge {

namespace {

std::atomic<void (*)()> g_childHook{nullptr};

/// How the child tells the parent why it sent nothing; 0 means a result follows on the pipe.
enum ChildExit : int
{
    ExitOutOfMemory = 3, ///< an allocation failed under the address-space cap
    ExitWriteFailed = 4, ///< the pipe broke while the result was written
};

constexpr quint8 ResultLayout = 1;
constexpr quint8 ResultError = 2;

QByteArray encode(const std::optional<GraphLayout> &layout, const LayoutPlan::Failure &failure)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    if (!layout) {
        out << ResultError << failure.engine << failure.graphvizText;
        return bytes;
    }
    out << ResultLayout << layout->bounds << layout->engine << layout->note << layout->seconds
        << quint64(layout->nodes.size());
    for (const GraphLayout::Node &node : layout->nodes)
        out << node.id << node.centre << node.size;
    out << quint64(layout->edges.size());
    for (const GraphLayout::Edge &edge : layout->edges) {
        out << edge.id << edge.hasArrowHead << edge.arrowTip << quint64(edge.spline.size());
        for (const QPointF &point : edge.spline)
            out << point;
    }
    return bytes;
}

/// False when bytes are not exactly what encode() writes.
bool decode(const QByteArray &bytes, std::optional<GraphLayout> *layout,
            LayoutPlan::Failure *failure)
{
    QDataStream in(bytes);
    quint8 kind = 0;
    in >> kind;
    if (kind == ResultError) {
        in >> failure->engine >> failure->graphvizText;
        return in.status() == QDataStream::Ok && in.atEnd();
    }
    if (kind != ResultLayout)
        return false;
    GraphLayout result;
    quint64 count = 0;
    in >> result.bounds >> result.engine >> result.note >> result.seconds >> count;
    // Every element takes bytes: a count larger than what is left is a corrupt stream.
    for (quint64 i = 0; i < count && in.status() == QDataStream::Ok && !in.atEnd(); ++i) {
        GraphLayout::Node node;
        in >> node.id >> node.centre >> node.size;
        result.nodes.push_back(node);
    }
    in >> count;
    for (quint64 i = 0; i < count && in.status() == QDataStream::Ok && !in.atEnd(); ++i) {
        GraphLayout::Edge edge;
        quint64 points = 0;
        in >> edge.id >> edge.hasArrowHead >> edge.arrowTip >> points;
        for (quint64 j = 0; j < points && in.status() == QDataStream::Ok && !in.atEnd(); ++j) {
            QPointF point;
            in >> point;
            edge.spline.push_back(point);
        }
        result.edges.push_back(std::move(edge));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    *layout = std::move(result);
    return true;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        left -= written;
    }
    return true;
}

/// The process's mapped address space in bytes (what RLIMIT_AS counts), 0 when unknown.
qint64 addressSpaceInUse()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray pages = statm.readLine().split(' ').value(0);
    return pages.toLongLong() * qint64(::sysconf(_SC_PAGESIZE));
}

void setLimit(int resource, rlim_t soft, rlim_t hard)
{
    const rlimit limit{soft, hard};
    ::setrlimit(resource, &limit);
}

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

std::optional<GraphLayout> LayoutProcess::run(const GraphvizLayout::Input &input,
                                              const Limits &limits, QString *error,
                                              const std::function<bool(pid_t)> &watch)
{
    // Planned here, in the parent, where tr() is safe; the child only computes geometry.
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

void LayoutProcess::setChildHookForTesting(void (*hook)())
{
    g_childHook.store(hook);
}

bool LayoutProcess::start(const LayoutPlan &plan, const Limits &limits, QString *error)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
        *error = tr("cannot start the layout process: pipe: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const qint64 addressSpace = addressSpaceInUse() + limits.memoryBytes;
    pid_t pid = 0;
    {
        // Held across fork() so that no other thread is inside Graphviz: the child's copy of
        // Graphviz's global state is then consistent, and the child releases its copy of the lock.
        QMutexLocker locker(&graphviz::mutex());
        pid = ::fork();
        if (pid == 0)
            runChild(plan, limits, addressSpace, fds[1]);
    }
    const int forkErrno = errno;
    ::close(fds[1]);
    if (pid < 0) {
        ::close(fds[0]);
        *error = tr("cannot start the layout process: fork: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(forkErrno)));
        return false;
    }
    m_pid = pid;
    m_fd = fds[0];
    m_limits = limits;
    return true;
}

void LayoutProcess::runChild(const LayoutPlan &plan, const Limits &limits, qint64 addressSpace,
                             int fd)
{
    graphviz::mutex().unlock();
    // Only the pipe stays open: another layout's pipe held here would hide its end of file.
    if (fd > 3)
        ::close_range(3, unsigned(fd - 1), 0);
    ::close_range(unsigned(fd + 1), ~0U, 0);
    // Ends with the worker thread that forked it, should the whole application be killed.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    for (const int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE})
        std::signal(signal, SIG_DFL);
    sigset_t none;
    sigemptyset(&none);
    ::pthread_sigmask(SIG_SETMASK, &none, nullptr);
    // A crash must not write a core file of the whole application's memory.
    setLimit(RLIMIT_CORE, 0, 0);
    if (addressSpace > limits.memoryBytes)
        setLimit(RLIMIT_AS, rlim_t(addressSpace), rlim_t(addressSpace));
    // SIGXCPU at the soft limit; the hard limit kills if that signal were ever caught.
    setLimit(RLIMIT_CPU, rlim_t(limits.cpuSeconds), rlim_t(limits.cpuSeconds) + 5);
    int code = 0;
    try {
        if (void (*hook)() = g_childHook.load())
            hook();
        LayoutPlan::Failure failure;
        const std::optional<GraphLayout> layout = plan.execute(&failure);
        if (!writeAll(fd, encode(layout, failure)))
            code = ExitWriteFailed;
    } catch (const std::bad_alloc &) {
        code = ExitOutOfMemory;
    }
    ::_exit(code);
}

void LayoutProcess::readResult()
{
    char buffer[65536];
    for (;;) {
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
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        if (signal == SIGXCPU)
            *error = tr("Graphviz used up its time budget (%1 s of CPU) laying out the graph; "
                        "try the automatic engine or a faster one")
                         .arg(m_limits.cpuSeconds);
        else
            *error = tr("Graphviz crashed laying out the graph (signal %1: %2); the graph is "
                        "unchanged: try another engine")
                         .arg(signal)
                         .arg(QString::fromLocal8Bit(::strsignal(signal)));
        return std::nullopt;
    }
    const int code = WEXITSTATUS(status);
    if (code == ExitOutOfMemory) {
        *error = tr("Graphviz ran out of its memory budget (%1 MB) laying out the graph; try the "
                    "automatic engine or a faster one")
                     .arg(m_limits.memoryBytes >> 20);
        return std::nullopt;
    }
    std::optional<GraphLayout> layout;
    LayoutPlan::Failure failure;
    if (code != 0 || !decode(m_received, &layout, &failure)) {
        *error =
            tr("the layout process ended (exit status %1) without a readable result").arg(code);
        return std::nullopt;
    }
    if (!layout)
        *error = LayoutPlan::describe(failure);
    return layout;
}

} // namespace converge
