#pragma once

#include "layout/graphlayout.h"
#include "layout/graphvizlayout.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace converge {

/// Runs GraphvizLayout on a worker thread, never on the caller's, and delivers the result by
/// signal on the thread that owns the job (the GUI thread).
///
/// Graphviz cannot be interrupted inside a call, so cancelling does not stop the computation:
/// it only makes sure its result is never delivered (see layoutjob.cpp for why this beats a
/// child process). Starting a new layout supersedes the one in flight the same way; only the
/// latest request ever emits finished() or failed(). Destroying the job is safe while a layout
/// runs: the worker finishes alone and its result is dropped.
class LayoutJob : public QObject
{
    Q_OBJECT
public:
    explicit LayoutJob(QObject *parent = nullptr);
    ~LayoutJob() override;

    /// Takes a snapshot of graph (so the caller may edit it at once) and lays it out in the
    /// background. Emits started() now and later exactly one of finished() or failed(), unless
    /// cancel() or another start() comes first. Call on the job's thread.
    void start(const Graph &graph, const GraphvizLayout::Options &options);
    /// Forgets the layout in flight: nothing will be emitted for it. Harmless when idle.
    void cancel();
    /// True between start() and the signal that ends it (or cancel()).
    bool isRunning() const { return m_running; }
    /// The thread the last delivered layout was computed on (never the job's own thread).
    Qt::HANDLE lastWorkerThread() const { return m_lastWorkerThread; }

signals:
    void started();
    /// layout.engine and layout.note say what was done (for example a faster engine chosen).
    void finished(const converge::GraphLayout &layout);
    void failed(const QString &message);

private:
    struct Shared;
    /// Called through the event loop by the worker that finished generation.
    Q_INVOKABLE void deliver(quint64 generation);

    std::shared_ptr<Shared> m_shared;
    quint64 m_generation = 0;
    bool m_running = false;
    Qt::HANDLE m_lastWorkerThread = nullptr;
};

} // namespace converge
