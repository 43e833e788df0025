#include "conformance.h"

using namespace converge::testing;

/// mgmt's noop resource (engine/resources/noop.go): its CheckApply always says converged and
/// changes nothing, so a graph of noops converges at once and a second run is the same. When a
/// change upstream refreshes it along a notify edge, it logs that it received a notification.
class TestConformanceNoop : public QObject
{
    Q_OBJECT

private slots:
    void noopIsAlwaysConverged()
    {
        ConformanceCase c;
        QVERIFY(!c.writeGraph(u"graph: g\nresources:\n  noop:\n  - name: n1\n  - name: n2\n"_qs)
                     .isEmpty());
        const CliResult r = c.run();
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Noop[n1]: already converged"_qs), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"2 done (0 changed)"_qs), qPrintable(r.out));
        QCOMPARE(c.validate().exitCode, 0);
    }
    void aRefreshedNoopLogsANotification_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("refreshed");
        QTest::addColumn<QString>("summary");
        QTest::newRow("run") << QStringList() << true << u"2 done (1 changed)"_qs;
        // mgmt: in noop the exec does no work, so it sends nothing.
        QTest::newRow("noop") << QStringList{u"--noop"_qs} << false
                              << u"2 done (1 would change)"_qs;
    }
    void aRefreshedNoopLogsANotification()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, refreshed);
        QFETCH(QString, summary);
        ConformanceCase c;
        QVERIFY(!c.writeGraph(u"graph: g\n"
                              "resources:\n"
                              "  exec:\n"
                              "  - name: touch\n"
                              "    cmd: \"touch @DIR@/touched\"\n"
                              "    shell: /bin/sh\n"
                              "  noop:\n"
                              "  - name: n\n"
                              "edges:\n"
                              "- name: e\n"
                              "  from: {kind: exec, name: touch}\n"
                              "  to: {kind: noop, name: n}\n"
                              "  notify: true\n"_qs)
                     .isEmpty());
        const CliResult r = c.run(options);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QFileInfo::exists(c.path(u"touched"_qs)), refreshed);
        QVERIFY2(r.out.contains(u"Noop[n]: received a refresh from exec/touch\n"_qs) == refreshed,
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Noop[n]: received a notification\n"_qs) == refreshed,
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(summary), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestConformanceNoop)
#include "tst_conformance_noop.moc"
