#pragma once

#include "layout/graphlayout.h"
#include "layout/graphvizlayout.h"
#include "layout/layoutcache.h"
#include "layout/layoutprocess.h"

#include <QObject>
#include <QThread>

#include <memory>

namespace converge {

/// Runs a layout in the layout helper, a child process (LayoutProcess), watched by a worker thread
/// of its own, never on the caller's thread, and delivers the result by signal on the thread that
/// owns the job (the GUI thread).
///
/// Cancelling kills the child at once (SIGKILL; the worker reaps it), so a cancelled layout
/// neither keeps a core busy nor delays the next one. Starting a new layout supersedes the one
/// in flight the same way; only the latest request ever emits finished() or failed(). A crash
/// inside Graphviz, or a layout past its memory, CPU or wall-clock limits, ends only the child and
/// arrives as failed() with the reason. Destroying the job is safe while a layout runs: its child
/// is killed and reaped by the worker, and nothing is delivered. With a cache (setCache()), a
/// layout of content laid out before is read back instead of computed.
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
    /// Lays out input, built by the caller rather than read from a graph (a picture with some
    /// resources merged into one box), with the same cache, limits and signals as above.
    void start(GraphvizLayout::Input input);
    /// Forgets the layout in flight: nothing will be emitted for it. Harmless when idle.
    void cancel();
    /// True between start() and the signal that ends it (or cancel()).
    bool isRunning() const { return m_running; }
    /// Limits for the layouts started from now on (the defaults suit the application).
    void setLimits(const LayoutProcess::Limits &limits) { m_limits = limits; }
    /// Where layouts started from now on are looked up before running and stored after
    /// (LayoutCache; the worker thread reads and writes it). None by default.
    void setCache(std::optional<LayoutCache> cache) { m_cache = std::move(cache); }
    /// The pid of the child computing the latest request, 0 when there is none (not started yet,
    /// finished, cancelled). For tests and diagnostics; any thread.
    pid_t layoutProcessId() const;
    /// The thread the last delivered layout was computed on (never the job's own thread).
    Qt::HANDLE lastWorkerThread() const { return m_lastWorkerThread; }

signals:
    void started();
    /// layout.engine and layout.note say what was done (for example a faster engine chosen).
    void finished(const converge::GraphLayout &layout);
    void failed(const QString &message);

private:
    struct Shared;
    /// The worker thread of one start(): plans, runs the child, hands the result to shared.
    static void work(std::shared_ptr<Shared> shared, GraphvizLayout::Input input,
                     quint64 generation, LayoutProcess::Limits limits,
                     std::optional<LayoutCache> cache);
    /// Called through the event loop by the worker that finished generation.
    Q_INVOKABLE void deliver(quint64 generation);

    std::shared_ptr<Shared> m_shared;
    LayoutProcess::Limits m_limits;
    std::optional<LayoutCache> m_cache;
    quint64 m_generation = 0;
    bool m_running = false;
    Qt::HANDLE m_lastWorkerThread = nullptr;
};

} // namespace converge
