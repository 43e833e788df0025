#include "enginetesting.h"

#include "engine/engine.h"
#include "model/graph.h"
#include "resources/descendantreaper.h"
#include "resources/processlimits.h"

#include <QDir>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <sys/resource.h>

using namespace converge;
using namespace converge::testing;

namespace {

QStringList tasksOfThisProcess()
{
    return QDir(u"/proc/self/task"_qs).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

/// The children of every thread of this process: the commands and what they left behind.
qsizetype childrenOfThisProcess()
{
    qsizetype children = 0;
    for (const QString &task : tasksOfThisProcess()) {
        QFile file(u"/proc/self/task/%1/children"_qs.arg(task));
        if (file.open(QIODevice::ReadOnly))
            children += file.readAll().split(' ').count() - 1; // "1 2 3 ": one more field
    }
    return children;
}

} // namespace

class TestWaitingResources : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // As converge's main() does: orphans come back to this process.
        QVERIFY(DescendantReaper::becomeSubreaper());
    }
    void manyCommandsWaitOnAFewThreadsAndCancelEndsThemAll()
    {
        constexpr int Commands = 200;
        Graph g;
        std::vector<ResourceId> ids;
        for (int i = 0; i < Commands; ++i)
            ids.push_back(exec(g, QString::number(i), u"exec sleep 30"_qs));
        const qsizetype threadsBefore = tasksOfThisProcess().size();
        Engine engine;
        RunOptions options;
        options.cancelGraceMs = 200;
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(engine.start(g, options));
        QTRY_COMPARE_WITH_TIMEOUT(childrenOfThisProcess(), qsizetype(Commands), 20000);
        // Before the reactor, each running command held a thread of its own.
        const qsizetype threadsDuring = tasksOfThisProcess().size();
        QVERIFY2(
            threadsDuring <= threadsBefore + 6,
            qPrintable(u"%1 threads before the run, %2 while %3 commands ran"_qs.arg(threadsBefore)
                           .arg(threadsDuring)
                           .arg(Commands)));
        engine.cancel();
        QVERIFY(finished.wait(10000));
        for (ResourceId id : ids)
            QCOMPARE(engine.state(id), ResourceState::Cancelled);
        QCOMPARE(childrenOfThisProcess(), 0);
    }
    void aRetryDelayEndsAtACancel()
    {
        Graph g;
        const ResourceId flaky =
            exec(g, u"flaky"_qs, u"false"_qs, {{u"retry", u"3"_qs}, {u"delay", u"60000"_qs}});
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(engine.start(g));
        std::vector<RunEvent> events;
        qsizetype next = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (next = engine.readEvents(next, &events),
             std::any_of(events.begin(), events.end(),
                         [](const RunEvent &e) { return e.text.contains(u"retrying in"_qs); })),
            5000);
        engine.cancel();
        // Well before the 60 s delay would end.
        QVERIFY(finished.wait(5000));
        QCOMPARE(engine.state(flaky), ResourceState::Cancelled);
        QCOMPARE(engine.record(flaky).tries, 1);
    }
    void aComputingResourceRetriesAfterItsDelay()
    {
        Graph g;
        // A file in a directory that does not exist fails each try; its retries run on a CPU
        // worker after a delay on the reactor.
        const ResourceId file =
            add(g, u"file"_qs, u"f"_qs,
                {{u"path", u"/nonexistent-converge-dir/f"_qs}, {u"content", u"x"_qs}},
                {{u"retry", u"2"_qs}, {u"delay", u"100"_qs}});
        const ResourceId after = add(g, u"noop"_qs, u"after"_qs);
        link(g, file, after);
        Engine engine;
        run(engine, g);
        QCOMPARE(engine.state(file), ResourceState::Failed);
        QCOMPARE(engine.record(file).tries, 3);
        QVERIFY(engine.record(file).seconds() >= 0.15);
        QCOMPARE(engine.state(after), ResourceState::Skipped);
    }
    void commandsWaitForDescriptorsInsteadOfFailing()
    {
        rlimit saved = {};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        const auto restore = qScopeGuard([&] { setrlimit(RLIMIT_NOFILE, &saved); });
        // Room for three commands at once.
        rlimit low = saved;
        low.rlim_cur = ProcessLimits::ReservedDescriptors + QThread::idealThreadCount() +
                       3 * ProcessLimits::DescriptorsPerCommand;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
        QCOMPARE(ProcessLimits::maxConcurrentCommands(), 3);
        Graph g;
        for (int i = 0; i < 12; ++i)
            exec(g, QString::number(i), u"sleep 0.05"_qs);
        Engine engine;
        const auto events = run(engine, g);
        QCOMPARE(engine.summary().done, 12);
        QCOMPARE(maxConcurrent(events), 3);
    }
};

QTEST_GUILESS_MAIN(TestWaitingResources)
#include "tst_waitingresources.moc"
