// Watch mode (issue 14): how fast drift of a managed file is seen and repaired, what watching
// costs while nothing happens, and the memory per watched resource. The goals of the issue are
// the peer: each figure is printed with its ratio to its goal (below 1 is better).
//
//   bench_watch [drifts=200] [idle-seconds=3]
//
// Drift latency: a file resource whose content is "right" is rewritten by hand; the time from
// that write to its check starting (the watch, the coordinator and the rate limiter) and to its
// check/apply having finished (the file is right again), median and 90th percentile. Idle: the
// process's CPU time over idle-seconds while 1,000 and 10,000 file resources are watched, in
// 100 folders (files of one folder share its kernel watch) and in a folder each. Memory:
// resident set growth per watched resource.

#include "engine/resourcewatchfactory.h"
#include "engine/watchcoordinator.h"
#include "model/graph.h"
#include "resources/cancellation.h"
#include "resources/checkapply.h"
#include "resources/inotifyhub.h"
#include "resources/posixprocessrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <future>
#include <mutex>
#include <sys/resource.h>
#include <thread>

using namespace converge;

namespace {

/// What a file's check/apply needs from its context: nothing but a place for messages.
class QuietContext : public CheckApplyContext
{
public:
    void output(RunEvent::Stream, const QString &) override {}
    void message(const QString &) override {}
    ProcessRunner &processes() override { return m_processes; }
    const Cancellation &cancellation() const override { return m_cancellation; }
    qint64 remainingMs() const override { return 0; }
    int killGraceMs() const override { return 0; }
    bool refresh() const override { return false; }

private:
    PosixProcessRunner m_processes;
    Cancellation m_cancellation;
};

/// The engine's part in watch mode, reduced to one worker thread running CheckApply.
class ThreadRunner : public WatchRunner
{
public:
    explicit ThreadRunner(const Graph &graph)
    {
        for (const ResourceId id : graph.resourceIds()) {
            m_checks.resize(std::max<size_t>(m_checks.size(), id + 1));
            m_checks[id] = CheckApply::create(graph.resource(id), {}, nullptr);
        }
        m_thread = std::thread([this] { work(); });
    }
    ~ThreadRunner() override
    {
        {
            const std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    void check(ResourceId id, const QStringList &, const QString &, Done done) override
    {
        {
            const std::lock_guard lock(m_mutex);
            m_queue.emplace_back(id, std::move(done));
        }
        m_wake.notify_one();
    }

private:
    void work()
    {
        QuietContext context;
        for (;;) {
            std::pair<ResourceId, Done> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_stopping)
                    return;
                job = std::move(m_queue.front());
                m_queue.pop_front();
            }
            const CheckApplyResult r = m_checks[job.first]->checkApply(true, context);
            job.second({r.outcome == CheckApplyResult::Outcome::Changed,
                        r.outcome == CheckApplyResult::Outcome::Failed});
        }
    }
    std::vector<std::shared_ptr<CheckApply>> m_checks;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<ResourceId, Done>> m_queue;
    bool m_stopping = false;
    std::thread m_thread;
};

void onReactor(Reactor &reactor, const std::function<void()> &fn)
{
    std::promise<void> done;
    reactor.post([&] {
        fn();
        done.set_value();
    });
    done.get_future().wait();
}

/// count file resources spread over `folders` folders.
Graph files(const QString &root, int count, int folders = 100)
{
    Graph graph;
    for (int i = 0; i < count; ++i) {
        const QString folder = root + u"/d"_qs + QString::number(i % folders);
        QDir().mkpath(folder);
        Resource r;
        r.kind = u"file"_qs;
        r.name = folder + u"/f"_qs + QString::number(i);
        r.params.insert(u"content"_qs, Value::scalar(u"right\n"_qs));
        r.params.insert(u"state"_qs, Value::scalar(u"exists"_qs));
        graph.addResource(std::move(r));
    }
    return graph;
}

double cpuSeconds()
{
    rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_qs);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong();
    }
    return 0;
}

/// Everything watch mode runs for a graph, started and resumed; stopped on destruction.
struct Watching
{
    Watching(const Graph &graph, WatchCoordinator::Reporter reporter)
        : hub(reactor), factory(reactor, hub), runner(graph)
    {
        onReactor(reactor, [&] {
            coordinator = std::make_unique<WatchCoordinator>(
                reactor, graph, runner,
                [&](ResourceId id, WatchSink sink) {
                    return factory.create(graph.resource(id), std::move(sink));
                },
                std::move(reporter), -1);
            coordinator->startWatches();
            coordinator->resume();
        });
    }
    ~Watching()
    {
        onReactor(reactor, [&] { coordinator.reset(); });
    }
    Reactor reactor;
    InotifyHub hub;
    ResourceWatchFactory factory;
    ThreadRunner runner;
    std::unique_ptr<WatchCoordinator> coordinator;
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[size_t(p * double(values.size() - 1))];
}

void driftLatency(int drifts)
{
    QTemporaryDir dir;
    const Graph graph = files(dir.path(), 1);
    const QString path = graph.resource(0).name;
    std::mutex mutex;
    std::condition_variable changed;
    int running = 0;
    double firstStart = -1;
    double firstFinish = -1;
    QElapsedTimer clock;
    clock.start();
    Watching watching(graph, [&](const WatchReport &r) {
        const std::lock_guard lock(mutex);
        const double now = double(clock.nsecsElapsed()) / 1e6;
        if (r.kind == WatchReport::Kind::CheckStarted) {
            ++running;
            if (firstStart < 0)
                firstStart = now;
        } else if (r.kind == WatchReport::Kind::CheckFinished) {
            --running;
            if (firstFinish < 0)
                firstFinish = now;
        }
        changed.notify_all();
    });
    std::vector<double> toStart;
    std::vector<double> toRight;
    for (int i = 0; i < drifts; ++i) {
        // The repair's own write is an event too (mgmt sees its writes as well): let that
        // check come and go before the next drift.
        QThread::msleep(20);
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return running == 0; });
        firstStart = firstFinish = -1;
        lock.unlock();
        const double wrote = double(clock.nsecsElapsed()) / 1e6;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write("drifted\n") != 8)
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        f.close();
        lock.lock();
        changed.wait(lock, [&] { return firstFinish >= 0; });
        toStart.push_back(firstStart - wrote);
        toRight.push_back(firstFinish - wrote);
    }
    const double medianStart = percentile(toStart, 0.5);
    const double medianRight = percentile(toRight, 0.5);
    std::printf("drift -> check starts:   median %.2f ms, p90 %.2f ms (goal 50 ms: ratio %.3f)\n",
                medianStart, percentile(toStart, 0.9), medianStart / 50.0);
    std::printf("drift -> file right:     median %.2f ms, p90 %.2f ms (goal 50 ms: ratio %.3f)\n",
                medianRight, percentile(toRight, 0.9), medianRight / 50.0);
}

void idleCost(int count, int folders, int seconds)
{
    QTemporaryDir dir;
    const Graph graph = files(dir.path(), count, folders);
    const qint64 rssBefore = residentKiB();
    Watching watching(graph, {});
    // The first pass: every file is created and its events settle.
    QThread::msleep(500);
    const qint64 rssAfter = residentKiB();
    const double cpuBefore = cpuSeconds();
    QThread::sleep(seconds);
    const double share = (cpuSeconds() - cpuBefore) / seconds * 100.0;
    std::printf("idle, %5d files, %zu kernel watches: %.3f %% of one core (goal 1 %%: ratio "
                "%.3f); %.2f KiB per watched resource\n",
                count, watching.hub.watchCount(), share, share / 1.0,
                double(rssAfter - rssBefore) / count);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int drifts = argc > 1 ? std::atoi(argv[1]) : 200;
    const int idleSeconds = argc > 2 ? std::atoi(argv[2]) : 3;
    driftLatency(drifts);
    idleCost(1000, 100, idleSeconds);
    idleCost(10000, 100, idleSeconds);
    idleCost(10000, 10000, idleSeconds); // one kernel watch per resource
    return 0;
}
