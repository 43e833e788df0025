// The GUI under load, as a user sees it:
//  1. layout times seen in the window for layered random DAGs of 1,000, 2,000 and 5,000
//     resources: from File > Open until the picture is on screen (load + layout on worker
//     threads + building the scene), with the engine the window chose and its note;
//  2. the longest event-loop stall while a 10,000-resource graph of quick resources runs: a
//     1 ms timer on the GUI thread records the largest gap between two of its ticks.
// Run it on a real display or under xvfb-run; QT_QPA_PLATFORM=offscreen works too.
//
//   bench_gui [--sizes 1000,2000,5000] [--run N] [--kind exec|noop]
//     --sizes   graphs to open for the layout figures (empty: none)
//     --run N   resources in the run (default 10000; 0: no run)
//     --kind    exec runs `true` for each resource (default); noop checks only

#include "document.h"
#include "graph.h"
#include "graphscene.h"
#include "graphview.h"
#include "mainwindow.h"
#include "yamlgraphwriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>

using namespace converge;

namespace {

Graph layeredDag(int resources, const QString &kind, quint32 seed)
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
            resource.params.insert(QStringLiteral("cmd"), Value::scalar(QStringLiteral("true")));
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

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

/// Records the largest gap between ticks of a 1 ms timer on the GUI thread.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            if (now - m_last > m_worst) {
                m_worst = now - m_last;
                m_worstCpu = cpu - m_lastCpu;
            }
            m_last = now;
            m_lastCpu = cpu;
            ++m_ticks;
        });
    }
    void start()
    {
        m_worst = 0;
        m_worstCpu = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double worstMs() const { return m_worst / 1e6; }
    /// CPU time the GUI thread itself used during the worst gap: the rest of the gap was spent
    /// waiting for a core (other processes) rather than working.
    double worstCpuMs() const { return m_worstCpu / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    qint64 m_lastCpu = 0;
    qint64 m_worstCpu = 0;
    qint64 m_ticks = 0;
};

bool openAndWait(MainWindow &window, const QString &path, double *seconds, StallMeter *meter)
{
    QSignalSpy ready(window.document(), &Document::layoutReady);
    QElapsedTimer clock;
    clock.start();
    meter->start();
    window.openFile(path);
    const bool ok = ready.wait(120000);
    // The picture must also be painted once before it counts as on screen.
    QApplication::processEvents();
    meter->stop();
    *seconds = clock.nsecsElapsed() / 1e9;
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ConvergeBench"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("graph sizes to lay out"),
                      QStringLiteral("list"), QStringLiteral("1000,2000,5000")});
    parser.addOption({QStringLiteral("run"), QStringLiteral("resources in the run"),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("exec or noop"),
                      QStringLiteral("kind"), QStringLiteral("exec")});
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
                              "longest GUI stall %5 ms (%6 ms CPU)%7\n")
                   .arg(size)
                   .arg(seconds, 0, 'f', 2)
                   .arg(layout.seconds, 0, 'f', 2)
                   .arg(layout.engine)
                   .arg(meter.worstMs(), 0, 'f', 1)
                   .arg(meter.worstCpuMs(), 0, 'f', 1)
                   .arg(layout.note.isEmpty() ? QString()
                                              : QStringLiteral(" [") + layout.note + u']');
        out.flush();
    }

    const int runSize = parser.value(QStringLiteral("run")).toInt();
    if (runSize > 0) {
        const QString kind = parser.value(QStringLiteral("kind"));
        const QString path = dir.filePath(QStringLiteral("run.yaml"));
        YamlGraphWriter::writeFile(layeredDag(runSize, kind, 7), path);
        double seconds = 0;
        if (!openAndWait(window, path, &seconds, &meter)) {
            out << "run graph: no layout\n";
            return 1;
        }
        out << QStringLiteral("open %1 %2 resources: %3 s, longest stall %4 ms\n")
                   .arg(runSize)
                   .arg(kind)
                   .arg(seconds, 0, 'f', 2)
                   .arg(meter.worstMs(), 0, 'f', 1);
        QSignalSpy finished(window.document(), &Document::runFinished);
        meter.start();
        QElapsedTimer clock;
        clock.start();
        if (!window.document()->run()) {
            out << "run refused\n";
            return 1;
        }
        finished.wait(600000);
        meter.stop();
        const RunSummary summary = finished.value(0).value(0).value<RunSummary>();
        out << QStringLiteral(
                   "run %1 resources: %2 done, %3 failed in %4 s; longest event-loop "
                   "stall %5 ms (%6 ms of it GUI-thread CPU) over %7 ticks of a 1 ms timer\n")
                   .arg(runSize)
                   .arg(summary.done)
                   .arg(summary.failed)
                   .arg(clock.nsecsElapsed() / 1e9, 0, 'f', 2)
                   .arg(meter.worstMs(), 0, 'f', 1)
                   .arg(meter.worstCpuMs(), 0, 'f', 1)
                   .arg(meter.ticks());
    }
    return 0;
}
