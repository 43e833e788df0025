#include "resources/reactor.h"

#include <QFile>
#include <QTest>

#include <array>
#include <atomic>
#include <fcntl.h>
#include <mutex>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace converge;

namespace {

/// Both ends of a pipe, closed at the end of the test.
struct Pipe
{
    std::array<int, 2> fds{-1, -1};
    Pipe() { QVERIFY(pipe2(fds.data(), O_CLOEXEC | O_NONBLOCK) == 0); }
    ~Pipe()
    {
        for (int fd : fds)
            if (fd >= 0)
                close(fd);
    }
    int readEnd() const { return fds[0]; }
    void put(char c) const { QCOMPARE(write(fds[1], &c, 1), 1); }
};

/// True when thread tid of this process is asleep (state S), which is where remove() waits.
bool isAsleep(pid_t tid)
{
    QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(tid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype end = text.lastIndexOf(')');
    return end > 0 && text.mid(end + 2, 1) == "S";
}

/// Runs once through the reactor's loop: posts a task and waits for it.
void passThrough(Reactor &reactor)
{
    std::atomic<bool> done{false};
    reactor.post([&] { done = true; });
    QTRY_VERIFY(done.load());
}

} // namespace

/// The reactor every waiting part of a run shares: descriptors, timers and posted tasks run on
/// its one thread, and remove() is a hard stop.
class TestReactor : public QObject
{
    Q_OBJECT
private slots:
    void readableDescriptorRunsItsHandlerOnTheReactorThread()
    {
        Reactor reactor;
        QVERIFY2(reactor.isValid(), qPrintable(reactor.error()));
        Pipe pipe;
        std::atomic<int> bytes{0};
        std::atomic<bool> onReactorThread{false};
        const auto handle = reactor.addFd(pipe.readEnd(), EPOLLIN, [&](std::uint32_t events) {
            char c;
            while ((events & EPOLLIN) && read(pipe.readEnd(), &c, 1) == 1)
                ++bytes;
            onReactorThread = reactor.isReactorThread();
        });
        QVERIFY(handle != 0);
        QVERIFY(!reactor.isReactorThread());
        pipe.put('a');
        pipe.put('b');
        QTRY_COMPARE(bytes.load(), 2);
        QVERIFY(onReactorThread.load());
        pipe.put('c');
        QTRY_COMPARE(bytes.load(), 3);
        reactor.remove(handle);
    }

    void oneThreadServesManyDescriptors()
    {
        Reactor reactor;
        std::vector<std::unique_ptr<Pipe>> pipes;
        std::atomic<int> handled{0};
        std::mutex threadsMutex;
        std::vector<std::thread::id> threads;
        for (int i = 0; i < 300; ++i) {
            pipes.push_back(std::make_unique<Pipe>());
            const int fd = pipes.back()->readEnd();
            QVERIFY(reactor.addFd(fd, EPOLLIN, [&, fd](std::uint32_t) {
                char c;
                while (read(fd, &c, 1) == 1)
                    ++handled;
                std::lock_guard lock(threadsMutex);
                threads.push_back(std::this_thread::get_id());
            }));
        }
        for (auto &pipe : pipes)
            pipe->put('x');
        QTRY_COMPARE(handled.load(), 300);
        std::lock_guard lock(threadsMutex);
        QVERIFY(std::all_of(threads.begin(), threads.end(),
                            [&](std::thread::id id) { return id == threads.front(); }));
    }

    void timersRunInDeadlineOrder()
    {
        Reactor reactor;
        std::mutex mutex;
        std::vector<int> order;
        for (int ms : {60, 0, 30, 15}) {
            reactor.addTimer(ms, [&, ms] {
                std::lock_guard lock(mutex);
                order.push_back(ms);
            });
        }
        QTRY_VERIFY([&] {
            std::lock_guard lock(mutex);
            return order.size() == 4;
        }());
        QCOMPARE(order, (std::vector<int>{0, 15, 30, 60}));
    }

    void removedTimerNeverRuns()
    {
        Reactor reactor;
        std::atomic<bool> removedRan{false};
        std::atomic<bool> laterRan{false};
        const auto handle = reactor.addTimer(20, [&] { removedRan = true; });
        reactor.remove(handle);
        reactor.addTimer(60, [&] { laterRan = true; });
        QTRY_VERIFY(laterRan.load());
        QVERIFY(!removedRan.load());
    }

    void postedTasksRunInPostOrder()
    {
        Reactor reactor;
        std::vector<int> order;
        for (int i = 0; i < 1000; ++i)
            reactor.post([&order, i] { order.push_back(i); });
        passThrough(reactor);
        QCOMPARE(order.size(), 1000u);
        QVERIFY(std::is_sorted(order.begin(), order.end()));
    }

    void handlerNeverRunsAfterRemoveReturned()
    {
        Reactor reactor;
        Pipe pipe;
        pipe.put('x'); // never read: level-triggered, the handler would run forever
        std::atomic<int> calls{0};
        const auto handle = reactor.addFd(pipe.readEnd(), EPOLLIN, [&](std::uint32_t) { ++calls; });
        QTRY_VERIFY(calls.load() > 0);
        reactor.remove(handle);
        const int afterRemove = calls.load();
        passThrough(reactor);
        passThrough(reactor);
        QCOMPARE(calls.load(), afterRemove);
    }

    void removeWaitsForTheRunningHandler()
    {
        Reactor reactor;
        std::atomic<bool> entered{false};
        std::atomic<bool> release{false};
        std::atomic<bool> finished{false};
        const auto handle = reactor.addTimer(0, [&] {
            entered = true;
            while (!release)
                std::this_thread::yield();
            finished = true;
        });
        QTRY_VERIFY(entered.load());

        std::atomic<pid_t> removerTid{0};
        std::atomic<bool> returned{false};
        std::atomic<bool> finishedBeforeReturn{false};
        std::thread remover([&] {
            removerTid = pid_t(syscall(SYS_gettid));
            reactor.remove(handle);
            finishedBeforeReturn = finished.load();
            returned = true;
        });
        QTRY_VERIFY(removerTid.load() != 0 && isAsleep(removerTid.load()));
        QVERIFY(!returned.load());
        release = true;
        remover.join();
        QVERIFY(finishedBeforeReturn.load());
    }

    void handlerMayRemoveItself()
    {
        Reactor reactor;
        Pipe pipe;
        pipe.put('x');
        std::atomic<int> calls{0};
        Reactor::Handle handle = 0;
        std::atomic<bool> registered{false};
        handle = reactor.addFd(pipe.readEnd(), EPOLLIN, [&](std::uint32_t) {
            while (!registered)
                std::this_thread::yield();
            ++calls;
            reactor.remove(handle);
        });
        registered = true;
        QTRY_COMPARE(calls.load(), 1);
        passThrough(reactor);
        QCOMPARE(calls.load(), 1);
    }

    void refusedDescriptorIsExplained()
    {
        Reactor reactor;
        QString error;
        QCOMPARE(reactor.addFd(
                     -1, EPOLLIN, [](std::uint32_t) {}, &error),
                 0u);
        QVERIFY2(error.contains(QLatin1String("descriptor -1")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Bad file descriptor")), qPrintable(error));
    }

    void destructionDropsPendingTimers()
    {
        std::atomic<bool> ran{false};
        {
            Reactor reactor;
            reactor.addTimer(3'600'000, [&] { ran = true; });
        }
        QVERIFY(!ran.load());
    }
};

QTEST_GUILESS_MAIN(TestReactor)
#include "tst_reactor.moc"
