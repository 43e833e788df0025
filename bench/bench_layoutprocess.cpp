// What the layout helper costs: the same layout in this process (GraphvizLayout::layout) and
// through converge-layout (LayoutProcess::run: plan, spawn, send, lay out, receive, reap), on
// layered random DAGs of 10 and 2,000 resources. Prints the median wall time of each, the
// difference (the helper's overhead per layout) and the ratio.
//
//   bench_layoutprocess [--runs N]   (N layouts of each size and way; default 15)

#include "layout/graphvizlayout.h"
#include "layout/layoutprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

using namespace converge;

namespace {

/// Each resource depends on one or two of the layer above: one connected piece, as most graphs.
GraphvizLayout::Input layeredDag(int resources, quint32 seed)
{
    QRandomGenerator random(seed);
    const int width = std::max(1, int(std::sqrt(resources)));
    GraphvizLayout::Input input;
    for (int i = 0; i < resources; ++i) {
        input.nodes.push_back({ResourceId(i), QSizeF(96, 36), {}});
        const int layer = i / width;
        if (layer == 0)
            continue;
        for (int p = 1 + int(random.bounded(2)); p > 0; --p) {
            const auto from = ResourceId((layer - 1) * width + int(random.bounded(width)));
            input.edges.push_back({EdgeId(input.edges.size()), from, ResourceId(i)});
        }
    }
    return input;
}

/// Median wall time of runs calls of layOut, in milliseconds; -1 when one failed.
double medianMs(int runs, const std::function<bool()> &layOut)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!layOut())
            return -1;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    LayoutProcess::setHelperPath(QStringLiteral(CONVERGE_LAYOUT_HELPER_BUILD));
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype runsAt = arguments.indexOf(u"--runs"_qs);
    const int runs = runsAt > 0 ? std::max(1, arguments.value(runsAt + 1).toInt()) : 15;
    QTextStream out(stdout);
    out << "resources  in-process ms  helper ms  overhead ms  ratio\n";
    for (const int size : {10, 2000}) {
        const GraphvizLayout::Input input = layeredDag(size, 7);
        const double inProcess =
            medianMs(runs, [&] { return GraphvizLayout::layout(input).has_value(); });
        QString error;
        const double helper =
            medianMs(runs, [&] { return LayoutProcess::run(input, {}, &error).has_value(); });
        if (inProcess < 0 || helper < 0) {
            out << size << ": layout failed: " << error << '\n';
            return 1;
        }
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(size, 9)
                   .arg(inProcess, 13, 'f', 1)
                   .arg(helper, 9, 'f', 1)
                   .arg(helper - inProcess, 11, 'f', 1)
                   .arg(helper / inProcess, 5, 'f', 2);
        out.flush();
    }
    return 0;
}
