// Scheduling overhead: a layered random DAG of noop resources run by the Engine, against
// oneTBB's flow_graph running empty continue_nodes on the same DAG, with the same number of
// threads, measured side by side in one process. Prints microseconds per resource and ratios.
//
//   bench_scheduler [resources=100000] [threads=2] [repeats=5]

// oneTBB first: its headers use `emit` as a name, which Qt defines as a macro.
#include <oneapi/tbb/flow_graph.h>
#include <oneapi/tbb/task_arena.h>

#include "engine/engine.h"
#include "enginetiming.h"
#include "model/graph.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <deque>

using namespace converge;

namespace {

constexpr int Width = 1000;
constexpr int PredecessorsPerNode = 3;

/// Layers of Width resources; each resource below the first layer depends on
/// PredecessorsPerNode random resources of the layer above.
Graph layeredDag(int count)
{
    Graph g;
    QRandomGenerator random(2024);
    for (int i = 0; i < count; ++i) {
        Resource r;
        r.kind = u"noop"_qs;
        r.name = QString::number(i);
        const ResourceId id = g.addResource(std::move(r));
        if (i < Width)
            continue;
        const int layerStart = (i / Width - 1) * Width;
        for (int k = 0; k < PredecessorsPerNode; ++k) {
            Edge e;
            e.from = ResourceId(layerStart + int(random.bounded(Width)));
            e.to = id;
            g.addEdge(e);
        }
    }
    return g;
}

/// Seconds for one engine run, from start() to finished().
double runEngine(const Graph &graph, int threads, double *startSeconds)
{
    RunOptions options;
    options.cpuThreads = threads;
    const bench::EngineTiming timing = bench::timeEngineRun(graph, options);
    *startSeconds = timing.startSeconds;
    return timing.totalSeconds;
}

/// Seconds for one flow_graph run (building the graph not included).
double runTbb(const Graph &graph, int threads)
{
    using namespace oneapi::tbb::flow;
    oneapi::tbb::task_arena arena(threads);
    double seconds = 0;
    arena.execute([&] {
        oneapi::tbb::flow::graph g;
        std::deque<continue_node<continue_msg>> nodes;
        for (ResourceId id = 0; id < graph.resourceCapacity(); ++id)
            nodes.emplace_back(g, [](const continue_msg &) {});
        std::vector<ResourceId> roots;
        for (ResourceId id = 0; id < graph.resourceCapacity(); ++id) {
            for (EdgeId e : graph.outEdges(id))
                make_edge(nodes[id], nodes[graph.edge(e).to]);
            if (graph.inEdges(id).empty())
                roots.push_back(id);
        }
        QElapsedTimer clock;
        clock.start();
        for (ResourceId id : roots)
            nodes[id].try_put(continue_msg());
        g.wait_for_all();
        seconds = clock.nsecsElapsed() / 1e9;
    });
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int threads = argc > 2 ? std::atoi(argv[2]) : 2;
    const int repeats = argc > 3 ? std::atoi(argv[3]) : 5;
    const Graph graph = layeredDag(count);
    std::printf("layered random DAG: %d noop resources, %d edges, %d threads, best of %d\n",
                graph.resourceCount(), graph.edgeCount(), threads, repeats);

    double engineBest = 1e9, startBest = 1e9, tbbBest = 1e9;
    for (int i = 0; i < repeats; ++i) {
        double start = 0;
        engineBest = std::min(engineBest, runEngine(graph, threads, &start));
        startBest = std::min(startBest, start);
        tbbBest = std::min(tbbBest, runTbb(graph, threads));
    }
    const double perEngine = engineBest * 1e6 / count;
    const double perStart = startBest * 1e6 / count;
    const double perTbb = tbbBest * 1e6 / count;
    std::printf("engine (start to finished):  %.3f us/resource (of which until started(): %.3f)\n",
                perEngine, perStart);
    std::printf("engine run after started():  %.3f us/resource\n", perEngine - perStart);
    std::printf("oneTBB flow_graph:           %.3f us/resource\n", perTbb);
    std::printf("ratio engine/TBB: %.2f (whole), %.2f (run only)\n", perEngine / perTbb,
                (perEngine - perStart) / perTbb);
    return 0;
}
