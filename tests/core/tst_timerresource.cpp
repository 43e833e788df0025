#include "fakecheckapplycontext.h"

#include "model/resource.h"
#include "resources/timerresource.h"

#include <QTest>

using namespace converge;

/// mgmt's timer CheckApply (engine/resources/timer.go): converged unless refreshed, and a
/// refresh is a change, which sends a refresh on.
class TestTimerResource : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<TimerResource> make(const QString &interval, Diagnostics *problems)
    {
        Resource r;
        r.kind = u"timer"_qs;
        r.name = u"t"_qs;
        r.params.insert(u"interval"_qs, Value::scalar(interval));
        return TimerResource::create(r, u"g.yaml"_qs, problems);
    }

private slots:
    void aTickWithoutARefreshIsConverged()
    {
        Diagnostics problems;
        const auto timer = make(u"1"_qs, &problems);
        QVERIFY(timer);
        FakeCheckApplyContext context;
        QCOMPARE(timer->checkApply(true, context).outcome, CheckApplyResult::Outcome::Converged);
        QVERIFY(context.messages.isEmpty());
    }
    void aRefreshIsAChange()
    {
        Diagnostics problems;
        const auto timer = make(u"4294967295"_qs, &problems);
        QVERIFY(timer);
        QVERIFY(timer->reactsToRefresh());
        FakeCheckApplyContext context;
        context.refreshed = true;
        QCOMPARE(timer->checkApply(true, context).outcome, CheckApplyResult::Outcome::Changed);
    }
    void anIntervalMgmtCannotTickIsRefused()
    {
        Diagnostics problems;
        QVERIFY(!make(u"4294967296"_qs, &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.front().message,
                 u"timer/t: interval must be a whole number of seconds from 1 to 4294967295 "
                 "(mgmt's ticker cannot tick every 4294967296 seconds)"_qs);
    }
    void theKindsThatActOnARefreshAreKnownByName()
    {
        for (const char *kind : {"noop", "timer", "exec", "file"}) {
            Resource r;
            r.kind = QString::fromLatin1(kind);
            r.name = u"x"_qs;
            r.params.insert(u"interval"_qs, Value::scalar(u"1"_qs));
            r.params.insert(u"cmd"_qs, Value::scalar(u"true"_qs));
            r.params.insert(u"path"_qs, Value::scalar(u"/tmp/x"_qs));
            Diagnostics problems;
            const auto made = CheckApply::create(r, {}, &problems);
            QVERIFY2(made, kind);
            QCOMPARE(CheckApply::reactsToRefresh(r.kind), made->reactsToRefresh());
        }
    }
};

QTEST_GUILESS_MAIN(TestTimerResource)
#include "tst_timerresource.moc"
