#include "layout/layoutjob.h"

#include <QThreadPool>

#include <mutex>

namespace converge {

// Why discard instead of kill: Graphviz offers no way to interrupt gvLayout(), so a real stop
// needs a child process (our own binary with a "layout" mode, the geometry sent back through a
// pipe). That costs a process start, a serialisation round trip and a second code path on every
// layout, to save at most seconds of one core: the automatic choice lays out each component
// alone with an engine its size allows and places pieces too big for sfdp itself
// (RankPlacement), and an engine named by the user is refused past its measured safe size, so
// no layout runs for minutes or crashes on a graph's shape. So a cancelled or superseded layout
// runs to its end on its worker and its result is dropped; the user sees the cancel at once, and
// the next layout starts as soon as Graphviz's lock is free.
//
// The result crosses threads in this struct, under a std::mutex, and the worker posts only the
// generation number: no functor or payload is freed on one thread after use on the other, so
// ThreadSanitizer has nothing to report even though Qt itself is not instrumented.
struct LayoutJob::Shared
{
    std::mutex mutex;
    LayoutJob *owner = nullptr; ///< null once the job is destroyed
    quint64 latest = 0;         ///< the only generation whose result is wanted
    quint64 ready = 0;          ///< the generation whose result waits below
    std::optional<GraphLayout> layout;
    QString error;
    Qt::HANDLE worker = nullptr;
};

LayoutJob::LayoutJob(QObject *parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
}

LayoutJob::~LayoutJob()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->owner = nullptr;
}

void LayoutJob::start(const Graph &graph, const GraphvizLayout::Options &options)
{
    const quint64 generation = ++m_generation;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->latest = generation;
    }
    m_running = true;
    emit started();
    auto input =
        std::make_shared<const GraphvizLayout::Input>(GraphvizLayout::snapshot(graph, options));
    QThreadPool::globalInstance()->start([shared = m_shared, input, generation] {
        {
            // A burst of requests (the user trying engines) lays out only the last one.
            const std::lock_guard lock(shared->mutex);
            if (shared->latest != generation)
                return;
        }
        QString error;
        std::optional<GraphLayout> layout = GraphvizLayout::layout(*input, &error);
        // Holding the lock while posting: the job cannot be destroyed in between, and a
        // destroyed job's pending events are discarded by Qt.
        const std::lock_guard lock(shared->mutex);
        if (!shared->owner || shared->latest != generation)
            return;
        shared->ready = generation;
        shared->layout = std::move(layout);
        shared->error = error;
        shared->worker = QThread::currentThreadId();
        QMetaObject::invokeMethod(shared->owner, "deliver", Qt::QueuedConnection,
                                  Q_ARG(quint64, generation));
    });
}

void LayoutJob::cancel()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->latest = ++m_generation;
    m_shared->layout.reset();
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
