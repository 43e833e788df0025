#include "layout/layoutjob.h"

#include <csignal>
#include <mutex>
#include <thread>

namespace converge {

// Why a child process: Graphviz offers no way to interrupt gvLayout(), and a crash inside it
// (an engine meeting a shape its measured limits did not foresee) would take the window and the
// user's unsaved edits with it. In a child, cancel() is a SIGKILL, a superseded layout stops
// using a core at once, and the next layout never waits for Graphviz's lock behind it.
//
// Each layout gets its own std::thread rather than a QThreadPool task: a pooled thread picks the
// task up behind QThreadPool's futex, an ordering ThreadSanitizer cannot see, whereas
// pthread_create() orders everything the job wrote before it. A layout is a rare event (one per
// load, edit burst or engine choice) and superseded children die at once, so few threads live.
// The result crosses back in this struct, under a std::mutex, and the worker posts only the
// generation number: no functor or payload is freed on one thread after use on the other. The
// child's pid is recorded here only while the worker has not reaped it, so a kill() under the mutex
// can never reach a reused pid.
struct LayoutJob::Shared
{
    std::mutex mutex;
    LayoutJob *owner = nullptr; ///< null once the job is destroyed
    quint64 latest = 0;         ///< the only generation whose result is wanted
    quint64 ready = 0;          ///< the generation whose result waits below
    std::optional<GraphLayout> layout;
    QString error;
    Qt::HANDLE worker = nullptr;
    pid_t child = 0; ///< the latest generation's unreaped child, 0 when none

    /// Ends the latest generation's child, if any. Call with mutex held.
    void killChild()
    {
        if (child > 0)
            ::kill(child, SIGKILL);
        child = 0;
    }
};

LayoutJob::LayoutJob(QObject *parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
}

LayoutJob::~LayoutJob()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->owner = nullptr;
    m_shared->killChild();
}

pid_t LayoutJob::layoutProcessId() const
{
    const std::lock_guard lock(m_shared->mutex);
    return m_shared->child;
}

void LayoutJob::start(const Graph &graph, const GraphvizLayout::Options &options)
{
    start(GraphvizLayout::snapshot(graph, options));
}

void LayoutJob::start(GraphvizLayout::Input input)
{
    const quint64 generation = ++m_generation;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->latest = generation;
        m_shared->killChild();
    }
    m_running = true;
    emit started();
    std::thread(&LayoutJob::work, m_shared, std::move(input), generation, m_limits, m_cache)
        .detach();
}

void LayoutJob::work(std::shared_ptr<Shared> shared, GraphvizLayout::Input input,
                     quint64 generation, LayoutProcess::Limits limits,
                     std::optional<LayoutCache> cache)
{
    const auto wanted = [&] {
        return shared->latest == generation && shared->owner;
    };
    {
        // A burst of requests (the user trying engines) lays out only the last one.
        const std::lock_guard lock(shared->mutex);
        if (!wanted())
            return;
    }
    GraphvizLayout::measure(input);
    QString error;
    pid_t child = 0;
    std::optional<GraphLayout> layout = cache ? cache->find(input) : std::nullopt;
    if (!layout) {
        layout = LayoutProcess::run(input, limits, &error, [&](pid_t pid) {
            const std::lock_guard lock(shared->mutex);
            if (pid == 0) {
                // About to be reaped: from then on the pid may be reused and must not be killed.
                if (shared->child == child)
                    shared->child = 0;
                return true;
            }
            // A cancel() between the check above and here found no child to kill.
            if (!wanted())
                return false;
            shared->child = child = pid;
            return true;
        });
        if (layout && cache)
            cache->store(input, *layout);
    }
    // Holding the lock while posting: the job cannot be destroyed in between, and a destroyed
    // job's pending events are discarded by Qt.
    const std::lock_guard lock(shared->mutex);
    if (!wanted())
        return;
    shared->ready = generation;
    shared->layout = std::move(layout);
    shared->error = error;
    shared->worker = QThread::currentThreadId();
    QMetaObject::invokeMethod(shared->owner, "deliver", Qt::QueuedConnection,
                              Q_ARG(quint64, generation));
}

void LayoutJob::cancel()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->latest = ++m_generation;
    m_shared->layout.reset();
    m_shared->killChild();
    m_running = false;
}

void LayoutJob::deliver(quint64 generation)
{
    std::optional<GraphLayout> layout;
    QString error;
    {
        const std::lock_guard lock(m_shared->mutex);
        if (generation != m_generation || m_shared->ready != generation)
            return; // cancelled or superseded
        layout = std::move(m_shared->layout);
        m_shared->layout.reset();
        error = m_shared->error;
        m_lastWorkerThread = m_shared->worker;
    }
    m_running = false;
    if (layout)
        emit finished(*layout);
    else
        emit failed(error);
}

} // namespace converge
