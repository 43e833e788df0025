// Process throughput: a random DAG of exec resources running `true`, run by the Engine with
// -jN, by ninja -jN and by make -jN on the same DAG (build files generated here), side by side
// in one process. Prints wall seconds and ratios.
//
//   bench_processes [resources=2000] [jobs=2] [repeats=3]

#include "engine/engine.h"
#include "enginetiming.h"
#include "model/graph.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace converge;

namespace {

/// Each resource depends on up to two random earlier ones.
Graph randomDag(int count)
{
    Graph g;
    QRandomGenerator random(99);
    for (int i = 0; i < count; ++i) {
        Resource r;
        r.kind = u"exec"_qs;
        r.name = u"n"_qs + QString::number(i);
        r.params.insert(u"cmd"_qs, Value::scalar(u"true"_qs));
        const ResourceId id = g.addResource(std::move(r));
        if (i == 0)
            continue;
        const ResourceId first = random.bounded(i);
        const ResourceId second = random.bounded(i);
        for (ResourceId from : std::vector<ResourceId>{first, second}) {
            if (from == second && second == first && g.inEdges(id).size() == 1)
                break; // the same prerequisite twice
            Edge e;
            e.from = from;
            e.to = id;
            g.addEdge(e);
        }
    }
    return g;
}

QString prerequisites(const Graph &g, ResourceId id)
{
    QStringList names;
    for (ResourceId p : g.predecessors(id))
        names.append(g.resource(p).name);
    return names.join(u' ');
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text.toUtf8());
}

/// build.ninja and Makefile for the same DAG; every target is phony-like (never created), so
/// each tool runs every command once.
void writeBuildFiles(const Graph &g, const QString &dir)
{
    QString ninja = u"rule r\n  command = true\n"_qs;
    QString make = u".PHONY: all"_qs;
    QStringList all;
    for (ResourceId id : g.resourceIds())
        all.append(g.resource(id).name);
    make += u' ' + all.join(u' ') + u"\nall: "_qs + all.join(u' ') + u'\n';
    for (ResourceId id : g.resourceIds()) {
        const QString name = g.resource(id).name;
        const QString deps = prerequisites(g, id);
        ninja += u"build "_qs + name + u": r"_qs + (deps.isEmpty() ? QString() : u" | "_qs + deps) +
                 u'\n';
        make += name + u": "_qs + deps + u"\n\t@true\n"_qs;
    }
    ninja += u"default "_qs + all.join(u' ') + u'\n';
    writeFile(dir + u"/build.ninja"_qs, ninja);
    writeFile(dir + u"/Makefile"_qs, make);
}

/// Seconds for one engine run; *startSeconds gets the part before the engine started() (the
/// snapshot, then validation and setup on the engine's preparing thread).
double runEngine(const Graph &graph, int jobs, double *startSeconds)
{
    RunOptions options;
    options.jobs = jobs;
    const bench::EngineTiming timing = bench::timeEngineRun(graph, options);
    *startSeconds = timing.startSeconds;
    return timing.totalSeconds;
}

double runTool(const QString &program, const QStringList &arguments, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    p.start(program, arguments);
    p.waitForFinished(-1);
    p.readAllStandardOutput();
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s failed\n", qPrintable(program));
    return clock.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 2000;
    const int jobs = argc > 2 ? std::atoi(argv[2]) : 2;
    const int repeats = argc > 3 ? std::atoi(argv[3]) : 3;
    const Graph graph = randomDag(count);
    QTemporaryDir dir;
    writeBuildFiles(graph, dir.path());
    std::printf("random DAG: %d exec resources running `true`, %d edges, -j%d, best of %d\n",
                graph.resourceCount(), graph.edgeCount(), jobs, repeats);

    const QString j = u"-j"_qs + QString::number(jobs);
    double engine = 1e9, start = 1e9, ninja = 1e9, make = 1e9;
    for (int i = 0; i < repeats; ++i) {
        double startSeconds = 0;
        engine = std::min(engine, runEngine(graph, jobs, &startSeconds));
        start = std::min(start, startSeconds);
        // Without its log ninja treats every command as new, as on the first run.
        QFile::remove(dir.filePath(u".ninja_log"_qs));
        ninja = std::min(ninja, runTool(u"ninja"_qs, {j, u"-C"_qs, dir.path()}, dir.path()));
        make = std::min(make, runTool(u"make"_qs, {j, u"-s"_qs, u"all"_qs}, dir.path()));
    }
    std::printf("engine -j%d: %.3f s (%.0f us per command; until started() %.1f ms)\n", jobs,
                engine, engine * 1e6 / count, start * 1e3);
    std::printf("ninja  -j%d: %.3f s\n", jobs, ninja);
    std::printf("make   -j%d: %.3f s\n", jobs, make);
    std::printf("ratio engine/ninja: %.2f, engine/make: %.2f\n", engine / ninja, engine / make);
    return 0;
}
