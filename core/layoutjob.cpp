#include "layoutjob.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

namespace converge {

// Why discard instead of kill: Graphviz offers no way to interrupt gvLayout(), so a real stop
// needs a child process (our own binary with a "layout" mode, the geometry sent back through a
// pipe). That costs a process start, a serialisation round trip and a second code path on every
// layout, to save at most a few seconds of one core: with the automatic engine choice no layout
// of up to 5,000 resources takes more than about 3 s. So a cancelled or superseded layout runs
// to its end on its worker and its result is dropped; the user sees the cancel at once, and the
// next layout starts as soon as Graphviz's lock is free.
struct LayoutJob::Shared
{
    QMutex mutex;
    LayoutJob *owner = nullptr; ///< null once the job is destroyed
    quint64 latest = 0;         ///< the only generation whose result is wanted
};

LayoutJob::LayoutJob(QObject *parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->owner = this;
}

LayoutJob::~LayoutJob()
{
    QMutexLocker locker(&m_shared->mutex);
    m_shared->owner = nullptr;
}

void LayoutJob::start(const Graph &graph, const GraphvizLayout::Options &options)
{
    const quint64 generation = ++m_generation;
    {
        QMutexLocker locker(&m_shared->mutex);
        m_shared->latest = generation;
    }
    m_running = true;
    emit started();
    auto input =
        std::make_shared<const GraphvizLayout::Input>(GraphvizLayout::snapshot(graph, options));
    QThreadPool::globalInstance()->start([shared = m_shared, input, generation] {
        {
            // A burst of requests (the user trying engines) lays out only the last one.
            QMutexLocker locker(&shared->mutex);
            if (shared->latest != generation)
                return;
        }
        QString error;
        std::optional<GraphLayout> layout = GraphvizLayout::layout(*input, &error);
        const Qt::HANDLE worker = QThread::currentThreadId();
        // Holding the lock while posting: the job cannot be destroyed in between, and a
        // destroyed job's pending events are discarded by Qt.
        QMutexLocker locker(&shared->mutex);
        if (LayoutJob *job = shared->owner) {
            QMetaObject::invokeMethod(
                job,
                [job, generation, layout = std::move(layout), error, worker]() mutable {
                    job->deliver(generation, std::move(layout), error, worker);
                },
                Qt::QueuedConnection);
        }
    });
}

void LayoutJob::cancel()
{
    QMutexLocker locker(&m_shared->mutex);
    m_shared->latest = ++m_generation;
    m_running = false;
}

void LayoutJob::deliver(quint64 generation, std::optional<GraphLayout> layout, const QString &error,
                        Qt::HANDLE worker)
{
    if (generation != m_generation)
        return; // cancelled or superseded
    m_running = false;
    m_lastWorkerThread = worker;
    if (layout)
        emit finished(*layout);
    else
        emit failed(error);
}

} // namespace converge
