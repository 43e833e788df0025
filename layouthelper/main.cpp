// converge-layout: executes one layout plan for LayoutProcess and exits.
//
//   converge-layout --memory-bytes N --cpu-seconds N --parent PID  <plan  >result
//
// Reads a LayoutPlan (LayoutPlan::toBytes()) on standard input, lays it out and writes the
// outcome (LayoutCodec) on standard output; exits with a LayoutProcess::HelperExit code when it
// has nothing to send. It translates nothing: every text the user may read was made by the
// parent. Not meant to be run by hand.

#include "layout/layoutcodec.h"
#include "layout/layoutplan.h"
#include "layout/layoutprocess.h"

#include <QByteArray>

#include <sys/prctl.h>
#include <sys/resource.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <new>
#include <optional>
#include <unistd.h>

using namespace converge;

namespace {

struct Request
{
    qint64 memoryBytes = 0;
    rlim_t cpuSeconds = 0;
    pid_t parent = 0;
};

std::optional<Request> parseArguments(int argc, char *argv[])
{
    Request request;
    for (int i = 1; i + 1 < argc; i += 2) {
        const QByteArray name = argv[i];
        bool ok = false;
        const qint64 value = QByteArray(argv[i + 1]).toLongLong(&ok);
        if (!ok || value <= 0)
            return std::nullopt;
        if (name == "--memory-bytes")
            request.memoryBytes = value;
        else if (name == "--cpu-seconds")
            request.cpuSeconds = rlim_t(value);
        else if (name == "--parent")
            request.parent = pid_t(value);
        else
            return std::nullopt;
    }
    if (argc % 2 != 1 || request.memoryBytes == 0 || request.cpuSeconds == 0 || request.parent == 0)
        return std::nullopt;
    return request;
}

/// The mapped address space in bytes (what RLIMIT_AS counts), 0 when unknown.
qint64 addressSpaceInUse()
{
    char text[64] = {};
    FILE *statm = std::fopen("/proc/self/statm", "r");
    if (!statm)
        return 0;
    const bool read = std::fgets(text, sizeof text, statm) != nullptr;
    std::fclose(statm);
    return read ? std::atoll(text) * qint64(::sysconf(_SC_PAGESIZE)) : 0;
}

void setLimit(int resource, rlim_t soft, rlim_t hard)
{
    const rlimit limit{soft, hard};
    ::setrlimit(resource, &limit);
}

QByteArray readAll(int fd)
{
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return bytes;
        bytes.append(buffer, got);
    }
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

char *volatile g_lastBlock = nullptr;
std::atomic<quint64> g_spins{0};

/// The ways a layout can go wrong, played on purpose for the test suites
/// (LayoutProcess::setTestHook()). Unknown names do nothing.
void runTestHook(const QByteArray &hook)
{
    if (hook == "crash") {
        // The default action, not a sanitizer's handler: the parent must see the signal itself.
        std::signal(SIGSEGV, SIG_DFL);
        std::raise(SIGSEGV);
    } else if (hook == "hang") {
        // Asleep without using CPU, as a child stuck on an inherited lock was.
        for (;;)
            ::pause();
    } else if (hook == "spin") {
        for (;;)
            g_spins.fetch_add(1, std::memory_order_relaxed);
    } else if (hook == "allocate") {
        for (;;) {
            g_lastBlock = new char[64 << 20];
            std::memset(g_lastBlock, 1, 64 << 20);
        }
    }
}

/// Lays the plan out; the exit code for LayoutProcess::reap().
int layOut(const std::optional<LayoutPlan> &plan)
{
    if (!plan)
        return LayoutProcess::HelperBadRequest;
    try {
        runTestHook(qgetenv(LayoutProcess::TestHookVariable));
        LayoutPlan::Failure failure;
        const std::optional<GraphLayout> layout = plan->execute(&failure);
        if (!writeAll(STDOUT_FILENO, LayoutCodec::encode(layout, failure)))
            return LayoutProcess::HelperWriteFailed;
    } catch (const std::bad_alloc &) {
        return LayoutProcess::HelperOutOfMemory;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::optional<Request> request = parseArguments(argc, argv);
    if (!request)
        return LayoutProcess::HelperBadRequest;
    // Dies with the thread that started it; if that thread is already gone, so is the reader.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != request->parent)
        return LayoutProcess::HelperBadRequest;
    // A crash must not write a core file; the caps apply before the plan is even read.
    setLimit(RLIMIT_CORE, 0, 0);
    const qint64 addressSpace = addressSpaceInUse() + request->memoryBytes;
    if (addressSpace > request->memoryBytes)
        setLimit(RLIMIT_AS, rlim_t(addressSpace), rlim_t(addressSpace));
    // SIGXCPU at the soft limit; the hard limit kills if that signal were ever caught.
    setLimit(RLIMIT_CPU, request->cpuSeconds, request->cpuSeconds + 5);
    const int code = layOut(LayoutPlan::fromBytes(readAll(STDIN_FILENO)));
    // Nothing is left to clean up: the process ends here and takes Graphviz's state with it.
    ::_exit(code);
}
