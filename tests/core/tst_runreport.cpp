#include "model/graph.h"
#include "records/runreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace converge;

/// The run report: what a user reads after a run, as JSON and as one HTML page.
class TestRunReport : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Graph graph;
        std::vector<RunRecord> records;
        RunSummary summary;
    };

    static Fixture failedRun()
    {
        Fixture f;
        for (const char *name : {"first", "broken", "after", "idle"}) {
            Resource r;
            r.kind = u"exec"_qs;
            r.name = QString::fromLatin1(name);
            f.graph.addResource(r);
        }
        f.graph.name = u"demo"_qs;
        f.records.resize(4);
        RunRecord &broken = f.records[1];
        broken.state = ResourceState::Failed;
        broken.tries = 3;
        broken.exitCode = 1;
        broken.startUs = 500000;
        broken.endUs = 2000000;
        broken.error = u"cmd exited with 1"_qs;
        broken.lastOutput = {u"<oops & more>"_qs};
        RunRecord &first = f.records[0];
        first.state = ResourceState::Done;
        first.changed = true;
        first.tries = 1;
        first.exitCode = 0;
        first.startUs = 0;
        first.endUs = 500000;
        f.records[2].state = ResourceState::Skipped;
        broken.refreshedBy = {u"exec/first"_qs};
        f.summary.done = 1;
        f.summary.changed = 1;
        f.summary.failed = 1;
        f.summary.skipped = 1;
        f.summary.seconds = 2;
        f.summary.criticalPath = 2;
        f.summary.criticalPathIds = {0, 1};
        return f;
    }

private slots:
    void jsonListsEveryResourceThatTookPartInStartOrder()
    {
        const Fixture f = failedRun();
        const RunReport report = RunReport::fromRecords(f.graph, f.records, f.summary);
        const QJsonObject root = QJsonDocument::fromJson(report.toJson()).object();
        QCOMPARE(root.value(u"graph").toString(), u"demo"_qs);
        QCOMPARE(root.value(u"summary").toObject().value(u"failed").toInt(), 1);
        QCOMPARE(root.value(u"summary").toObject().value(u"converged").toBool(), false);
        QCOMPARE(root.value(u"criticalPath").toArray(),
                 QJsonArray({u"exec/first"_qs, u"exec/broken"_qs}));
        const QJsonArray resources = root.value(u"resources").toArray();
        QCOMPARE(resources.size(), 3); // "idle" never took part
        const QJsonObject broken = resources.at(1).toObject();
        QCOMPARE(broken.value(u"resource").toString(), u"exec/broken"_qs);
        QCOMPARE(broken.value(u"state").toString(), u"failed"_qs);
        QCOMPARE(broken.value(u"tries").toInt(), 3);
        QCOMPARE(broken.value(u"start").toDouble(), 0.5);
        QCOMPARE(broken.value(u"end").toDouble(), 2.0);
        QCOMPARE(broken.value(u"duration").toDouble(), 1.5);
        QCOMPARE(broken.value(u"exitCode").toInt(), 1);
        QCOMPARE(broken.value(u"output").toArray(), QJsonArray({u"<oops & more>"_qs}));
        QCOMPARE(broken.value(u"refreshedBy").toArray(), QJsonArray({u"exec/first"_qs}));
        QCOMPARE(resources.at(0).toObject().value(u"refreshedBy").toArray(), QJsonArray());
        const QJsonObject skipped = resources.at(2).toObject();
        QCOMPARE(skipped.value(u"resource").toString(), u"exec/after"_qs);
        QVERIFY(skipped.value(u"start").isNull());
        QVERIFY(skipped.value(u"duration").isNull());
        QVERIFY(skipped.value(u"exitCode").isNull());
    }

    void htmlIsOnePageWithTheDiagramInlineAndTextEscaped()
    {
        const Fixture f = failedRun();
        RunReport report = RunReport::fromRecords(f.graph, f.records, f.summary);
        report.setFileName(u"demo.yaml"_qs);
        const QString svg =
            u"<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg width=\"10\"><rect/></svg>"_qs;
        const QString html = report.toHtml(svg);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_qs));
        QVERIFY(html.contains(u"<title>Run report: demo.yaml</title>"_qs));
        QVERIFY(html.contains(u"<svg width=\"10\"><rect/></svg>"_qs));
        QVERIFY(!html.contains(u"<?xml"_qs));
        QVERIFY(!html.contains(u"<!DOCTYPE svg"_qs));
        QVERIFY(html.contains(u"&lt;oops &amp; more&gt;"_qs));
        QVERIFY(!html.contains(u"<oops"_qs));
        QVERIFY(html.contains(u"exec/first → exec/broken"_qs));
        QVERIFY(html.contains(u"<th>Refreshed by</th>"_qs));
        QVERIFY(html.contains(u"<td>exec/first</td><td>cmd exited with 1</td>"_qs));
        // Self-contained: nothing is fetched from elsewhere.
        QVERIFY(!html.contains(u"src="_qs));
        QVERIFY(!html.contains(u"href="_qs));
    }
};

QTEST_GUILESS_MAIN(TestRunReport)
#include "tst_runreport.moc"
