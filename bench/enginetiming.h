#pragma once

#include "engine/engine.h"
#include "model/graph.h"

#include <QElapsedTimer>
#include <QEventLoop>

#include <cstdio>

namespace converge::bench {

/// What one engine run took, measured from the caller's thread.
struct EngineTiming
{
    /// From start() until started(): the snapshot on the caller's thread, then validation and
    /// setup on the engine's preparing thread; no resource runs before it ends.
    double startSeconds = 0;
    double totalSeconds = 0; ///< from start() until finished()
    RunSummary summary;
};

/// Runs graph once on a fresh Engine and waits for finished() in a local event loop. Says on
/// stderr when not every resource converged, since a benchmark of a broken run means nothing.
inline EngineTiming timeEngineRun(const Graph &graph, const RunOptions &options = {})
{
    Engine engine;
    QEventLoop loop;
    QObject::connect(&engine, &Engine::finished, &loop, &QEventLoop::quit);
    EngineTiming timing;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&engine, &Engine::started, &loop,
                     [&] { timing.startSeconds = clock.nsecsElapsed() / 1e9; });
    engine.start(graph, options);
    loop.exec();
    timing.totalSeconds = clock.nsecsElapsed() / 1e9;
    timing.summary = engine.summary();
    if (timing.summary.done != graph.resourceCount())
        std::fprintf(stderr, "engine: only %d of %d done\n", timing.summary.done,
                     graph.resourceCount());
    return timing;
}

} // namespace converge::bench
