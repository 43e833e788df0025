// Makespan over critical path: graphs of `sleep 1` exec resources run by the Engine with no
// -j cap. The ideal is 1.0: every resource starts the moment its last prerequisite is done.
// Prints, per graph, the makespan, the critical path of the measured durations, the ideal
// critical path (depth x 1 s) and both ratios.
//
//   bench_makespan

#include "engine/engine.h"
#include "enginetiming.h"
#include "model/graph.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>

#include <cstdio>

using namespace converge;

namespace {

ResourceId sleeper(Graph &g, int i)
{
    Resource r;
    r.kind = u"exec"_qs;
    r.name = u"s"_qs + QString::number(i);
    r.params.insert(u"cmd"_qs, Value::scalar(u"sleep 1"_qs));
    return g.addResource(std::move(r));
}

void link(Graph &g, ResourceId from, ResourceId to)
{
    Edge e;
    e.from = from;
    e.to = to;
    g.addEdge(e);
}

/// mgmt's graph10 shape: three fan in to one, which fans out to three. Depth 3.
Graph fanInFanOut()
{
    Graph g;
    std::vector<ResourceId> ids;
    for (int i = 0; i < 7; ++i)
        ids.push_back(sleeper(g, i));
    for (int i : {0, 1, 2})
        link(g, ids[i], ids[3]);
    for (int i : {4, 5, 6})
        link(g, ids[3], ids[i]);
    return g;
}

/// depth layers of width resources, each depending on two random ones of the layer above.
Graph layered(int depth, int width)
{
    Graph g;
    QRandomGenerator random(5);
    for (int i = 0; i < depth * width; ++i) {
        const ResourceId id = sleeper(g, i);
        if (i < width)
            continue;
        const int above = (i / width - 1) * width;
        link(g, ResourceId(above + int(random.bounded(width))), id);
        link(g, ResourceId(above + int(random.bounded(width))), id);
    }
    return g;
}

void measure(const char *name, const Graph &graph, int depth)
{
    const RunSummary s = bench::timeEngineRun(graph).summary;
    std::printf("%-28s %3d resources: makespan %.3f s, critical path %.3f s (ideal %d s): "
                "ratio %.4f (vs ideal %.4f)\n",
                name, graph.resourceCount(), s.seconds, s.criticalPath, depth,
                s.seconds / s.criticalPath, s.seconds / depth);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    measure("fan in, fan out (graph10)", fanInFanOut(), 3);
    measure("layered 4 x 6", layered(4, 6), 4);
    measure("layered 3 x 20", layered(3, 20), 3);
    return 0;
}
