// Load and model figures for issue 2: a generated 10 MB yamlgraph with 100,000 resources and
// 100,000 edges read and checked by YamlGraphReader (time, peak memory), yaml-cpp's node tree on
// the same file as a peer, and a 100,000-resource, 200,000-edge Graph built and sorted.

#include "formats/yamlgraphreader.h"
#include "model/graph.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <random>

using namespace converge;

namespace {

constexpr int Resources = 100000;
constexpr int Edges = 100000;

long peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// User + system CPU time: on a shared machine the wall clock mostly measures the neighbours.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

/// Every edge goes from a lower to a higher number, so the graph is acyclic and valid. Edge ends
/// are flow maps (`{kind: exec, name: r1}`, which mgmt reads the same) to fit 100,000 resources
/// and 100,000 edges in about 10 MB.
QByteArray generate()
{
    std::mt19937 random(42);
    QByteArray out = "---\ngraph: bench\nresources:\n  exec:\n";
    for (int i = 0; i < Resources; ++i) {
        out += "  - name: r" + QByteArray::number(i) + "\n    cmd: sleep 0\n";
        if (i % 10 == 0)
            out += "    meta:\n      retry: 2\n";
    }
    out += "edges:\n";
    for (int i = 0; i < Edges; ++i) {
        const int from = int(random() % (Resources - 1));
        const int to = from + 1 + int(random() % std::min(50, Resources - 1 - from));
        out += "- name: e" + QByteArray::number(i) + "\n  from: {kind: exec, name: r" +
               QByteArray::number(from) + "}\n  to: {kind: exec, name: r" + QByteArray::number(to) +
               "}\n";
    }
    return out;
}

void modelFigure()
{
    QElapsedTimer timer;
    timer.start();
    Graph g;
    for (int i = 0; i < Resources; ++i) {
        Resource r;
        r.kind = QStringLiteral("exec");
        r.name = QString::number(i);
        g.addResource(std::move(r));
    }
    std::mt19937 random(7);
    for (int i = 0; i < 2 * Resources; ++i) {
        Edge e;
        e.from = ResourceId(random() % (Resources - 1));
        e.to = e.from + 1 + ResourceId(random() % std::min<ResourceId>(50, Resources - 1 - e.from));
        g.addEdge(std::move(e));
    }
    const qint64 built = timer.elapsed();
    const auto order = g.topologicalOrder();
    std::printf("model: %d resources, %d edges: build %lld ms, topological sort %lld ms "
                "(total %lld ms, %zu sorted)\n",
                g.resourceCount(), g.edgeCount(), built, timer.elapsed() - built, timer.elapsed(),
                order.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.yaml"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(generate()) < 0)
            return 1;
    }
    const double megabytes = double(QFile(path).size()) / (1024 * 1024);
    const long before = peakKiB();

    QElapsedTimer timer;
    timer.start();
    qint64 cpu = cpuMs();
    const YamlGraphReader::Result result = YamlGraphReader::readFile(path);
    const qint64 ours = timer.elapsed();
    const qint64 oursCpu = cpuMs() - cpu;
    const long oursPeak = peakKiB();
    std::printf(
        "load: %.1f MB, %d resources, %d edges, %lld diagnostics: %lld ms wall, %lld ms CPU, "
        "peak RSS %.0f MB (%.0f MB before loading)\n",
        megabytes, result.graph.resourceCount(), result.graph.edgeCount(),
        qint64(result.diagnostics.size()), ours, oursCpu, oursPeak / 1024.0, before / 1024.0);

    modelFigure();

    // The peer runs last: its node tree would otherwise set the process's peak for both.
    timer.restart();
    cpu = cpuMs();
    const YAML::Node tree = YAML::LoadFile(path.toStdString());
    const qint64 peer = timer.elapsed();
    const qint64 peerCpu = cpuMs() - cpu;
    std::printf("peer: yaml-cpp YAML::LoadFile (tree only, no checks): %lld ms wall, %lld ms CPU, "
                "peak RSS %.0f MB; YamlGraphReader takes %.2fx its CPU time\n",
                peer, peerCpu, peakKiB() / 1024.0,
                double(oursCpu) / double(std::max<qint64>(peerCpu, 1)));
    return tree.IsMap() && result.ok() ? 0 : 1;
}
