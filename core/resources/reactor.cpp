#include "resources/reactor.h"

#include "resources/systemerror.h"

#include <array>
#include <cerrno>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace converge {

namespace {
/// epoll data of the wake-up eventfd; handles start at 1.
constexpr Reactor::Handle WakeHandle = 0;
/// How many ready descriptors one epoll_wait returns; more are returned by the next.
constexpr int EventsPerWait = 256;
} // namespace

Reactor::Reactor()
{
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        m_error = tr("cannot create an epoll instance: %1").arg(systemErrorText(errno));
        return;
    }
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    epoll_event wake{};
    wake.events = EPOLLIN;
    wake.data.u64 = WakeHandle;
    if (m_wakeFd < 0 || epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &wake) != 0) {
        m_error = tr("cannot create the reactor's wake-up eventfd: %1").arg(systemErrorText(errno));
        return;
    }
    m_thread = std::thread([this] { loop(); });
}

Reactor::~Reactor()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        wake();
        m_thread.join();
    }
    if (m_wakeFd >= 0)
        close(m_wakeFd);
    if (m_epoll >= 0)
        close(m_epoll);
}

Reactor::Handle Reactor::addFd(int fd, std::uint32_t events, FdHandler handler, QString *error)
{
    std::lock_guard lock(m_mutex);
    const Handle handle = m_nextHandle++;
    epoll_event event{};
    event.events = events;
    event.data.u64 = handle;
    if (!isValid() || epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0) {
        if (error) {
            *error = isValid()
                         ? tr("cannot watch descriptor %1: %2").arg(fd).arg(systemErrorText(errno))
                         : m_error;
        }
        return 0;
    }
    m_watches.emplace(handle, Watch{fd, std::make_shared<FdHandler>(std::move(handler))});
    return handle;
}

Reactor::Handle Reactor::addTimer(qint64 ms, Task task)
{
    const auto due = Clock::now() + std::chrono::milliseconds(std::max<qint64>(ms, 0));
    Handle handle;
    {
        std::lock_guard lock(m_mutex);
        handle = m_nextHandle++;
        m_timers.emplace(std::pair(due, handle), std::move(task));
        m_timerDue.emplace(handle, due);
    }
    // The loop may be asleep on a later deadline.
    wake();
    return handle;
}

void Reactor::remove(Handle handle)
{
    std::unique_lock lock(m_mutex);
    if (auto watch = m_watches.find(handle); watch != m_watches.end()) {
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, watch->second.fd, nullptr);
        m_watches.erase(watch);
    } else if (auto due = m_timerDue.find(handle); due != m_timerDue.end()) {
        m_timers.erase(std::pair(due->second, handle));
        m_timerDue.erase(due);
    }
    if (!isReactorThread())
        m_handlerEnded.wait(lock, [&] { return m_running != handle; });
}

void Reactor::post(Task task)
{
    {
        std::lock_guard lock(m_mutex);
        m_posted.push_back(std::move(task));
    }
    wake();
}

void Reactor::wake() const
{
    const std::uint64_t one = 1;
    // An eventfd write of 8 bytes cannot be short; EAGAIN means a wake-up is pending anyway.
    [[maybe_unused]] auto written = write(m_wakeFd, &one, sizeof one);
}

void Reactor::loop()
{
    std::array<epoll_event, EventsPerWait> events;
    for (;;) {
        int timeoutMs;
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                return;
            timeoutMs = nextTimeoutMs();
        }
        const int ready = epoll_wait(m_epoll, events.data(), EventsPerWait, timeoutMs);
        for (int i = 0; i < ready; ++i) {
            if (events[i].data.u64 == WakeHandle) {
                std::uint64_t count;
                [[maybe_unused]] auto read = ::read(m_wakeFd, &count, sizeof count);
            } else {
                runDescriptor(events[i].data.u64, events[i].events);
            }
        }
        runDueTimers();
        runPosted();
    }
}

int Reactor::nextTimeoutMs() const
{
    if (!m_posted.empty())
        return 0;
    if (m_timers.empty())
        return -1;
    const auto left = m_timers.begin()->first.first - Clock::now();
    if (left <= Clock::duration::zero())
        return 0;
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(left).count();
    return int(std::min<std::int64_t>(ms, 1 << 30));
}

void Reactor::runDescriptor(Handle handle, std::uint32_t events)
{
    std::shared_ptr<FdHandler> handler;
    {
        std::lock_guard lock(m_mutex);
        // An earlier handler of this batch may have removed it.
        const auto watch = m_watches.find(handle);
        if (watch == m_watches.end() || m_stopping)
            return;
        handler = watch->second.handler;
        m_running = handle;
    }
    (*handler)(events);
    setRunning(0);
}

void Reactor::runDueTimers()
{
    for (;;) {
        Task task;
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping || m_timers.empty() || m_timers.begin()->first.first > Clock::now())
                return;
            const auto first = m_timers.begin();
            m_running = first->first.second;
            m_timerDue.erase(m_running);
            task = std::move(first->second);
            m_timers.erase(first);
        }
        task();
        setRunning(0);
    }
}

void Reactor::runPosted()
{
    std::deque<Task> posted;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping)
            return;
        posted.swap(m_posted);
    }
    for (Task &task : posted)
        task();
}

void Reactor::setRunning(Handle handle)
{
    {
        std::lock_guard lock(m_mutex);
        m_running = handle;
    }
    m_handlerEnded.notify_all();
}

} // namespace converge
