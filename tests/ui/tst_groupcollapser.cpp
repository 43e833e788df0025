#include "model/graph.h"
#include "model/resourcegrouping.h"
#include "placedgraph.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/groupcollapser.h"
#include "scene/groupedgeitem.h"
#include "scene/groupitem.h"
#include "scene/nodeitem.h"

#include <QTest>

using namespace converge;
using namespace converge::testing;

/// Collapsing a group into one box and expanding it again, in a real GraphScene: members and
/// their edges hidden and shown again where they were, edges to the rest merged with a count,
/// the selection kept, and the box's counts and colour following the members' states.
class TestGroupCollapser : public QObject
{
    Q_OBJECT

private:
    /// a -> web-1, a -> web-2, web-1 -> web-3, web-2 -> b, web-3 -> b, and c alone; in a row.
    struct Fixture
    {
        Graph graph;
        GraphLayout layout;
        GraphScene scene;
        GroupCollapser collapser{graph, &scene};
        Fixture()
        {
            for (const char *name : {"a", "web-1", "web-2", "web-3", "b", "c"}) {
                const ResourceId next = ResourceId(layout.nodes.size());
                addPlacedNoop(graph, layout, QString::fromLatin1(name),
                              QPointF(150.0 * next, 40.0 * (next % 2)));
            }
            for (auto [from, to] : {std::pair{0, 1}, {0, 2}, {1, 3}, {2, 4}, {3, 4}}) {
                addStraightEdge(graph, layout, ResourceId(from), ResourceId(to),
                                QStringLiteral("e%1%2").arg(from).arg(to));
            }
            layout.bounds = QRectF(-100, -100, 1000, 300);
            scene.showLayout(graph, layout);
            QObject::connect(&scene, &GraphScene::statesUpdated, &collapser,
                             &GroupCollapser::statesChanged);
            collapser.setGrouping(*ResourceGrouping::compute(graph, GroupBy::NamePrefix));
        }
        QStringList visibleNodes() const
        {
            QStringList names;
            for (const NodeItem *node : scene.nodeItems()) {
                if (node && node->isVisible())
                    names << node->name();
            }
            return names;
        }
        int visibleEdges() const
        {
            int count = 0;
            for (EdgeId e : graph.edgeIds())
                count += scene.edgeItem(e)->isVisible();
            return count;
        }
        /// The merged edges as "from>to xN", a box being "G".
        QStringList groupEdges() const
        {
            QStringList edges;
            for (const GroupEdgeItem *edge : collapser.groupEdges()) {
                // An end is on the border of a visible node's box or of a group's box.
                const auto name = [this](QPointF p) {
                    for (const QGraphicsItem *item : scene.items()) {
                        if (!item->isVisible())
                            continue;
                        if (item->type() == GroupItem::Type && static_cast<const GroupItem *>(item)
                                                                   ->box()
                                                                   .adjusted(-1, -1, 1, 1)
                                                                   .contains(p))
                            return u"G"_qs;
                        if (item->type() != NodeItem::Type)
                            continue;
                        const auto *node = static_cast<const NodeItem *>(item);
                        if (QRectF(node->pos() - QPointF(61, 19), QSizeF(122, 38)).contains(p))
                            return node->name();
                    }
                    return u"?"_qs;
                };
                const QLineF line = edge->line();
                edges << QStringLiteral("%1>%2 x%3")
                             .arg(name(line.p1()), name(line.p2()))
                             .arg(edge->count());
            }
            edges.sort();
            return edges;
        }
    };

private slots:
    void collapsingShowsOneBoxWithTheEdgesToTheRestMerged()
    {
        Fixture f;
        QCOMPARE(f.collapser.grouping().groupCount(), 1);
        QVERIFY(f.collapser.collapse(0));
        QCOMPARE(f.visibleNodes(), (QStringList{u"a"_qs, u"b"_qs, u"c"_qs}));
        QCOMPARE(f.visibleEdges(), 0);
        GroupItem *box = f.collapser.groupItem(0);
        QVERIFY(box && box->isVisible());
        QCOMPARE(box->label(), u"web-*"_qs);
        QCOMPARE(box->memberCount(), 3);
        QCOMPARE(f.groupEdges(), (QStringList{u"G>b x2"_qs, u"a>G x2"_qs}));
        QVERIFY(!f.collapser.collapse(0)); // already collapsed
    }

    void expandingRestoresNodesEdgesPositionsAndSelection()
    {
        Fixture f;
        const QPointF where = f.scene.nodeItem(2)->pos();
        f.scene.nodeItem(2)->setSelected(true);
        f.scene.nodeItem(5)->setSelected(true);
        QVERIFY(f.collapser.collapse(0));
        // The box stands for the selected member; the selection outside the group stays.
        QVERIFY(f.collapser.groupItem(0)->isSelected());
        QCOMPARE(f.scene.selectedResources(), std::vector<ResourceId>{5});
        QCOMPARE(f.collapser.selectedGroups(), std::vector<int>{0});
        QVERIFY(f.collapser.expand(0));
        QCOMPARE(f.visibleNodes().size(), 6);
        QCOMPARE(f.visibleEdges(), 5);
        QVERIFY(f.collapser.groupEdges().empty());
        QVERIFY(!f.collapser.groupItem(0));
        QCOMPARE(f.scene.nodeItem(2)->pos(), where);
        QCOMPARE(f.scene.selectedResources(), (std::vector<ResourceId>{2, 5}));
        QVERIFY(!f.collapser.expand(0));
    }

    void countsAndColourFollowTheMembersStates()
    {
        Fixture f;
        QVERIFY(f.collapser.collapse(0));
        GroupItem *box = f.collapser.groupItem(0);
        QCOMPARE(box->counts()[int(ResourceState::Pending)], 3);
        QCOMPARE(box->worstState(), ResourceState::Pending);
        std::vector<ResourceState> states(6, ResourceState::Pending);
        states[1] = ResourceState::Done;
        states[2] = ResourceState::Running;
        f.scene.updateStates(states, {1, 2});
        QCOMPARE(box->counts()[int(ResourceState::Done)], 1);
        QCOMPARE(box->counts()[int(ResourceState::Running)], 1);
        QCOMPARE(box->counts()[int(ResourceState::Pending)], 1);
        QCOMPARE(box->worstState(), ResourceState::Running);
        states[3] = ResourceState::Failed;
        states[2] = ResourceState::Done;
        f.scene.updateStates(states, {2, 3});
        QCOMPARE(box->worstState(), ResourceState::Failed);
        states[3] = ResourceState::Done;
        f.scene.updateStates(states, {3});
        QCOMPARE(box->counts()[int(ResourceState::Done)], 3);
        QCOMPARE(box->worstState(), ResourceState::Done);
    }

    void twoCollapsedGroupsShareOneMergedEdge()
    {
        Fixture f;
        // Kinds: the noops all in one group, so group by names of the user's instead.
        f.collapser.setGrouping(ResourceGrouping::fromKeys(
            f.graph, {u"A"_qs, u"A"_qs, u"A"_qs, u"B"_qs, u"B"_qs, QString()}));
        f.collapser.collapseAll();
        QCOMPARE(f.collapser.collapsedCount(), 2);
        QCOMPARE(f.visibleNodes(), QStringList{u"c"_qs});
        // web-1 -> web-3 and web-2 -> b cross from A to B; a -> web-1 and a -> web-2 stay in A.
        QCOMPARE(f.groupEdges(), QStringList{u"G>G x2"_qs});
        f.collapser.expandAll();
        QCOMPARE(f.visibleEdges(), 5);
    }

    void forgettingShowsEverythingWithoutTheGraph()
    {
        Fixture f;
        QVERIFY(f.collapser.collapse(0));
        f.collapser.forget();
        QCOMPARE(f.visibleNodes().size(), 6);
        QCOMPARE(f.visibleEdges(), 5);
        QCOMPARE(f.collapser.collapsedCount(), 0);
    }
};

QTEST_MAIN(TestGroupCollapser)
#include "tst_groupcollapser.moc"
