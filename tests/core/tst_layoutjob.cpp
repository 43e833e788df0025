#include "formats/yamlgraphreader.h"
#include "layout/graphvizlayout.h"
#include "layout/layoutjob.h"
#include "layout/layoutprocess.h"
#include "model/graph.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <unistd.h>

using namespace converge;

namespace {

// Hooks the layout child runs before Graphviz: each one plays a way a layout can go wrong.

void hang()
{
    for (;;)
        ::pause();
}

void crash()
{
    // The default action, not a sanitizer's handler: the parent must see the signal itself.
    std::signal(SIGSEGV, SIG_DFL);
    std::raise(SIGSEGV);
}

std::atomic<quint64> g_spins{0};

void spin()
{
    for (;;)
        g_spins.fetch_add(1, std::memory_order_relaxed);
}

char *volatile g_lastBlock = nullptr;

void allocateForever()
{
    for (;;) {
        g_lastBlock = new char[64 << 20];
        std::memset(g_lastBlock, 1, 64 << 20);
    }
}

bool processIsGone(pid_t pid)
{
    // A zombie still answers kill(): gone means killed and reaped.
    return ::kill(pid, 0) == -1 && errno == ESRCH;
}

} // namespace

/// LayoutJob's child process: cancel and supersede kill it at once, a crash or a runaway layout
/// in Graphviz ends only the child and comes back as failed() with its reason.
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

    /// Starts a layout whose child runs hook, and returns the child's pid once it exists.
    static pid_t startWithHook(LayoutJob &job, void (*hook)())
    {
        LayoutProcess::setChildHookForTesting(hook);
        job.start(chain(3), {});
        pid_t pid = 0;
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT((pid = job.layoutProcessId()) != 0, 10000);
        }();
        LayoutProcess::setChildHookForTesting(nullptr);
        return pid;
    }

    static QString failureWith(void (*hook)(), const LayoutProcess::Limits &limits = {})
    {
        LayoutJob job;
        job.setLimits(limits);
        QSignalSpy failed(&job, &LayoutJob::failed);
        LayoutProcess::setChildHookForTesting(hook);
        auto restore = qScopeGuard([] { LayoutProcess::setChildHookForTesting(nullptr); });
        job.start(chain(3), {});
        if (!failed.wait(30000))
            return QStringLiteral("no failure");
        return failed.first().first().toString();
    }

private slots:
    void cleanup() { LayoutProcess::setChildHookForTesting(nullptr); }

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

    void cancelKillsTheChild()
    {
        LayoutJob job;
        QSignalSpy finished(&job, &LayoutJob::finished);
        QSignalSpy failed(&job, &LayoutJob::failed);
        const pid_t pid = startWithHook(job, hang);
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
        const pid_t first = startWithHook(job, hang);
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
        const pid_t pid = startWithHook(*job, hang);
        QVERIFY(pid > 0);
        job.reset();
        QTRY_VERIFY_WITH_TIMEOUT(processIsGone(pid), 10000);
    }

    void crashInGraphvizFailsAndTheApplicationSurvives()
    {
        QCOMPARE(failureWith(crash),
                 QStringLiteral("Graphviz crashed laying out the graph (signal 11: Segmentation "
                                "fault); the graph is unchanged: try another engine"));
        // Still here, and the next layout works.
        LayoutJob job;
        QSignalSpy finished(&job, &LayoutJob::finished);
        job.start(chain(2), {});
        QVERIFY(finished.wait(30000));
    }

    void theChildNeverTranslates()
    {
        // The translator's lock may be held by another thread at fork(), forever in the child:
        // every message must be made before. This translator ends a child that asks it anything.
        class ChildTrap : public QTranslator
        {
        public:
            bool isEmpty() const override { return false; }
            QString translate(const char *, const char *source, const char *, int) const override
            {
                if (::getpid() != m_parent)
                    ::_exit(42);
                return QString::fromUtf8(source);
            }
            pid_t m_parent = ::getpid();
        } trap;
        QCoreApplication::installTranslator(&trap);
        auto remove = qScopeGuard([&] { QCoreApplication::removeTranslator(&trap); });
        LayoutJob job;
        QSignalSpy finished(&job, &LayoutJob::finished);
        QSignalSpy failed(&job, &LayoutJob::failed);
        // Too big for every Graphviz engine: the layout carries a note, made in the parent.
        job.start(chain(10001), {});
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() == 1, 30000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(finished.first().first().value<GraphLayout>().note,
                 u"10001 resources: placed in ranks by Converge, as every Graphviz engine "
                 u"would take minutes"_qs);
    }

    void memoryCapFailsWithItsBudget()
    {
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        QSKIP("The sanitizer reserves address space of its own and dies on a failed "
              "allocation instead of throwing");
#endif
        LayoutProcess::Limits limits;
        limits.memoryBytes = qint64(256) << 20;
        QCOMPARE(failureWith(allocateForever, limits),
                 QStringLiteral("Graphviz ran out of its memory budget (256 MB) laying out the "
                                "graph; try the automatic engine or a faster one"));
    }

    void cpuCapFailsWithItsBudget()
    {
        LayoutProcess::Limits limits;
        limits.cpuSeconds = 1;
        QCOMPARE(failureWith(spin, limits),
                 QStringLiteral("Graphviz used up its time budget (1 s of CPU) laying out the "
                                "graph; try the automatic engine or a faster one"));
    }
};

QTEST_MAIN(TestLayoutJob)
#include "tst_layoutjob.moc"
