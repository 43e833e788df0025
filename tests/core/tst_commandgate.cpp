#include "engine/commandgate.h"

#include <QTest>

using namespace converge;

class TestCommandGate : public QObject
{
    Q_OBJECT
private slots:
    void placesAreHandedOnInArrivalOrder()
    {
        CommandGate gate(2);
        QVERIFY(gate.enter(1));
        QVERIFY(gate.enter(2));
        QVERIFY(!gate.enter(3));
        QVERIFY(!gate.enter(4));
        QCOMPARE(gate.leave(), ResourceId(3));
        QCOMPARE(gate.leave(), ResourceId(4));
        QCOMPARE(gate.leave(), InvalidId);
        QCOMPARE(gate.leave(), InvalidId);
        // Both places are free again.
        QVERIFY(gate.enter(5));
        QVERIFY(gate.enter(6));
        QVERIFY(!gate.enter(7));
    }
    void aGateHasAtLeastOnePlace()
    {
        CommandGate gate(0);
        QVERIFY(gate.enter(1));
        QVERIFY(!gate.enter(2));
    }
};

QTEST_GUILESS_MAIN(TestCommandGate)
#include "tst_commandgate.moc"
