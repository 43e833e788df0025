#include "model/autogrouping.h"
#include "model/graph.h"
#include "model/resourcegrouping.h"

#include <QTest>

using namespace converge;

/// Groups for collapsing: by name prefix, a prefix of the user's, kind, connected component, and
/// the noops mgmt's autogroup would merge.
class TestResourceGrouping : public QObject
{
    Q_OBJECT

private:
    static ResourceId add(Graph &graph, const QString &kind, const QString &name,
                          bool autoGroup = true)
    {
        Resource resource;
        resource.kind = kind;
        resource.name = name;
        if (!autoGroup)
            resource.meta.insert(u"autogroup"_qs, Value::scalar(u"false"_qs));
        return graph.addResource(std::move(resource));
    }
    static void connect(Graph &graph, ResourceId from, ResourceId to)
    {
        Edge edge;
        edge.name = QStringLiteral("e%1").arg(graph.edgeCapacity());
        edge.from = from;
        edge.to = to;
        graph.addEdge(edge);
    }
    /// The labels of each resource's group, "-" for none, in id order.
    static QStringList labelsOf(const Graph &graph, const ResourceGrouping &grouping)
    {
        QStringList labels;
        for (ResourceId id : graph.resourceIds()) {
            const int g = grouping.group(id);
            labels << (g == ResourceGrouping::NoGroup ? u"-"_qs : grouping.labels[g]);
        }
        return labels;
    }

private slots:
    void namePrefixEndsAtTheFirstSeparatorAndNeedsTwoMembers()
    {
        Graph graph;
        for (const char *name : {"web-1", "web-2", "db_a", "db_b.x", "solo", "x.y", "web/3"})
            add(graph, u"noop"_qs, QString::fromLatin1(name));
        const auto grouping = ResourceGrouping::compute(graph, GroupBy::NamePrefix);
        QVERIFY(grouping);
        QCOMPARE(labelsOf(graph, *grouping), (QStringList{u"web-*"_qs, u"web-*"_qs, u"db_*"_qs,
                                                          u"db_*"_qs, u"-"_qs, u"-"_qs, u"-"_qs}));
        QCOMPARE(grouping->members[0], (std::vector<ResourceId>{0, 1}));
    }

    void aPrefixOfTheUsersMakesOneGroup()
    {
        Graph graph;
        for (const char *name : {"app-web-1", "app-db-1", "other-1", "Application"})
            add(graph, u"exec"_qs, QString::fromLatin1(name));
        const auto grouping = ResourceGrouping::compute(graph, GroupBy::NamePrefix, u"app"_qs);
        QCOMPARE(labelsOf(graph, *grouping),
                 (QStringList{u"app*"_qs, u"app*"_qs, u"-"_qs, u"-"_qs}));
    }

    void kindsAndComponentsGroup()
    {
        Graph graph;
        const ResourceId a = add(graph, u"exec"_qs, u"a"_qs);
        const ResourceId b = add(graph, u"file"_qs, u"/b"_qs);
        const ResourceId c = add(graph, u"exec"_qs, u"c"_qs);
        const ResourceId d = add(graph, u"noop"_qs, u"d"_qs);
        const ResourceId e = add(graph, u"noop"_qs, u"e"_qs);
        connect(graph, a, b);
        connect(graph, c, b); // a and c reach each other only against an edge's direction
        connect(graph, e, d);
        QCOMPARE(labelsOf(graph, *ResourceGrouping::compute(graph, GroupBy::Kind)),
                 (QStringList{u"exec"_qs, u"-"_qs, u"exec"_qs, u"noop"_qs, u"noop"_qs}));
        QCOMPARE(labelsOf(graph, *ResourceGrouping::compute(graph, GroupBy::Component)),
                 (QStringList{u"component 1"_qs, u"component 1"_qs, u"component 1"_qs,
                              u"component 2"_qs, u"component 2"_qs}));
    }

    void autogroupMergesNoopsThatDoNotReachEachOther()
    {
        // mgmt visits names in reverse order: d takes c and b; a reaches b, merged into d by
        // then, so a stays alone. z has autogroup off; exec is not groupable.
        Graph graph;
        const ResourceId a = add(graph, u"noop"_qs, u"a"_qs);
        const ResourceId b = add(graph, u"noop"_qs, u"b"_qs);
        add(graph, u"noop"_qs, u"c"_qs);
        add(graph, u"noop"_qs, u"d"_qs);
        add(graph, u"noop"_qs, u"z"_qs, false);
        add(graph, u"exec"_qs, u"x"_qs);
        add(graph, u"exec"_qs, u"y"_qs);
        connect(graph, a, b);
        const auto groups = AutoGrouping::compute(graph, 1'000'000);
        QVERIFY(groups);
        QCOMPARE(groups->size(), size_t(1));
        QCOMPARE(groups->front().parent, ResourceId(3));
        QCOMPARE(groups->front().members, (std::vector<ResourceId>{3, 2, 1}));
        QCOMPARE(labelsOf(graph, *ResourceGrouping::compute(graph, GroupBy::AutoGroup)),
                 (QStringList{u"-"_qs, u"noop/d"_qs, u"noop/d"_qs, u"noop/d"_qs, u"-"_qs, u"-"_qs,
                              u"-"_qs}));
    }

    void autogroupSeesReachabilityThroughMergedResources()
    {
        // p -> q and r -> s. s comes first in mgmt's order and takes q (r reaches s, p then
        // reaches the merged s). r comes next: it reaches the merged s and q, not p, so it
        // takes p.
        Graph graph;
        const ResourceId p = add(graph, u"noop"_qs, u"p"_qs);
        const ResourceId q = add(graph, u"noop"_qs, u"q"_qs);
        const ResourceId r = add(graph, u"noop"_qs, u"r"_qs);
        const ResourceId s = add(graph, u"noop"_qs, u"s"_qs);
        connect(graph, p, q);
        connect(graph, r, s);
        const auto groups = AutoGrouping::compute(graph, 1'000'000);
        QVERIFY(groups);
        QCOMPARE(groups->size(), size_t(2));
        QCOMPARE(groups->at(0).members, (std::vector<ResourceId>{s, q}));
        QCOMPARE(groups->at(1).members, (std::vector<ResourceId>{r, p}));
    }

    void autogroupGivesUpPastItsBudget()
    {
        Graph graph;
        ResourceId previous = add(graph, u"noop"_qs, u"n0"_qs);
        for (int i = 1; i < 200; ++i) {
            const ResourceId next = add(graph, u"noop"_qs, QStringLiteral("n%1").arg(i));
            connect(graph, previous, next);
            previous = next;
        }
        QVERIFY(!AutoGrouping::compute(graph, 1000));
        QVERIFY(!ResourceGrouping::compute(graph, GroupBy::AutoGroup, {}, 1000));
        const auto chain = AutoGrouping::compute(graph, 10'000'000);
        QVERIFY(chain);
        QVERIFY(chain->empty()); // every noop of a chain reaches every other
    }
};

QTEST_GUILESS_MAIN(TestResourceGrouping)
#include "tst_resourcegrouping.moc"
