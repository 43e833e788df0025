#include "enginetesting.h"

#include "engine/engine.h"
#include "model/graph.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace converge;
using namespace converge::testing;

class TestEngine : public QObject
{
    Q_OBJECT
private slots:
    void startsAfterAllPrerequisites_data()
    {
        QTest::addColumn<int>("threads");
        for (int threads : {1, 2, 4, 8})
            QTest::addRow("%d threads", threads) << threads;
    }
    void startsAfterAllPrerequisites()
    {
        QFETCH(int, threads);
        Graph g;
        QRandomGenerator random(7);
        const int count = 2000;
        for (int i = 0; i < count; ++i) {
            const ResourceId id = add(g, u"noop"_qs, QString::number(i));
            for (int k = 0; k < 3 && i > 0; ++k)
                link(g, ResourceId(random.bounded(i)), id);
        }
        Engine engine;
        RunOptions options;
        options.cpuThreads = threads;
        const auto events = run(engine, g, options);
        for (ResourceId id = 0; id < count; ++id) {
            const qsizetype started = indexOf(events, id, ResourceState::Running);
            QVERIFY(started >= 0);
            QVERIFY(indexOf(events, id, ResourceState::Done) > started);
            for (ResourceId p : g.predecessors(id))
                QVERIFY(indexOf(events, p, ResourceState::Done) < started);
        }
        QCOMPARE(engine.summary().done, count);
    }
    void independentSleepsOverlap()
    {
        Graph g;
        std::vector<ResourceId> ids;
        for (int i = 0; i < 3; ++i)
            ids.push_back(exec(g, QString::number(i), u"sleep 0.2"_qs));
        const ResourceId after = exec(g, u"after"_qs, u"true"_qs);
        link(g, ids[0], after);
        Engine engine;
        const auto events = run(engine, g);
        qsizetype firstDone = qsizetype(events.size());
        for (ResourceId id : ids)
            firstDone = std::min(firstDone, indexOf(events, id, ResourceState::Done));
        for (ResourceId id : ids)
            QVERIFY(indexOf(events, id, ResourceState::Running) < firstDone);
        QVERIFY(indexOf(events, after, ResourceState::Running) >
                indexOf(events, ids[0], ResourceState::Done));
        QCOMPARE(engine.summary().changed, 4);
    }
    void failureSkipsExactlyTheDescendants()
    {
        Graph g;
        const ResourceId bad = exec(g, u"bad"_qs, u"exit 3"_qs);
        const ResourceId child = exec(g, u"child"_qs, u"true"_qs);
        const ResourceId grandchild = add(g, u"noop"_qs, u"grandchild"_qs);
        const ResourceId other = exec(g, u"other"_qs, u"sleep 0.1"_qs);
        const ResourceId join = add(g, u"noop"_qs, u"join"_qs);
        const ResourceId free = add(g, u"noop"_qs, u"free"_qs);
        link(g, bad, child);
        link(g, child, grandchild);
        link(g, bad, join);
        link(g, other, join);
        link(g, other, free);
        Engine engine;
        run(engine, g);
        QCOMPARE(engine.state(bad), ResourceState::Failed);
        QCOMPARE(engine.record(bad).exitCode, 3);
        QCOMPARE(engine.record(bad).error, u"cmd exited with 3"_qs);
        for (ResourceId id : {child, grandchild, join})
            QCOMPARE(engine.state(id), ResourceState::Skipped);
        for (ResourceId id : {other, free})
            QCOMPARE(engine.state(id), ResourceState::Done);
        const RunSummary s = engine.summary();
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.skipped, 3);
        QCOMPARE(s.done, 2);
    }
    void retriesWithDelay()
    {
        Graph g;
        const ResourceId flaky =
            exec(g, u"flaky"_qs, u"false"_qs, {{u"retry", u"2"_qs}, {u"delay", u"100"_qs}});
        Engine engine;
        const auto events = run(engine, g);
        const RunRecord r = engine.record(flaky);
        QCOMPARE(r.state, ResourceState::Failed);
        QCOMPARE(r.tries, 3);
        QVERIFY2(r.seconds() >= 0.2, qPrintable(QString::number(r.seconds())));
        const auto retries = std::count_if(events.begin(), events.end(), [](const RunEvent &e) {
            return e.type == RunEvent::Type::Message && e.text.contains(u"retrying"_qs);
        });
        QCOMPARE(retries, 2);
        const auto starts = std::count_if(events.begin(), events.end(), [&](const RunEvent &e) {
            return e.type == RunEvent::Type::State && e.resource == flaky &&
                   e.state == ResourceState::Running;
        });
        QCOMPARE(starts, 3);
    }
    void retrySucceedsOnceTheCommandDoes()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(u"m"_qs);
        Graph g;
        // Fails the first time, creates the marker, then succeeds.
        const ResourceId id =
            exec(g, u"second-time"_qs, u"test -e %1 || { touch %1; exit 1; }"_qs.arg(marker),
                 {{u"retry", u"-1"_qs}});
        Engine engine;
        run(engine, g);
        QCOMPARE(engine.state(id), ResourceState::Done);
        QCOMPARE(engine.record(id).tries, 2);
    }
    void timeoutKillsTheProcessTree()
    {
        Graph g;
        const ResourceId slow =
            exec(g, u"slow"_qs, u"sleep 30 & echo $!; wait"_qs, {{u"timeout", u"300"_qs}});
        Engine engine;
        const auto events = run(engine, g);
        QCOMPARE(engine.state(slow), ResourceState::Failed);
        QCOMPARE(engine.record(slow).error, u"cmd timed out"_qs);
        const QStringList pids = outputOf(events, slow);
        QCOMPARE(pids.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(pids.first()), 5000);
    }
    void cancelLeavesNoChildAlive()
    {
        Graph g;
        // Both ignore SIGTERM, so only the SIGKILL after the grace period ends them.
        const ResourceId stubborn =
            exec(g, u"stubborn"_qs, u"trap '' TERM; sleep 30 & echo $!; echo $$; wait; wait"_qs);
        const ResourceId polite = exec(g, u"polite"_qs, u"sleep 30 & echo $!; wait"_qs);
        const ResourceId later = add(g, u"noop"_qs, u"later"_qs);
        link(g, stubborn, later);
        Engine engine;
        RunOptions options;
        options.cancelGraceMs = 300;
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(engine.start(g, options));
        std::vector<RunEvent> events;
        qsizetype next = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            (next = engine.readEvents(next, &events),
             outputOf(events, stubborn).size() == 2 && outputOf(events, polite).size() == 1),
            5000);
        engine.cancel();
        QVERIFY(finished.wait(5000));
        engine.readEvents(next, &events);
        QCOMPARE(engine.state(stubborn), ResourceState::Cancelled);
        QCOMPARE(engine.state(polite), ResourceState::Cancelled);
        QCOMPARE(engine.state(later), ResourceState::Cancelled);
        const RunSummary s = finished.first().first().value<RunSummary>();
        QVERIFY(s.interrupted);
        QCOMPARE(s.cancelled, 3);
        for (const QString &pid : outputOf(events, stubborn) + outputOf(events, polite))
            QTRY_VERIFY_WITH_TIMEOUT(!alive(pid), 5000);
    }
    void semaphoresCapConcurrency_data()
    {
        QTest::addColumn<QString>("sema");
        QTest::addColumn<int>("jobs");
        QTest::addColumn<int>("cap");
        QTest::newRow("lock:1") << u"lock:1"_qs << 0 << 1;
        QTest::newRow("lock:2") << u"lock:2"_qs << 0 << 2;
        QTest::newRow("-j 3") << QString() << 3 << 3;
    }
    void semaphoresCapConcurrency()
    {
        QFETCH(QString, sema);
        QFETCH(int, jobs);
        QFETCH(int, cap);
        Graph g;
        for (int i = 0; i < 5; ++i) {
            if (sema.isEmpty())
                exec(g, QString::number(i), u"sleep 0.2"_qs);
            else
                exec(g, QString::number(i), u"sleep 0.2"_qs, {{u"sema", sema}});
        }
        Engine engine;
        RunOptions options;
        options.jobs = jobs;
        const auto events = run(engine, g, options);
        QCOMPARE(engine.summary().done, 5);
        // How many overlap on a busy machine is up to the machine; more than the cap never.
        const int most = maxConcurrent(events);
        QVERIFY2(most >= 1 && most <= cap, qPrintable(QString::number(most)));
    }
    void noopChangesNothingOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f"_qs);
        Graph g;
        const ResourceId file =
            add(g, u"file"_qs, u"f"_qs,
                {{u"path", path}, {u"content", u"x"_qs}, {u"state", u"exists"_qs}});
        const ResourceId cmd = exec(g, u"touch"_qs, u"touch %1.cmd"_qs.arg(path));
        Engine engine;
        RunOptions options;
        options.noop = true;
        run(engine, g, options);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".cmd"_qs));
        QCOMPARE(engine.state(file), ResourceState::Done);
        QVERIFY(engine.record(file).changed); // would change
        QVERIFY(engine.record(cmd).changed);
        QCOMPARE(engine.summary().changed, 2);
        QVERIFY(engine.summary().noop);
    }
    void metaNoopAppliesToOneResource()
    {
        QTemporaryDir dir;
        Graph g;
        add(g, u"file"_qs, u"a"_qs, {{u"path", dir.filePath(u"a"_qs)}, {u"state", u"exists"_qs}},
            {{u"noop", u"true"_qs}});
        add(g, u"file"_qs, u"b"_qs, {{u"path", dir.filePath(u"b"_qs)}, {u"state", u"exists"_qs}});
        Engine engine;
        run(engine, g);
        QVERIFY(!QFile::exists(dir.filePath(u"a"_qs)));
        QVERIFY(QFile::exists(dir.filePath(u"b"_qs)));
        QVERIFY(engine.record(0).changed);     // would change
        QCOMPARE(engine.summary().changed, 1); // only b was changed
    }
    void secondFileRunChangesNothing()
    {
        QTemporaryDir dir;
        Graph g;
        for (int i = 0; i < 3; ++i)
            add(g, u"file"_qs, QString::number(i),
                {{u"path", dir.filePath(QString::number(i))},
                 {u"content", u"x\n"_qs},
                 {u"state", u"exists"_qs}});
        Engine engine;
        run(engine, g);
        QCOMPARE(engine.summary().changed, 3);
        run(engine, g);
        QCOMPARE(engine.summary().done, 3);
        QCOMPARE(engine.summary().changed, 0);
    }
    void subsetTreatsOthersAsConverged()
    {
        Graph g;
        const ResourceId a = exec(g, u"a"_qs, u"false"_qs);
        const ResourceId b = add(g, u"noop"_qs, u"b"_qs);
        const ResourceId c = add(g, u"pkg"_qs, u"c"_qs); // outside the run: never refused
        link(g, a, b);
        Engine engine;
        RunOptions options;
        options.subset = {b};
        run(engine, g, options);
        QCOMPARE(engine.state(b), ResourceState::Done);
        QCOMPARE(engine.state(a), ResourceState::Pending);
        QVERIFY(!engine.inRun(a));
        QVERIFY(!engine.inRun(c));
        QCOMPARE(engine.summary().done, 1);
    }
    void refusesUnsupportedKindsAndRunsNothing()
    {
        QTemporaryDir dir;
        Graph g;
        add(g, u"pkg"_qs, u"cowsay"_qs);
        add(g, u"svc"_qs, u"sshd"_qs);
        exec(g, u"touch"_qs, u"touch %1"_qs.arg(dir.filePath(u"ran"_qs)));
        Engine engine;
        QSignalSpy refused(&engine, &Engine::refused);
        QSignalSpy started(&engine, &Engine::started);
        QVERIFY(engine.start(g));
        QVERIFY(engine.isRunning()); // until the verdict
        QVERIFY(refused.wait(5000));
        QCOMPARE(started.size(), 0);
        const Diagnostics diagnostics = refused.first().first().value<Diagnostics>();
        QCOMPARE(diagnostics.size(), 2);
        QCOMPARE(
            diagnostics[0].message,
            u"pkg/cowsay: unsupported resource kind pkg: only exec, file, noop and timer can run"_qs);
        QCOMPARE(diagnostics[1].resource, u"svc/sshd"_qs);
        QVERIFY(!engine.isRunning());
        QVERIFY(!QFile::exists(dir.filePath(u"ran"_qs)));
    }
    void refusesCycles()
    {
        Graph g;
        const ResourceId a = add(g, u"noop"_qs, u"a"_qs);
        const ResourceId b = add(g, u"noop"_qs, u"b"_qs);
        link(g, a, b);
        link(g, b, a);
        const Diagnostics d = Engine::validate(g);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].message, u"cycle: noop/a -> noop/b -> noop/a"_qs);
    }
    void aFileWaitsForItsDirectoryWithoutAnEdge()
    {
        // autoedges1.yaml: mgmt orders these by their paths; so must we, or the file fails.
        QTemporaryDir tmp;
        Graph g;
        const ResourceId f = add(g, u"file"_qs, u"file1"_qs,
                                 {{u"path", tmp.filePath(u"foo/bar/f1"_qs)},
                                  {u"content", u"i am f1\n"_qs},
                                  {u"state", u"exists"_qs}});
        const ResourceId bar =
            add(g, u"file"_qs, u"file3"_qs,
                {{u"path", tmp.filePath(u"foo/bar/"_qs)}, {u"state", u"exists"_qs}});
        const ResourceId foo = add(g, u"file"_qs, u"file2"_qs,
                                   {{u"path", tmp.filePath(u"foo/"_qs)}, {u"state", u"exists"_qs}});
        Engine engine;
        const auto events = run(engine, g);
        QCOMPARE(engine.summary().done, 3);
        QVERIFY(indexOf(events, foo, ResourceState::Done) <
                indexOf(events, bar, ResourceState::Running));
        QVERIFY(indexOf(events, bar, ResourceState::Done) <
                indexOf(events, f, ResourceState::Running));
        QVERIFY(QFile::exists(tmp.filePath(u"foo/bar/f1"_qs)));
    }
    void refusesACycleClosedByAutomaticEdges()
    {
        Graph g;
        const ResourceId d = add(g, u"file"_qs, u"d"_qs, {{u"path", u"/tmp/converge-d/"_qs}});
        const ResourceId f = add(g, u"file"_qs, u"f"_qs, {{u"path", u"/tmp/converge-d/f"_qs}});
        link(g, f, d);
        const Diagnostics diagnostics = Engine::validate(g);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics[0].message,
                 u"cycle through automatic edges (meta autoedge) among: file/d, file/f; set "
                 u"autoedge: false on one of them"_qs);
    }
    void commandsInheritTheRunsNiceness()
    {
        Graph g;
        const ResourceId id = exec(g, u"nice"_qs, u"nice"_qs);
        Engine engine;
        RunOptions options;
        options.niceness = 10;
        run(engine, g, options);
        QCOMPARE(engine.record(id).lastOutput, QStringList{u"10"_qs});
    }
    void outputIsBounded()
    {
        Graph g;
        const ResourceId loud = exec(g, u"loud"_qs, u"yes | head -n 200000"_qs);
        Engine engine;
        RunOptions options;
        options.maxOutputEvents = 100;
        options.keptOutputLines = 5;
        const auto events = run(engine, g, options);
        QCOMPARE(outputOf(events, loud).size(), 100);
        QCOMPARE(engine.record(loud).lastOutput, QStringList(5, u"y"_qs));
        QVERIFY(std::any_of(events.begin(), events.end(), [](const RunEvent &e) {
            return e.text == u"output truncated after 100 lines"_qs;
        }));
    }
    void eventNotificationsAreCoalesced()
    {
        Graph g;
        for (int i = 0; i < 5000; ++i)
            add(g, u"noop"_qs, QString::number(i));
        Engine engine;
        QSignalSpy available(&engine, &Engine::eventsAvailable);
        QSignalSpy finished(&engine, &Engine::finished);
        QSignalSpy started(&engine, &Engine::started);
        QVERIFY(engine.start(g));
        QVERIFY(started.wait(5000));
        // Noops may already have reported while started() was on its way (many do under
        // ThreadSanitizer, and on a fast machine all of them); only what follows counts.
        const qsizetype before = available.size();
        // Keep the event loop from running until every event is in: however many arrive, one
        // notification waits for the consumer, plus the last one finished() brings.
        QDeadlineTimer deadline(10000);
        while (engine.eventCount() < 10000 && !deadline.hasExpired())
            QThread::yieldCurrentThread();
        QCOMPARE(engine.eventCount(), 10000);
        QVERIFY(!finished.isEmpty() || finished.wait(5000));
        QVERIFY(available.size() >= 1);
        QVERIFY2(available.size() - before <= 2, qPrintable(QString::number(available.size())));
    }
    void cancelWhileTheRunIsPreparedStopsIt()
    {
        Graph g;
        const ResourceId slow = exec(g, u"slow"_qs, u"sleep 30"_qs);
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(engine.start(g));
        QVERIFY(!engine.start(g)); // one run at a time, also while it is prepared
        engine.cancel();
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().first().value<RunSummary>().interrupted);
        QCOMPARE(engine.state(slow), ResourceState::Cancelled);
    }
    void emptyGraphFinishes()
    {
        Engine engine;
        QSignalSpy finished(&engine, &Engine::finished);
        QVERIFY(engine.start(Graph()));
        QVERIFY(finished.wait(1000));
        QVERIFY(!engine.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
