#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>

namespace converge {

/// One thread that waits with epoll on many file descriptors and timers and runs their
/// handlers, one at a time, on that thread.
///
/// It is what lets a run wait on thousands of child processes, pipes, inotify instances and
/// timers without a thread for each: everything that would block registers here and continues
/// from a handler. Handlers must therefore never block; they run in the order their events
/// were seen, timers in deadline order, posted tasks in post order.
///
/// Any thread may call every member function, also from inside a handler. The destructor must
/// not be called from a handler.
class Reactor
{
    Q_DECLARE_TR_FUNCTIONS(Reactor)
public:
    using Handle = std::uint64_t; ///< 0 is never a valid handle
    using FdHandler = std::function<void(std::uint32_t epollEvents)>;
    using Task = std::function<void()>;

    /// Starts the thread; see isValid().
    Reactor();
    /// Stops and joins the thread. No handler runs after it returns; pending timers and posted
    /// tasks are dropped, registered descriptors are left open (they are the callers').
    ~Reactor();
    Reactor(const Reactor &) = delete;
    Reactor &operator=(const Reactor &) = delete;

    /// False when epoll, the wake-up eventfd or the thread could not be created; error() says
    /// why, and nothing registered will ever run.
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    /// Calls handler(events) on the reactor thread whenever fd is ready for any of events
    /// (EPOLLIN, EPOLLOUT; level-triggered, so a handler that leaves data unread is called
    /// again). The descriptor stays the caller's and must stay open until remove() returned.
    /// Returns 0, with the reason in *error, when epoll refuses the descriptor.
    Handle addFd(int fd, std::uint32_t events, FdHandler handler, QString *error = nullptr);
    /// Runs task once on the reactor thread after ms milliseconds (steady clock; 0 or less
    /// means as soon as possible, after handlers already due).
    Handle addTimer(qint64 ms, Task task);
    /// Stops a descriptor watch or a pending timer; unknown or spent handles are ignored. When
    /// it returns the handler is not running and will never run again, unless remove() was
    /// called from inside that very handler, which then simply finishes.
    void remove(Handle handle);
    /// Runs task on the reactor thread soon, after every task posted before it.
    void post(Task task);
    /// True on the reactor's own thread, that is inside a handler.
    bool isReactorThread() const { return std::this_thread::get_id() == m_thread.get_id(); }

private:
    using Clock = std::chrono::steady_clock;
    struct Watch
    {
        int fd;
        std::shared_ptr<FdHandler> handler; ///< shared, so remove() may drop it mid-call
    };

    void loop();
    /// The epoll_wait timeout to the next timer, in milliseconds, rounded up; -1 for none.
    int nextTimeoutMs() const;
    void runDescriptor(Handle handle, std::uint32_t events);
    void runDueTimers();
    void runPosted();
    /// Marks handle as running on the reactor thread (0: none) and wakes remove() calls
    /// waiting for it to end. Takes the lock.
    void setRunning(Handle handle);
    void wake() const;

    QString m_error;
    int m_epoll = -1;
    int m_wakeFd = -1;
    mutable std::mutex m_mutex;
    std::condition_variable m_handlerEnded;
    Handle m_nextHandle = 1;
    Handle m_running = 0; ///< the handle whose handler runs now
    bool m_stopping = false;
    std::unordered_map<Handle, Watch> m_watches;
    std::map<std::pair<Clock::time_point, Handle>, Task> m_timers;
    std::unordered_map<Handle, Clock::time_point> m_timerDue;
    std::deque<Task> m_posted;
    std::thread m_thread;
};

} // namespace converge
