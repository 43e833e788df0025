#include "model/graph.h"
#include "records/recordedrun.h"

#include <QTest>

using namespace converge;

/// Reading `converge run --events` files back: every field, and every bad line at its place.
class TestRecordedRun : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryEventType()
    {
        const QByteArray text =
            "{\"t\":0.5,\"resource\":\"exec/a\",\"state\":\"running\"}\n"
            "{\"t\":1.25,\"resource\":\"exec/a\",\"stream\":\"stderr\",\"line\":\"oops\"}\n"
            "\n"
            "{\"t\":1.5,\"resource\":\"exec/a\",\"message\":\"ifcmd exited with 1\"}\n"
            "{\"t\":2,\"resource\":\"exec/a\",\"state\":\"done\",\"changed\":true}\n"
            "{\"t\":2.5,\"resource\":\"noop/n\",\"refresh\":\"exec/a\"}\n";
        Diagnostics diagnostics;
        const std::optional<RecordedRun> run = RecordedRun::read(text, u"x.jsonl"_qs, &diagnostics);
        QVERIFY(run);
        QVERIFY(diagnostics.isEmpty());
        QCOMPARE(run->events().size(), size_t(5));
        const auto &e = run->events();
        QCOMPARE(e[0].event.timeUs, 500000);
        QCOMPARE(e[0].event.state, ResourceState::Running);
        QCOMPARE(e[1].event.type, RunEvent::Type::Output);
        QCOMPARE(e[1].event.stream, RunEvent::Stream::Stderr);
        QCOMPARE(e[1].event.text, u"oops"_qs);
        QCOMPARE(e[2].event.type, RunEvent::Type::Message);
        QCOMPARE(e[2].line, 4);
        QCOMPARE(e[3].event.state, ResourceState::Done);
        QVERIFY(e[3].event.changed);
        QCOMPARE(e[4].event.type, RunEvent::Type::Refresh);
        QCOMPARE(e[4].event.text, u"exec/a"_qs);
        QCOMPARE(run->durationUs(), 2500000);
        QCOMPARE(run->resources(), (QStringList{u"exec/a"_qs, u"noop/n"_qs}));
    }

    void badLinesAreReportedWithTheirLineNumbers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("messages");
        QTest::newRow("broken json")
            << QByteArray("{\"t\":0,\"resource\":\"exec/a\",\"state\":\"running\"}\n{\"t\":1,")
            << QStringList{u"run.jsonl:2:8: error: invalid JSON: unterminated object"_qs};
        QTest::newRow("not an object")
            << QByteArray("[1,2]") << QStringList{u"run.jsonl:1:1: error: not a JSON object"_qs};
        QTest::newRow("negative time")
            << QByteArray("{\"t\":-1,\"resource\":\"exec/a\",\"state\":\"done\"}")
            << QStringList{
                   u"run.jsonl:1:1: error: \"t\" must be a number of seconds, 0 or more"_qs};
        QTest::newRow("resource without kind")
            << QByteArray("{\"t\":1,\"resource\":\"a\",\"state\":\"done\"}")
            << QStringList{u"run.jsonl:1:1: error: \"resource\" must be a string \"kind/name\""_qs};
        QTest::newRow("unknown state and bad stream, both reported")
            << QByteArray("{\"t\":1,\"resource\":\"exec/a\",\"state\":\"green\"}\n\n"
                          "{\"t\":1,\"resource\":\"exec/a\",\"stream\":\"tty\",\"line\":\"x\"}")
            << QStringList{u"run.jsonl:1:1: error: unknown state \"green\""_qs,
                           u"run.jsonl:3:1: error: \"stream\" must be \"stdout\" or \"stderr\""_qs};
        QTest::newRow("refresh from nowhere")
            << QByteArray("{\"t\":1,\"resource\":\"noop/n\",\"refresh\":3}")
            << QStringList{u"run.jsonl:1:1: error: \"refresh\" must be a string \"kind/name\""_qs};
        QTest::newRow("no kind of event")
            << QByteArray("{\"t\":1,\"resource\":\"exec/a\"}")
            << QStringList{u"run.jsonl:1:1: error: an event needs \"state\", \"stream\", "
                           "\"message\" or \"refresh\""_qs};
    }

    void badLinesAreReportedWithTheirLineNumbers()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, messages);
        Diagnostics diagnostics;
        QVERIFY(!RecordedRun::read(text, u"run.jsonl"_qs, &diagnostics));
        QStringList got;
        for (const Diagnostic &d : diagnostics)
            got.append(d.toString());
        QCOMPARE(got, messages);
    }

    void missingFileIsAnError()
    {
        Diagnostics diagnostics;
        QVERIFY(!RecordedRun::readFile(u"/nonexistent/run.jsonl"_qs, &diagnostics));
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY(diagnostics.front().message.startsWith(u"cannot read the file"_qs));
    }

    void bindMapsKeysToIdsAndWarnsOnceAboutUnknownResources()
    {
        Graph graph;
        Resource a;
        a.kind = u"exec"_qs;
        a.name = u"/tmp/a b"_qs;
        const ResourceId id = graph.addResource(a);
        const QByteArray text = "{\"t\":0,\"resource\":\"exec//tmp/a b\",\"state\":\"running\"}\n"
                                "{\"t\":0,\"resource\":\"exec/gone\",\"state\":\"running\"}\n"
                                "{\"t\":1,\"resource\":\"exec/gone\",\"state\":\"done\"}\n"
                                "{\"t\":1,\"resource\":\"exec//tmp/a b\",\"state\":\"failed\"}\n";
        Diagnostics diagnostics;
        const std::optional<RecordedRun> run = RecordedRun::read(text, u"r.jsonl"_qs, &diagnostics);
        QVERIFY(run);
        const std::vector<RunEvent> events = run->bind(graph, &diagnostics);
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[0].resource, id);
        QCOMPARE(events[1].state, ResourceState::Failed);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.front().toString(),
                 u"r.jsonl:2:1: warning: the graph has no resource exec/gone: its events are "
                 "left out"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRecordedRun)
#include "tst_recordedrun.moc"
