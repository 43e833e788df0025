// Layout times of random DAGs with 1,000, 2,000 and 5,000 resources: dot as asked, and the
// engine GraphvizLayout chooses automatically (the one the GUI uses). Two shapes: "layered"
// (each resource depends on one or two of the previous layer, like most real graphs) and
// "random" (on any earlier resource: long edges, dot's worst case). Prints wall time and the
// CPU time of the laying-out thread, which other load on the machine disturbs less.
//
//   bench_layout [--quick] [--engines] [--size N] [--auto]
//     --quick    stops at 2,000 resources
//     --size N   only graphs of N resources
//     --auto     only the automatic choice, not dot forced
//     --engines  also times every engine, forced, on the layered graphs (to set EngineLimits)

#include "benchgraphs.h"
#include "layout/graphvizlayout.h"
#include "model/graph.h"

#include <QCoreApplication>
#include <QTextStream>

#include <ctime>

using namespace converge;

namespace {

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

void run(QTextStream &out, const QString &shape, const Graph &graph, bool automatic,
         const QString &engine = QStringLiteral("dot"))
{
    GraphvizLayout::Options options;
    options.engine = engine;
    options.automaticEngine = automatic;
    QString error;
    const double cpuStart = threadCpuSeconds();
    const auto layout = GraphvizLayout::layout(graph, options, &error);
    const double cpu = threadCpuSeconds() - cpuStart;
    if (!layout) {
        out << "  failed: " << error << Qt::endl;
        return;
    }
    out << QStringLiteral("%1 %2 resources %3 edges  %4 %5  wall %6 s  cpu %7 s")
               .arg(shape, -7)
               .arg(graph.resourceCount(), 5)
               .arg(graph.edgeCount(), 5)
               .arg(automatic ? QStringLiteral("auto  ") : QStringLiteral("forced"))
               .arg(layout->engine, -5)
               .arg(layout->seconds, 6, 'f', 2)
               .arg(cpu, 6, 'f', 2)
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const bool engines = app.arguments().contains(QStringLiteral("--engines"));
    const qsizetype sizeAt = app.arguments().indexOf(QStringLiteral("--size"));
    const int onlySize = sizeAt > 0 ? app.arguments().value(sizeAt + 1).toInt() : 0;
    const bool autoOnly = app.arguments().contains(QStringLiteral("--auto"));
    QTextStream out(stdout);
    for (int size : {1000, 2000, 5000}) {
        if ((quick && size > 2000) || (onlySize && size != onlySize))
            continue;
        for (bool layered : {true, false}) {
            const QString shape = layered ? QStringLiteral("layered") : QStringLiteral("random");
            const Graph graph = bench::randomDag(size, layered, quint32(size));
            // dot on 5,000 resources with long edges runs for minutes: not worth the machine.
            if (!autoOnly && (layered || size <= 2000))
                run(out, shape, graph, false);
            run(out, shape, graph, true);
            for (const QString &engine : GraphvizLayout::engines()) {
                if (engines && layered && engine != u"dot")
                    run(out, shape, graph, false, engine);
            }
        }
    }
    return 0;
}
