// The window's view of large graphs, in the real GraphScene and GraphView (offscreen works):
//  1. opening a positioned layered DAG of 10,000 and 100,000 resources: time until the picture
//     is built and painted, and the longest gap of a 1 ms heartbeat timer on the GUI thread;
//  2. frame times of pan and zoom steps at the fitted, a middle and a close zoom, each step
//     painted at once (QWidget::repaint()), median and slowest;
//  3. the same frames for peers: the scene with Qt's default BSP index, and node items cached
//     as device pixmaps (QGraphicsItem::DeviceCoordinateCache), printed as ratios to ours;
//  4. the longest GUI-thread stall while the graph's noop resources run through the real
//     Document and RunController, with the states coloured as the window does;
//  5. the process's resident memory after each step;
//  6. search: typing a name into the Filter dock, each key applied and painted at once, and the
//     bare NameIndex scans behind the dock and Find.
//  7. collapsing every other block of a hundred resources (groups by name prefix): time until the
//     collapsed picture is laid out again (the layout helper) and placed, the longest GUI stall
//     meanwhile, and the same for expanding them all again.
// With --pictures, the window at fit, mid and close zoom, with every other block of a hundred
// resources collapsed before and after the collapsed picture is laid out, and during the run.
// The layout is generated (a grid of layers), so the figures are the view's alone.
//
//   bench_view [--sizes 10000,100000] [--steps N] [--no-run] [--no-frames] [--kind noop|exec]
//              [--pictures DIR]

#include "guitiming.h"

#include "docks/filterdock.h"
#include "docks/overviewdock.h"
#include "document/document.h"
#include "document/runcontroller.h"
#include "layout/layoutprocess.h"
#include "model/graph.h"
#include "model/nameindex.h"
#include "model/resourcegrouping.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/groupcollapser.h"
#include "scene/nodeitem.h"
#include "viewframes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

using namespace converge;
using namespace converge::bench;

namespace {

constexpr QSizeF NodeSize(120, 36);
constexpr qreal ColumnStep = 160;
constexpr qreal LayerStep = 90;
// How many columns left or right of a node its parents may be.
constexpr int Reach = 6;

/// A layered DAG of noop (or exec `true`) resources, each below one or two parents among the
/// nearest columns of the layer above, placed on a grid with straight edges: what a layered layout
/// that keeps crossings down draws. (Parents drawn from the whole layer make every edge span the
/// window, which no layered layout draws.)
struct Positioned
{
    Graph graph;
    GraphLayout layout;
};

Positioned layeredGrid(int resources, const QString &kind, quint32 seed)
{
    QRandomGenerator random(seed);
    // Wider than tall, like a window: about 2.5 columns per layer.
    const int width = std::max(1, int(std::sqrt(resources * 2.5)));
    Positioned p;
    const auto centre = [width](int i) {
        return QPointF(NodeSize.width() / 2 + ColumnStep * (i % width),
                       NodeSize.height() / 2 + LayerStep * (i / width));
    };
    for (int i = 0; i < resources; ++i) {
        Resource resource;
        resource.kind = kind;
        if (kind == u"exec")
            resource.params.insert(QStringLiteral("cmd"), Value::scalar(QStringLiteral("true")));
        // Names in blocks of a hundred ("b12-1234"), so the view can group them by prefix.
        resource.name = QStringLiteral("b%1-%2").arg(i / 100).arg(i);
        const ResourceId id = p.graph.addResource(std::move(resource));
        p.layout.nodes.push_back({id, centre(i), NodeSize});
        const int layer = i / width;
        if (layer == 0)
            continue;
        for (int parents = 1 + int(random.bounded(2)); parents > 0; --parents) {
            Edge edge;
            edge.name = QStringLiteral("e%1").arg(p.graph.edgeCapacity());
            const int column =
                std::clamp(i % width + int(random.bounded(2 * Reach + 1)) - Reach, 0, width - 1);
            edge.from = ResourceId((layer - 1) * width + column);
            edge.to = id;
            GraphLayout::Edge geometry;
            geometry.id = p.graph.addEdge(edge);
            const QPointF from = centre(int(edge.from)) + QPointF(0, NodeSize.height() / 2);
            const QPointF to = centre(i) - QPointF(0, NodeSize.height() / 2 + 8);
            geometry.spline = {from, from + (to - from) / 3, from + (to - from) * 2 / 3, to};
            geometry.hasArrowHead = true;
            geometry.arrowTip = to + QPointF(0, 8);
            p.layout.edges.push_back(geometry);
        }
    }
    const QPointF last = centre(resources - 1);
    p.layout.bounds =
        QRectF(0, 0, ColumnStep * (width - 1) + NodeSize.width(), last.y() + NodeSize.height() / 2);
    return p;
}

/// Saves pictures of a window, named after the graph's size and a moment, when dir is set.
struct Pictures
{
    QString dir;
    QWidget *window = nullptr;
    int size = 0;
    void take(const char *moment) const
    {
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        window->grab().save(
            QStringLiteral("%1/view-%2-%3.png").arg(dir).arg(size).arg(QLatin1String(moment)));
    }
};

struct Options
{
    int steps = 30;
    bool run = true;
    bool frames = true; ///< pan and zoom frames, ours and the peers'
    QString kind;       ///< of the resources: noop, or exec running `true`
    QString pictureDir; ///< where to save pictures; empty: none
};

/// Typing a name into the Filter dock one key at a time, each key applied and painted at once,
/// and the bare index scans behind it and behind Find.
void search(Document &document, GraphScene &scene, GraphView &view, QMainWindow &frame, int size,
            QTextStream &out)
{
    QElapsedTimer clock;
    clock.start();
    const NameIndex index(document.graph());
    const double buildMs = clock.nsecsElapsed() / 1e6;
    // A name near the end, so every prefix leaves a different part of the graph shown.
    const QString name = QStringLiteral("b%1-%2").arg((size - 7) / 100).arg(size - 7);
    std::vector<double> scans;
    std::vector<double> keys;
    std::vector<double> applies;
    for (qsizetype n = 1; n <= name.size(); ++n) {
        clock.restart();
        index.find(QStringView(name).left(n), NameIndex::Part::Key);
        scans.push_back(clock.nsecsElapsed() / 1e6);
    }
    auto *dock = new FilterDock(&document, &scene, &view);
    frame.addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->show();
    QCoreApplication::processEvents();
    auto *edit = dock->findChild<QLineEdit *>(QStringLiteral("name"));
    edit->setFocus();
    for (QChar c : name) {
        clock.restart();
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(edit, &press);
        applies.push_back(clock.nsecsElapsed() / 1e6);
        view.viewport()->repaint();
        keys.push_back(clock.nsecsElapsed() / 1e6);
    }
    const Frames key = Frames::of(keys);
    const Frames scan = Frames::of(scans);
    const Frames apply = Frames::of(applies);
    out << QStringLiteral(
               "  search \"%1\": index of %2 names built in %3 ms; per key in the Filter "
               "dock (filter applied and painted) median %4 ms, slowest %5 ms, %6 "
               "shown at the end; applied without the paint median %9 ms, slowest %10 ms; "
               "the index scan alone median %7 ms, slowest %8 ms\n")
               .arg(name)
               .arg(index.size())
               .arg(buildMs, 0, 'f', 1)
               .arg(key.medianMs, 0, 'f', 2)
               .arg(key.slowestMs, 0, 'f', 2)
               .arg(dock->shownCount())
               .arg(scan.medianMs, 0, 'f', 2)
               .arg(scan.slowestMs, 0, 'f', 2)
               .arg(apply.medianMs, 0, 'f', 2)
               .arg(apply.slowestMs, 0, 'f', 2);
    out.flush();
    dock->showAll();
    delete dock;
}

void benchSize(int size, const Options &options, QTextStream &out)
{
    Positioned p = layeredGrid(size, options.kind, 7);
    const int steps = options.steps;
    out << QStringLiteral("%1 %4 resources, %2 edges; RSS %3 MiB before the scene\n")
               .arg(size)
               .arg(p.graph.edgeCount())
               .arg(residentMiB(), 0, 'f', 0)
               .arg(options.kind);
    GraphScene scene;
    // The view as the window has it: central, with the Overview dock beside it.
    QMainWindow frame;
    auto *centre = new GraphView(&scene);
    GraphView &view = *centre;
    frame.setCentralWidget(centre);
    frame.addDockWidget(Qt::RightDockWidgetArea, new OverviewDock(centre));
    frame.resize(1280 + 260, 800);
    frame.show();
    const Pictures pictures{options.pictureDir, &frame, size};
    QCoreApplication::processEvents();

    Heartbeat heartbeat;
    heartbeat.start();
    QElapsedTimer clock;
    clock.start();
    bool built = false;
    QObject::connect(&scene, &GraphScene::built, &scene, [&built] { built = true; });
    scene.showLayout(p.graph, p.layout, GraphScene::Pace::InBatches);
    view.fitToWindow();
    spinUntil([&built] { return built; }, 600000);
    view.viewport()->repaint();
    QCoreApplication::processEvents();
    out << QStringLiteral("  open: on screen after %1 s, longest GUI stall %2 ms; RSS %3 MiB\n")
               .arg(clock.nsecsElapsed() / 1e9, 0, 'f', 2)
               .arg(heartbeat.longestMs(), 0, 'f', 1)
               .arg(residentMiB(), 0, 'f', 0);
    heartbeat.stop();

    const qreal fit = view.zoom();
    pictures.take("fit");
    Frames::zoomTo(view, 0.3);
    pictures.take("mid");
    Frames::zoomTo(view, 1.0);
    pictures.take("close");
    {
        // Every other block of a hundred collapsed into its box, laid out again.
        GroupCollapser collapser(p.graph, &scene);
        collapser.setGrouping(*ResourceGrouping::compute(p.graph, GroupBy::NamePrefix));
        collapser.arrangeWith({[&p](ResourceId id) { return p.layout.nodes[id].centre; },
                               [&p](EdgeId id) {
                                   return p.layout.edges[id];
                               }},
                              [] { return GraphvizLayout::Options(); });
        bool arranged = false;
        QObject::connect(&collapser, &GroupCollapser::arranged, &scene,
                         [&arranged] { arranged = true; });
        heartbeat.start();
        clock.restart();
        std::vector<int> everyOther;
        for (int g = 0; g < collapser.grouping().groupCount(); g += 2)
            everyOther.push_back(g);
        collapser.collapseGroups(everyOther);
        const double collapseMs = clock.nsecsElapsed() / 1e6;
        Frames::zoomTo(view, fit);
        pictures.take("collapsed-fit");
        heartbeat.start();
        clock.restart();
        spinUntil([&arranged] { return arranged; }, 600000);
        const double arrangeStall = heartbeat.longestMs(); // before the paint we ask for
        view.viewport()->repaint();
        const double arrangeMs = clock.nsecsElapsed() / 1e6;
        view.fitToWindow();
        pictures.take("arranged-fit");
        Frames::zoomTo(view, 0.3);
        pictures.take("arranged-mid");
        heartbeat.start();
        clock.restart();
        collapser.expandAll(); // the frames and the run measure the whole graph
        view.viewport()->repaint();
        const double expandMs = clock.nsecsElapsed() / 1e6;
        heartbeat.stop();
        out << QStringLiteral(
                   "  groups: %1 of %2 collapsed in %3 ms; laid out again and placed "
                   "and painted %4 ms later (longest GUI stall %5 ms); all expanded and home in "
                   "%6 ms\n")
                   .arg(everyOther.size())
                   .arg(collapser.grouping().groupCount())
                   .arg(collapseMs, 0, 'f', 1)
                   .arg(arrangeMs, 0, 'f', 1)
                   .arg(arrangeStall, 0, 'f', 1)
                   .arg(expandMs, 0, 'f', 1);
        out.flush();
        view.fitToWindow();
    }
    const struct
    {
        const char *name;
        qreal zoom;
    } zooms[] = {{"fit", fit}, {"mid", 0.15}, {"close", 1.0}};
    QGraphicsView peer(&scene);
    peer.resize(view.size());
    peer.show();
    QCoreApplication::processEvents();
    for (const auto &z : zooms) {
        if (!options.frames)
            break;
        Frames::zoomTo(view, z.zoom);
        const Frames ourPan = Frames::pan(view, steps);
        const Frames ourZoom = Frames::zoom(view, steps);
        // Peer 1: Qt's defaults for the scene index (BSP tree) and the view.
        scene.setItemIndexMethod(QGraphicsScene::BspTreeIndex);
        Frames::zoomTo(peer, z.zoom);
        QElapsedTimer indexClock;
        indexClock.start();
        peer.viewport()->repaint(); // the first paint builds the index
        const double indexMs = indexClock.nsecsElapsed() / 1e6;
        const Frames bspPan = Frames::pan(peer, steps);
        const Frames bspZoom = Frames::zoom(peer, steps);
        scene.setItemIndexMethod(QGraphicsScene::NoIndex);
        // Peer 2: our view, node items cached as pixmaps in device coordinates.
        for (NodeItem *node : scene.nodeItems())
            node->setCacheMode(QGraphicsItem::DeviceCoordinateCache);
        Frames::zoomTo(view, z.zoom);
        const Frames cachedPan = Frames::pan(view, steps);
        const Frames cachedZoom = Frames::zoom(view, steps);
        for (NodeItem *node : scene.nodeItems())
            node->setCacheMode(QGraphicsItem::NoCache);
        out << QStringLiteral("  %1 zoom (%2 %): pan %3; zoom %4\n")
                   .arg(QLatin1String(z.name))
                   .arg(z.zoom * 100, 0, 'f', 1)
                   .arg(ourPan.text(), ourZoom.text());
        out << QStringLiteral("    peer BSP index, plain view: pan %1 (%2); zoom %3 (%4); "
                              "first paint with the index %5 ms\n")
                   .arg(bspPan.text(), Frames::ratio(bspPan, ourPan), bspZoom.text(),
                        Frames::ratio(bspZoom, ourZoom))
                   .arg(indexMs, 0, 'f', 0);
        out << QStringLiteral("    peer nodes cached as pixmaps: pan %1 (%2); zoom %3 (%4)\n")
                   .arg(cachedPan.text(), Frames::ratio(cachedPan, ourPan), cachedZoom.text(),
                        Frames::ratio(cachedZoom, ourZoom));
        out.flush();
    }
    peer.hide();
    out << QStringLiteral("  RSS after the frames %1 MiB\n").arg(residentMiB(), 0, 'f', 0);
    Document document;
    document.replaceGraph(p.graph, QString());
    search(document, scene, view, frame, size, out);
    if (!options.run)
        return;
    RunController *runs = document.runs();
    QObject::connect(
        runs, &RunController::statesChanged, &scene,
        [&scene, runs, &pictures, batches = 0](const std::vector<ResourceId> &changed) mutable {
            scene.updateStates(runs->states(), changed);
            if (++batches == 2)
                pictures.take("run");
        });
    bool finished = false;
    RunSummary summary;
    QObject::connect(runs, &RunController::runFinished, &scene, [&](const RunSummary &s) {
        summary = s;
        finished = true;
    });
    Frames::zoomTo(view, fit);
    QCoreApplication::processEvents();
    heartbeat.start();
    clock.restart();
    if (!document.run()) {
        out << "  run refused\n";
        return;
    }
    const double startMs = clock.nsecsElapsed() / 1e6;
    spinUntil([&finished] { return finished; }, 600000);
    QCoreApplication::processEvents();
    out << QStringLiteral("  run: %1 done, %2 failed in %3 s, longest GUI stall %4 ms "
                          "(starting it: %6 ms); RSS %5 MiB\n")
               .arg(summary.done)
               .arg(summary.failed)
               .arg(clock.nsecsElapsed() / 1e9, 0, 'f', 2)
               .arg(heartbeat.longestMs(), 0, 'f', 1)
               .arg(residentMiB(), 0, 'f', 0)
               .arg(startMs, 0, 'f', 1);
    heartbeat.stop();
    out.flush();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    LayoutProcess::setHelperPath(QStringLiteral(CONVERGE_LAYOUT_HELPER_BUILD));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("graph sizes"),
                      QStringLiteral("list"), QStringLiteral("10000,100000")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("frames per measurement"),
                      QStringLiteral("n"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("no-run"), QStringLiteral("skip the runs")});
    parser.addOption({QStringLiteral("no-frames"), QStringLiteral("skip the pan and zoom frames")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("noop, or exec running `true`"),
                      QStringLiteral("kind"), QStringLiteral("noop")});
    parser.addOption({QStringLiteral("pictures"),
                      QStringLiteral("save the window at fit, mid and close zoom and in the run"),
                      QStringLiteral("dir")});
    parser.process(app);
    QTextStream out(stdout);
    out << QStringLiteral("load average %1\n").arg(loadAverage());
    Options options;
    options.steps = std::max(2, parser.value(QStringLiteral("steps")).toInt());
    options.run = !parser.isSet(QStringLiteral("no-run"));
    options.frames = !parser.isSet(QStringLiteral("no-frames"));
    options.kind = parser.value(QStringLiteral("kind"));
    options.pictureDir = parser.value(QStringLiteral("pictures"));
    for (const QString &size :
         parser.value(QStringLiteral("sizes")).split(u',', Qt::SkipEmptyParts))
        benchSize(size.toInt(), options, out);
    out << QStringLiteral("load average %1\n").arg(loadAverage());
    return 0;
}
