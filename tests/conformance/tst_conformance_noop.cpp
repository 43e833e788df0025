#include "conformance.h"

using namespace converge::testing;

/// mgmt's noop resource (engine/resources/noop.go): its CheckApply always says converged and
/// changes nothing, so a graph of noops converges at once and a second run is the same.
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
};

QTEST_GUILESS_MAIN(TestConformanceNoop)
#include "tst_conformance_noop.moc"
