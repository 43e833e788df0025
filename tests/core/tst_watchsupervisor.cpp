#include "resources/watchsupervisor.h"

#include "watchtesting.h"

#include <QTest>

#include <atomic>

using namespace converge;
using namespace converge::testing;

namespace {

/// A watch that fails the moment it starts, counting its starts.
class FailingWatch : public ResourceWatch
{
public:
    FailingWatch(Reactor &reactor, WatchSink sink, std::atomic<int> *starts)
        : m_reactor(reactor), m_sink(std::move(sink)), m_starts(starts)
    {}
    void start() override
    {
        ++*m_starts;
        // Failing from a later handler, as a real watch does when its command ends.
        m_reactor.post([this] { m_sink.failed(u"watchcmd ended with exit status 1"_qs); });
    }
    void stop() override {}

private:
    Reactor &m_reactor;
    WatchSink m_sink;
    std::atomic<int> *m_starts;
};

} // namespace

/// meta retry/delay for watches: restarts, their warnings, and the final failure.
class TestWatchSupervisor : public QObject
{
    Q_OBJECT
private slots:
    void aFailedWatchRestartsRetryTimesThenFailsForGood()
    {
        Reactor reactor;
        WatchLog log;
        std::atomic<int> starts{0};
        WatchSupervisor supervisor(reactor, 2, 10, log.sink(), [&](WatchSink sink) {
            return std::make_unique<FailingWatch>(reactor, std::move(sink), &starts);
        });
        onReactor(reactor, [&] { supervisor.start(); });
        QTRY_COMPARE(log.failures(), QStringList{u"watchcmd ended with exit status 1"_qs});
        QCOMPARE(starts.load(), 3);
        QCOMPARE(log.warnings(),
                 (QStringList{u"watchcmd ended with exit status 1; watching again after 10 ms "
                              "(retries left: 1)"_qs,
                              u"watchcmd ended with exit status 1; watching again after 10 ms "
                              "(retries left: 0)"_qs}));
        QCOMPARE(log.events(), (QStringList{u"watch restarted"_qs, u"watch restarted"_qs}));
        QVERIFY(supervisor.hasFailed());
        onReactor(reactor, [&] { supervisor.start(); });
        QCOMPARE(starts.load(), 3);
    }
    void withoutRetryTheFirstFailureIsFinal()
    {
        Reactor reactor;
        WatchLog log;
        std::atomic<int> starts{0};
        WatchSupervisor supervisor(reactor, 0, 0, log.sink(), [&](WatchSink sink) {
            return std::make_unique<FailingWatch>(reactor, std::move(sink), &starts);
        });
        onReactor(reactor, [&] { supervisor.start(); });
        QTRY_COMPARE(log.failures().size(), 1);
        QCOMPARE(log.warnings(), QStringList());
        QCOMPARE(starts.load(), 1);
    }
    void stopCancelsAPendingRestart()
    {
        Reactor reactor;
        WatchLog log;
        std::atomic<int> starts{0};
        WatchSupervisor supervisor(reactor, -1, 100, log.sink(), [&](WatchSink sink) {
            return std::make_unique<FailingWatch>(reactor, std::move(sink), &starts);
        });
        onReactor(reactor, [&] { supervisor.start(); });
        QTRY_COMPARE(log.warnings().size(), 1);
        QVERIFY(log.warnings().first().endsWith(u"(retries left: no limit)"_qs));
        onReactor(reactor, [&] { supervisor.stop(); });
        std::atomic<bool> later{false};
        reactor.addTimer(200, [&] { later = true; });
        QTRY_VERIFY(later.load());
        QCOMPARE(starts.load(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWatchSupervisor)
#include "tst_watchsupervisor.moc"
