#include "formats/yamlgraphreader.h"
#include "layout/graphvizlayout.h"
#include "layout/layoutjob.h"
#include "layout/layoutprocess.h"
#include "model/graph.h"
#include "model/nodebox.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace converge;

namespace {

bool processIsGone(pid_t pid)
{
    // A zombie still answers kill(): gone means killed and reaped.
    return ::kill(pid, 0) == -1 && errno == ESRCH;
}

} // namespace

/// LayoutJob's helper process: cancel and supersede kill it at once, a crash or a runaway layout
/// in Graphviz ends only the helper and comes back as failed() with its reason. The helper's
/// test hooks (LayoutProcess::setTestHook()) play the ways a layout goes wrong.
class TestLayoutJob : public QObject
{
    Q_OBJECT

private:
    /// n0 -> n1 -> ... : one component, so the layout runs Graphviz.
    static Graph chain(int resources)
    {
        QByteArray yaml = "graph: chain\nresources:\n  noop:\n";
        QByteArray edges = "edges:\n";
        for (int i = 0; i < resources; ++i) {
            yaml += "  - name: n" + QByteArray::number(i) + "\n";
            if (i > 0)
                edges += "  - from: {kind: noop, name: n" + QByteArray::number(i - 1) +
                         "}\n    to: {kind: noop, name: n" + QByteArray::number(i) + "}\n";
        }
        auto result = YamlGraphReader::readData(yaml + edges);
        if (!result.ok())
            qFatal("the chain does not load");
        return std::move(result.graph);
    }

    /// Starts a layout whose helper runs hook, and returns the helper's pid once it exists.
    static pid_t startWithHook(LayoutJob &job, const QByteArray &hook)
    {
        LayoutProcess::setTestHook(hook);
        job.start(chain(3), {});
        pid_t pid = 0;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((pid = job.layoutProcessId()) != 0, 10000);
        }();
        LayoutProcess::setTestHook({});
        return pid;
    }

    /// The failure of a layout whose helper runs hook; the helper is gone (reaped) by then.
    static QString failureWith(const QByteArray &hook, const LayoutProcess::Limits &limits = {})
    {
        LayoutJob job;
        job.setLimits(limits);
        QSignalSpy failed(&job, &LayoutJob::failed);
        LayoutProcess::setTestHook(hook);
        auto restore = qScopeGuard([] { LayoutProcess::setTestHook({}); });
        job.start(chain(3), {});
        if (!failed.wait(30000))
            return QStringLiteral("no failure");
        // This process starts no other child: none left means the helper was reaped.
        if (::waitpid(-1, nullptr, WNOHANG) != -1 || errno != ECHILD)
            return QStringLiteral("a child is left");
        return failed.first().first().toString();
    }

private slots:
    void cleanup() { LayoutProcess::setTestHook({}); }

    void childLayoutEqualsTheInProcessOne()
    {
        const Graph graph = chain(12);
        const auto expected = GraphvizLayout::layout(graph, {});
        QVERIFY(expected);
        LayoutJob job;
        QSignalSpy finished(&job, &LayoutJob::finished);
        job.start(graph, {});
        QVERIFY(finished.wait(30000));
        const auto layout = finished.first().first().value<GraphLayout>();
        QCOMPARE(layout.bounds, expected->bounds);
        QCOMPARE(layout.engine, expected->engine);
        QCOMPARE(layout.note, expected->note);
        QCOMPARE(layout.nodes.size(), expected->nodes.size());
        for (size_t i = 0; i < layout.nodes.size(); ++i) {
            QCOMPARE(layout.nodes[i].id, expected->nodes[i].id);
            QCOMPARE(layout.nodes[i].centre, expected->nodes[i].centre);
            QCOMPARE(layout.nodes[i].size, expected->nodes[i].size);
        }
        QCOMPARE(layout.edges.size(), expected->edges.size());
        for (size_t i = 0; i < layout.edges.size(); ++i) {
            QCOMPARE(layout.edges[i].id, expected->edges[i].id);
            QCOMPARE(layout.edges[i].spline, expected->edges[i].spline);
            QCOMPARE(layout.edges[i].hasArrowHead, expected->edges[i].hasArrowHead);
            QCOMPARE(layout.edges[i].arrowTip, expected->edges[i].arrowTip);
        }
        QCOMPARE(job.layoutProcessId(), pid_t(0));
    }

    void theWorkerMeasuresTheNamesInTheFontGiven()
    {
        // The window hands over its label font rather than 100,000 sizes it measured itself.
        const Graph graph = chain(4);
        GraphvizLayout::Options options;
        options.measureFont = QFont(u"DejaVu Sans"_qs, 24);
        LayoutJob job;
        QSignalSpy finished(&job, &LayoutJob::finished);
        job.start(graph, options);
        QVERIFY(finished.wait(30000));
        const auto layout = finished.first().first().value<GraphLayout>();
        QCOMPARE(layout.nodes.size(), size_t(4));
        for (const GraphLayout::Node &node : layout.nodes) {
            const Resource &resource = graph.resource(node.id);
            const QSizeF measured = NodeBox::size(resource.name, *options.measureFont);
            // Far from the estimate for a 10 pt font, and what Graphviz gives back within its
            // rounding to hundredths of an inch.
            QVERIFY(measured.height() >
                    GraphvizLayout::estimateNodeSize(resource.kind, resource.name).height() + 10);
            QVERIFY(std::abs(node.size.width() - measured.width()) < 1);
            QVERIFY(std::abs(node.size.height() - measured.height()) < 1);
        }
    }

    void cancelKillsTheChild()
    {
        LayoutJob job;
        QSignalSpy finished(&job, &LayoutJob::finished);
        QSignalSpy failed(&job, &LayoutJob::failed);
        const pid_t pid = startWithHook(job, "hang");
        QVERIFY(pid > 0);
        job.cancel();
        QCOMPARE(job.layoutProcessId(), pid_t(0));
        QTRY_VERIFY_WITH_TIMEOUT(processIsGone(pid), 10000);
        QCoreApplication::processEvents();
        QCOMPARE(finished.count() + failed.count(), 0);
    }

    void supersededLayoutDoesNotDelayTheNext()
    {
        LayoutJob job;
        const pid_t first = startWithHook(job, "hang");
        QVERIFY(first > 0);
        QSignalSpy finished(&job, &LayoutJob::finished);
        job.start(chain(4), {});
        // The first child never ends by itself: only a kill lets the next result be the only one.
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<GraphLayout>().nodes.size(), size_t(4));
        QTRY_VERIFY_WITH_TIMEOUT(processIsGone(first), 10000);
    }

    void destroyingTheJobKillsTheChild()
    {
        auto job = std::make_unique<LayoutJob>();
        const pid_t pid = startWithHook(*job, "hang");
        QVERIFY(pid > 0);
        job.reset();
        QTRY_VERIFY_WITH_TIMEOUT(processIsGone(pid), 10000);
    }

    void crashInGraphvizFailsAndTheApplicationSurvives()
    {
        QCOMPARE(failureWith("crash"),
                 QStringLiteral("the dot layout crashed (signal 11: Segmentation fault); the "
                                "graph is unchanged: try another engine"));
        // Still here, and the next layout works.
        LayoutJob job;
        QSignalSpy finished(&job, &LayoutJob::finished);
        job.start(chain(2), {});
        QVERIFY(finished.wait(30000));
    }

    void notesMadeInTheApplicationArriveWithTheLayout()
    {
        LayoutJob job;
        QSignalSpy finished(&job, &LayoutJob::finished);
        // Just too big for dot: the layout carries a note, made before the helper.
        job.start(chain(2001), {});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<GraphLayout>().note,
                 u"2001 resources: laid out with layered instead of dot to stay fast"_qs);
    }

    void memoryCapFailsWithItsBudget()
    {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        QSKIP("The sanitizer reserves address space of its own and dies on a failed "
              "allocation instead of throwing");
#endif
        LayoutProcess::Limits limits;
        limits.memoryBytes = qint64(256) << 20;
        QCOMPARE(failureWith("allocate", limits),
                 QStringLiteral("the dot layout ran out of its memory budget (256 MB); try the "
                                "automatic engine or a faster one"));
    }

    void timeCapsEndTheHelper_data()
    {
        QTest::addColumn<QByteArray>("hook");
        QTest::addColumn<int>("cpuSeconds");
        QTest::addColumn<int>("wallSeconds");
        QTest::addColumn<QString>("message");
        QTest::newRow("CPU") << QByteArray("spin") << 1 << 300
                             << u"the dot layout used up its time budget (1 s of CPU); try the "
                                u"automatic engine or a faster one"_qs;
        // Asleep, as a child stuck on a lock was: no CPU cap would ever end it.
        QTest::newRow("wall clock")
            << QByteArray("hang") << 300 << 1
            << u"the dot layout took longer than its time budget (1 s) and was stopped; try "
               u"the automatic engine or a faster one"_qs;
    }

    void timeCapsEndTheHelper()
    {
        QFETCH(QByteArray, hook);
        LayoutProcess::Limits limits;
        QFETCH(int, cpuSeconds);
        QFETCH(int, wallSeconds);
        limits.cpuSeconds = cpuSeconds;
        limits.wallSeconds = wallSeconds;
        QTEST(failureWith(hook, limits), "message");
    }

    void aMissingHelperIsAnErrorNamingThePath()
    {
        const QByteArray saved = qgetenv(LayoutProcess::HelperVariable);
        qputenv(LayoutProcess::HelperVariable, "/nonexistent/converge-layout");
        auto restore = qScopeGuard([&] { qputenv(LayoutProcess::HelperVariable, saved); });
        LayoutJob job;
        QSignalSpy failed(&job, &LayoutJob::failed);
        job.start(chain(3), {});
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().toString(),
                 u"cannot start the layout helper /nonexistent/converge-layout: No such file or "
                 u"directory"_qs);
    }
};

QTEST_MAIN(TestLayoutJob)
#include "tst_layoutjob.moc"
