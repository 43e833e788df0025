#include "model/metaparams.h"

#include <QTest>

using namespace converge;

/// The typed view of `meta:`: mgmt's defaults, each key read, and wrong types reported at the
/// value.
class TestMetaParams : public QObject
{
    Q_OBJECT

private:
    static Value scalar(const QString &text, int line = 0, int column = 0)
    {
        Value v = Value::scalar(text);
        v.setLocation({line, column});
        return v;
    }

private slots:
    void absentMetaGivesMgmtDefaults()
    {
        const MetaParams p = MetaParams::parse(Value());
        QCOMPARE(p.noop, false);
        QCOMPARE(p.retry, 0);
        QCOMPARE(p.delayMs, 0);
        QVERIFY(qIsInf(p.limit));
        QVERIFY(p.autoEdge);
        QVERIFY(p.autoGroup);
        QVERIFY(p.sema.empty());
    }

    void everyKeyIsRead()
    {
        Value meta = Value::map();
        meta.insert(u"noop"_qs, scalar(u"yes"_qs));
        meta.insert(u"retry"_qs, scalar(u"-1"_qs));
        meta.insert(u"delay"_qs, scalar(u"5000"_qs));
        meta.insert(u"timeout"_qs, scalar(u"250"_qs));
        meta.insert(u"poll"_qs, scalar(u"3"_qs));
        meta.insert(u"limit"_qs, scalar(u"0.2"_qs));
        meta.insert(u"burst"_qs, scalar(u"5"_qs));
        Value sema = Value::list();
        sema.append(Value::scalar(u"mylock:1"_qs, Value::Style::SingleQuoted));
        sema.append(Value::scalar(u"otherlock:42"_qs, Value::Style::SingleQuoted));
        sema.append(Value::scalar(u"plain"_qs));
        meta.insert(u"sema"_qs, sema);
        meta.insert(u"autoedge"_qs, scalar(u"false"_qs));
        meta.insert(u"autogroup"_qs, scalar(u"off"_qs));
        meta.insert(u"someday"_qs, scalar(u"kept, not read"_qs));
        Diagnostics diagnostics;
        const MetaParams p = MetaParams::parse(meta, {}, {}, &diagnostics);
        QVERIFY(diagnostics.isEmpty());
        QVERIFY(p.noop);
        QCOMPARE(p.retry, MetaParams::RetryForever);
        QCOMPARE(p.delayMs, 5000);
        QCOMPARE(p.timeoutMs, 250);
        QCOMPARE(p.pollSeconds, 3);
        QCOMPARE(p.limit, 0.2);
        QCOMPARE(p.burst, 5);
        const std::vector<SemaphoreRequest> expected = {
            {u"mylock"_qs, 1}, {u"otherlock"_qs, 42}, {u"plain"_qs, 1}};
        QVERIFY(p.sema == expected);
        QVERIFY(!p.autoEdge);
        QVERIFY(!p.autoGroup);
    }

    void limitIsAFloatWhereInfMeansNone_data()
    {
        QTest::addColumn<QString>("limit");
        QTest::addColumn<QString>("burst");
        QTest::addColumn<double>("expected");
        QTest::addColumn<QString>("message");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow(".inf") << u".inf"_qs << QString() << inf << QString();
        QTest::newRow("+.Inf") << u"+.Inf"_qs << QString() << inf << QString();
        QTest::newRow("float with burst") << u"0.5"_qs << u"2"_qs << 0.5 << QString();
        QTest::newRow("finite, no burst")
            << u"0.5"_qs << QString() << 0.5
            << u"g.yaml:7:9: error: exec/a: meta limit: a limit of 0.5 events per second with "
               "burst 0 lets no event through (mgmt refuses it as permanently limited); set "
               "burst to 1 or more, or limit to .inf"_qs;
        QTest::newRow("-.inf") << u"-.inf"_qs << QString() << inf
                               << u"g.yaml:7:9: error: exec/a: meta limit: expected a number of "
                                  "at least 0, got \"-.inf\""_qs;
    }

    void limitIsAFloatWhereInfMeansNone()
    {
        QFETCH(QString, limit);
        QFETCH(QString, burst);
        QFETCH(double, expected);
        QFETCH(QString, message);
        Value meta = Value::map();
        meta.insert(u"limit"_qs, scalar(limit, 7, 9));
        if (!burst.isEmpty())
            meta.insert(u"burst"_qs, scalar(burst, 8, 9));
        Diagnostics diagnostics;
        const MetaParams p = MetaParams::parse(meta, u"g.yaml"_qs, u"exec/a"_qs, &diagnostics);
        QCOMPARE(p.limit, expected);
        QCOMPARE(diagnostics.isEmpty() ? QString() : diagnostics.front().toString(), message);
    }

    void wrongTypesAreReportedAtTheValue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("message");
        Value list = Value::list();
        list.setLocation({7, 9});
        Value badSema = Value::list();
        badSema.append(scalar(u"lock:0"_qs, 7, 9));
        Value emptyId = Value::list();
        emptyId.append(scalar(u":3"_qs, 7, 9));
        QTest::newRow("retry word") << u"retry"_qs << scalar(u"many"_qs, 7, 9)
                                    << u"g.yaml:7:9: error: exec/a: meta retry: expected an "
                                       "integer (-1 for forever), got \"many\""_qs;
        QTest::newRow("retry below -1") << u"retry"_qs << scalar(u"-2"_qs, 7, 9)
                                        << u"g.yaml:7:9: error: exec/a: meta retry: expected an "
                                           "integer (-1 for forever), got \"-2\""_qs;
        QTest::newRow("negative delay") << u"delay"_qs << scalar(u"-5"_qs, 7, 9)
                                        << u"g.yaml:7:9: error: exec/a: meta delay: expected a "
                                           "whole number of at least 0, got \"-5\""_qs;
        QTest::newRow("noop word") << u"noop"_qs << scalar(u"maybe"_qs, 7, 9)
                                   << u"g.yaml:7:9: error: exec/a: meta noop: expected true or "
                                      "false, got \"maybe\""_qs;
        QTest::newRow("limit list") << u"limit"_qs << list
                                    << u"g.yaml:7:9: error: exec/a: meta limit: expected a number "
                                       "of at least 0, got a list"_qs;
        QTest::newRow("sema scalar") << u"sema"_qs << scalar(u"3"_qs, 7, 9)
                                     << u"g.yaml:7:9: error: exec/a: meta sema: expected a list of "
                                        "\"id\" or \"id:N\", got \"3\""_qs;
        QTest::newRow("sema zero") << u"sema"_qs << badSema
                                   << u"g.yaml:7:9: error: exec/a: meta sema: expected \"id\" or "
                                      "\"id:N\" with N > 0, got \"lock:0\""_qs;
        QTest::newRow("sema no id") << u"sema"_qs << emptyId
                                    << u"g.yaml:7:9: error: exec/a: meta sema: expected \"id\" or "
                                       "\"id:N\" with N > 0, got \":3\""_qs;
    }

    void wrongTypesAreReportedAtTheValue()
    {
        QFETCH(QString, key);
        QFETCH(Value, value);
        QFETCH(QString, message);
        Value meta = Value::map();
        meta.insert(key, value);
        Diagnostics diagnostics;
        const MetaParams p = MetaParams::parse(meta, u"g.yaml"_qs, u"exec/a"_qs, &diagnostics);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.front().toString(), message);
        QCOMPARE(diagnostics.front().resource, u"exec/a"_qs);
        QVERIFY(p == MetaParams{}); // the default stays when the value is wrong
    }
};

QTEST_GUILESS_MAIN(TestMetaParams)
#include "tst_metaparams.moc"
