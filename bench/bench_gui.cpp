// The GUI under load, as a user sees it:
//  1. layout times seen in the window for layered random DAGs of 1,000, 2,000 and 5,000
//     resources: from File > Open until the picture is on screen (load + layout on worker
//     threads + building the scene), with the engine the window chose and its note;
//  2. the longest event-loop stalls while a 10,000-resource graph of quick resources runs: a
//     1 ms timer on the GUI thread records the gaps between its ticks, with the GUI thread's
//     CPU time and run-queue wait in each, so a stall shows as work, starvation or blocking;
//  3. what one mouse move of a node drag costs on a large graph: from the move event until the
//     moved node and its edges are repainted, per move, over a drag of many steps.
// Run it on a real display or under xvfb-run; QT_QPA_PLATFORM=offscreen works too. The load
// average is printed beside the figures: on a shared machine they depend on it.
//
//   bench_gui [--sizes 1000,2000,5000] [--drag N] [--run N] [--kind exec|noop] [--cmd COMMAND]
//     --sizes   graphs to open for the layout figures (empty: none)
//     --drag N  resources in the graph a node is dragged on (default 0: no drag)
//     --run N   resources in the run (default 10000; 0: no run)
//     --kind    exec runs the command for each resource (default); noop checks only
//     --cmd     the exec resources' command (default `true`; `seq 20` makes log output)

#include "document/document.h"
#include "document/runcontroller.h"
#include "editor/editcontroller.h"
#include "editor/grapheditor.h"
#include "formats/yamlgraphwriter.h"
#include "layout/layoutprocess.h"
#include "model/graph.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/nodeitem.h"
#include "window/mainwindow.h"

#include "stallmeter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace converge;
using namespace converge::bench;

namespace {

Graph layeredDag(int resources, const QString &kind, quint32 seed,
                 const QString &command = QStringLiteral("true"))
{
    QRandomGenerator random(seed);
    const int width = std::max(1, int(std::sqrt(resources)));
    Graph graph;
    graph.name = QStringLiteral("bench%1").arg(resources);
    for (int i = 0; i < resources; ++i) {
        Resource resource;
        resource.kind = kind;
        resource.name = QStringLiteral("%1%2").arg(kind).arg(i);
        if (kind == u"exec")
            resource.params.insert(QStringLiteral("cmd"), Value::scalar(command));
        const ResourceId id = graph.addResource(std::move(resource));
        const int layer = i / width;
        if (layer == 0)
            continue;
        for (int p = 1 + int(random.bounded(2)); p > 0; --p) {
            Edge edge;
            edge.name = QStringLiteral("e%1").arg(graph.edgeCapacity());
            edge.from = ResourceId((layer - 1) * width + int(random.bounded(width)));
            edge.to = id;
            graph.addEdge(edge);
        }
    }
    return graph;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

bool openAndWait(MainWindow &window, const QString &path, double *seconds, StallMeter *meter)
{
    // Not a QSignalSpy: it would copy the layout it carries (150,000 splines at 100,000
    // resources) on the GUI thread, and the copy would count as the window's stall.
    QEventLoop waiting;
    bool ok = false;
    QObject::connect(window.document(), &Document::layoutReady, &waiting, [&] {
        ok = true;
        waiting.quit();
    });
    QTimer::singleShot(120000, &waiting, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    meter->start();
    window.openFile(path);
    if (!ok)
        waiting.exec();
    // The scene builds a large picture in batches after the layout arrives: every batch counts.
    QSignalSpy built(window.scene(), &GraphScene::built);
    if (ok && window.scene()->isBuilding())
        ok = built.wait(120000);
    // The picture must also be painted once before it counts as on screen.
    QApplication::processEvents();
    meter->stop();
    *seconds = clock.nsecsElapsed() / 1e9;
    return ok;
}

/// Opens a graph of size resources, presses on a node in its middle and drags it in small
/// steps, timing each step from the move event until the repaint it caused is done.
bool dragNode(MainWindow &window, const QString &path, int size, QTextStream &out)
{
    YamlGraphWriter::writeFile(layeredDag(size, QStringLiteral("exec"), 11), path);
    double seconds = 0;
    StallMeter meter;
    if (!openAndWait(window, path, &seconds, &meter)) {
        out << "drag graph: no layout\n";
        return false;
    }
    GraphView *view = window.view();
    view->resetZoom();
    const Graph &graph = window.document()->graph();
    const ResourceId id = graph.resourceIds()[size_t(size / 2)];
    NodeItem *node = window.scene()->nodeItem(id);
    view->centerOn(node);
    QApplication::processEvents();
    QWidget *viewport = view->viewport();
    const QPoint start = view->mapFromScene(node->pos());
    // The pointer crosses the graph before pressing: each move is a hover the scene answers.
    std::vector<double> hoverMs;
    for (int i = 20; i >= 0; --i) {
        QElapsedTimer clock;
        clock.start();
        QTest::mouseMove(viewport, start - QPoint(3 * i, 2 * i));
        QApplication::processEvents();
        hoverMs.push_back(clock.nsecsElapsed() / 1e6);
    }
    std::sort(hoverMs.begin(), hoverMs.end());
    out << QStringLiteral("hover over %1 resources: median %2 ms, slowest %3 ms\n")
               .arg(size)
               .arg(hoverMs[hoverMs.size() / 2], 0, 'f', 2)
               .arg(hoverMs.back(), 0, 'f', 2);
    QElapsedTimer pressClock;
    pressClock.start();
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QApplication::processEvents();
    out << QStringLiteral("press on a node: %1 ms\n")
               .arg(pressClock.nsecsElapsed() / 1e6, 0, 'f', 2);
    constexpr int Steps = 100;
    std::vector<double> wallMs;
    std::vector<double> cpuMs;
    for (int i = 1; i <= Steps; ++i) {
        QElapsedTimer clock;
        clock.start();
        const ThreadTimes before = ThreadTimes::now();
        QTest::mouseMove(viewport, start + QPoint(2 * i, i));
        // The move's repaint is posted: the step is over when it has been painted.
        QApplication::processEvents();
        wallMs.push_back(clock.nsecsElapsed() / 1e6);
        cpuMs.push_back((ThreadTimes::now().cpuNs - before.cpuNs) / 1e6);
    }
    // The drop is an edit: the undo step, the problems check and the Source preview follow
    // it. Watched for two seconds, long enough for all of them at 100,000 resources.
    StallMeter dropMeter;
    dropMeter.start();
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(2 * Steps, Steps));
    QEventLoop watching;
    QTimer::singleShot(2000, &watching, &QEventLoop::quit);
    watching.exec();
    dropMeter.stop();
    // A second click: the first one after the graph was built also had Qt sort every item.
    QElapsedTimer clickClock;
    clickClock.start();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, start + QPoint(2 * Steps, Steps));
    QApplication::processEvents();
    out << QStringLiteral("a later click on the node: %1 ms\n")
               .arg(clickClock.nsecsElapsed() / 1e6, 0, 'f', 2);
    std::sort(wallMs.begin(), wallMs.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    out << QStringLiteral("drag a node of %1 resources (%2 edges), %3 moves with a repaint each: "
                          "median %4 ms (GUI thread CPU %5 ms), slowest %6 ms (CPU %7 ms); "
                          "%8 undo step(s); after the drop, longest stall %9; load average %10\n")
               .arg(size)
               .arg(graph.edgeCount())
               .arg(Steps)
               .arg(wallMs[wallMs.size() / 2], 0, 'f', 2)
               .arg(cpuMs[cpuMs.size() / 2], 0, 'f', 2)
               .arg(wallMs.back(), 0, 'f', 2)
               .arg(cpuMs.back(), 0, 'f', 2)
               .arg(window.editController()->editor()->undoStack()->count())
               .arg(describe(dropMeter.worstGap()))
               .arg(loadAverage());
    out.flush();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    LayoutProcess::setHelperPath(QStringLiteral(CONVERGE_LAYOUT_HELPER_BUILD));
    QApplication::setOrganizationName(QStringLiteral("ConvergeBench"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("graph sizes to lay out"),
                      QStringLiteral("list"), QStringLiteral("1000,2000,5000")});
    parser.addOption({QStringLiteral("drag"), QStringLiteral("resources in the drag graph"),
                      QStringLiteral("n"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("run"), QStringLiteral("resources in the run"),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("exec or noop"),
                      QStringLiteral("kind"), QStringLiteral("exec")});
    parser.addOption({QStringLiteral("cmd"), QStringLiteral("the exec resources' command"),
                      QStringLiteral("command"), QStringLiteral("true")});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir dir;

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    StallMeter meter;

    const QStringList sizes = parser.value(QStringLiteral("sizes")).split(u',', Qt::SkipEmptyParts);
    for (const QString &size : sizes) {
        const QString path = dir.filePath(QStringLiteral("layout%1.yaml").arg(size));
        YamlGraphWriter::writeFile(layeredDag(size.toInt(), QStringLiteral("exec"), 42), path);
        double seconds = 0;
        if (!openAndWait(window, path, &seconds, &meter)) {
            out << size << " resources: no layout within 120 s\n";
            continue;
        }
        const GraphLayout &layout = window.document()->layout();
        out << QStringLiteral("open %1 resources: on screen after %2 s (layout %3 s by %4), "
                              "longest GUI stall %5%6\n")
                   .arg(size)
                   .arg(seconds, 0, 'f', 2)
                   .arg(layout.seconds, 0, 'f', 2)
                   .arg(layout.engine)
                   .arg(describe(meter.worstGap()))
                   .arg(layout.note.isEmpty() ? QString()
                                              : QStringLiteral(" [") + layout.note + u']');
        for (const StallMeter::Gap &gap : meter.worst())
            out << QStringLiteral("  stall ") << describe(gap) << u'\n';
        out.flush();
    }

    const int dragSize = parser.value(QStringLiteral("drag")).toInt();
    if (dragSize > 0 && !dragNode(window, dir.filePath(QStringLiteral("drag.yaml")), dragSize, out))
        return 1;

    const int runSize = parser.value(QStringLiteral("run")).toInt();
    if (runSize > 0) {
        const QString kind = parser.value(QStringLiteral("kind"));
        const QString path = dir.filePath(QStringLiteral("run.yaml"));
        YamlGraphWriter::writeFile(
            layeredDag(runSize, kind, 7, parser.value(QStringLiteral("cmd"))), path);
        double seconds = 0;
        if (!openAndWait(window, path, &seconds, &meter)) {
            out << "run graph: no layout\n";
            return 1;
        }
        out << QStringLiteral("open %1 %2 resources: %3 s, longest stall %4 ms; load average %5\n")
                   .arg(runSize)
                   .arg(kind)
                   .arg(seconds, 0, 'f', 2)
                   .arg(meter.worstGap().wallMs, 0, 'f', 1)
                   .arg(loadAverage());
        out.flush();
        // The meter itself: idle, it must tick about once a millisecond with no long gap.
        // (QTest::qWait would not do: it sleeps in 10 ms steps.)
        meter.start();
        QEventLoop idle;
        QTimer::singleShot(500, &idle, &QEventLoop::quit);
        idle.exec();
        meter.stop();
        out << QStringLiteral("  idle check: %1 ticks in 500 ms, longest gap %2 ms\n")
                   .arg(meter.ticks())
                   .arg(meter.worstGap().wallMs, 0, 'f', 1);
        QSignalSpy finished(window.document()->runs(), &RunController::runFinished);
        meter.start();
        QElapsedTimer clock;
        clock.start();
        if (!window.document()->runs()->run()) {
            out << "run refused\n";
            return 1;
        }
        // What pressing Run costs the GUI thread before the event loop answers again.
        const double startMs = clock.nsecsElapsed() / 1e6;
        finished.wait(600000);
        meter.stop();
        const RunSummary summary = finished.value(0).value(0).value<RunSummary>();
        out << QStringLiteral("run %1 %2 resources: %3 done, %4 failed in %5 s; load average %6\n")
                   .arg(runSize)
                   .arg(kind)
                   .arg(summary.done)
                   .arg(summary.failed)
                   .arg(clock.nsecsElapsed() / 1e9, 0, 'f', 2)
                   .arg(loadAverage());
        out << QStringLiteral("  %1 ticks of a 1 ms timer; %2 gaps over 16 ms, %3 over 100 ms\n")
                   .arg(meter.ticks())
                   .arg(meter.gapsOver16())
                   .arg(meter.gapsOver100());
        out << QStringLiteral("  run() returned after %1 ms; the first tick came after %2 ms\n")
                   .arg(startMs, 0, 'f', 1)
                   .arg(meter.firstGapMs(), 0, 'f', 1);
        for (const StallMeter::Gap &gap : meter.worst())
            out << QStringLiteral("  stall ") << describe(gap) << u'\n';
    }
    return 0;
}
