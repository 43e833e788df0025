#include "model/graph.h"
#include "model/resourcegrouping.h"
#include "placedgraph.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/groupcollapser.h"
#include "scene/groupedgeitem.h"
#include "scene/groupitem.h"
#include "scene/nodeitem.h"

#include <QSignalSpy>
#include <QTest>

using namespace converge;
using namespace converge::testing;

/// Collapsed groups laid out again through the layout helper: boxes never sit over other
/// nodes, every edge still points down, and expanding puts everything back where it was.
class TestGroupArrangement : public QObject
{
    Q_OBJECT

private:
    /// Three rows: top; web-1, m1, web-2; db-1, m2, db-2; bottom. Each group's members sit on
    /// both sides of another node, so a box on its members' area covers that node.
    struct Fixture
    {
        Graph graph;
        GraphLayout layout;
        GraphScene scene;
        GroupCollapser collapser{graph, &scene};
        Fixture()
        {
            const std::pair<const char *, QPointF> nodes[] = {
                {"top", {150, 0}},     {"web-1", {0, 100}},   {"m1", {150, 100}},
                {"web-2", {300, 100}}, {"db-1", {0, 200}},    {"m2", {150, 200}},
                {"db-2", {300, 200}},  {"bottom", {150, 300}}};
            for (const auto &[name, centre] : nodes)
                addPlacedNoop(graph, layout, QString::fromLatin1(name), centre);
            const std::pair<const char *, const char *> edges[] = {
                {"top", "web-1"},   {"top", "m1"},    {"top", "web-2"},
                {"web-1", "db-1"},  {"m1", "m2"},     {"web-2", "db-2"},
                {"db-1", "bottom"}, {"m2", "bottom"}, {"db-2", "bottom"}};
            for (const auto &[from, to] : edges) {
                addStraightEdge(graph, layout, graph.find(u"noop"_qs, QString::fromLatin1(from)),
                                graph.find(u"noop"_qs, QString::fromLatin1(to)),
                                QString::fromLatin1(from) + u'>' + QString::fromLatin1(to));
            }
            layout.bounds = QRectF(-60, -18, 420, 336);
            scene.showLayout(graph, layout);
            collapser.setGrouping(*ResourceGrouping::compute(graph, GroupBy::NamePrefix));
            collapser.arrangeWith({[this](ResourceId id) { return layout.nodes[id].centre; },
                                   [this](EdgeId id) {
                                       return layout.edges[id];
                                   }},
                                  [] { return GraphvizLayout::Options(); });
        }
        int group(const char *label) const
        {
            return int(collapser.grouping().labels.indexOf(QString::fromLatin1(label)));
        }
        /// The boxes of every visible node and group box.
        std::vector<QRectF> visibleBoxes() const
        {
            std::vector<QRectF> boxes;
            for (const NodeItem *node : scene.nodeItems()) {
                if (node && node->isVisible())
                    boxes.push_back(QRectF(node->pos() - QPointF(60, 18), QSizeF(120, 36)));
            }
            for (int g = 0; g < collapser.grouping().groupCount(); ++g) {
                if (const GroupItem *box = collapser.groupItem(g))
                    boxes.push_back(box->box());
            }
            return boxes;
        }
        /// Waits for the collapsed layout; a failure says why.
        bool waitArranged()
        {
            QSignalSpy arranged(&collapser, &GroupCollapser::arranged);
            QSignalSpy failed(&collapser, &GroupCollapser::arrangeFailed);
            const bool ended =
                QTest::qWaitFor([&] { return !arranged.isEmpty() || !failed.isEmpty(); }, 20000);
            if (!failed.isEmpty())
                qWarning() << failed.front().front().toString();
            return ended && !arranged.isEmpty();
        }
        bool anyOverlap() const
        {
            const std::vector<QRectF> boxes = visibleBoxes();
            for (size_t i = 0; i < boxes.size(); ++i) {
                for (size_t j = i + 1; j < boxes.size(); ++j) {
                    if (boxes[i].intersects(boxes[j]))
                        return true;
                }
            }
            return false;
        }
        /// "from>to" of each visible edge, plain or merged, that does not point down.
        QStringList edgesNotPointingDown() const
        {
            QStringList wrong;
            for (EdgeId e : graph.edgeIds()) {
                const EdgeItem *item = scene.edgeItem(e);
                const GraphLayout::Edge &geometry = item->geometry();
                const QPointF tip =
                    geometry.hasArrowHead ? geometry.arrowTip : geometry.spline.back();
                if (item->isVisible() && !(geometry.spline.front().y() < tip.y()))
                    wrong << graph.edge(e).name;
            }
            for (const GroupEdgeItem *edge : collapser.groupEdges()) {
                if (!(edge->line().p1().y() < edge->line().p2().y()))
                    wrong << u"merged x%1"_qs.arg(edge->count());
            }
            return wrong;
        }
    };

private slots:
    void collapsedGroupsAreLaidOutWithoutOverlapsAndExpandingRestoresEverything()
    {
        Fixture f;
        QVERIFY(f.collapser.collapse(f.group("web-*")));
        QVERIFY(f.collapser.collapse(f.group("db-*")));
        // Where the boxes first land, on their members' area, they cover m1 and m2.
        QVERIFY(f.anyOverlap());
        QVERIFY(f.waitArranged());
        QVERIFY(f.collapser.isArranged());
        QVERIFY(!f.anyOverlap());
        QCOMPARE(f.edgesNotPointingDown(), QStringList());
        // top, m1, m2, bottom and the two boxes; web>db and the four to and from the rest.
        QCOMPARE(f.visibleBoxes().size(), size_t(6));
        QCOMPARE(f.collapser.groupEdges().size(), size_t(3));
        QVERIFY(f.scene.sceneRect().contains(f.collapser.groupItem(f.group("db-*"))->box()));

        f.collapser.expand(f.group("web-*"));
        QVERIFY(f.waitArranged());
        QVERIFY(!f.anyOverlap());
        QCOMPARE(f.edgesNotPointingDown(), QStringList());

        f.collapser.expandAll();
        QVERIFY(!f.collapser.isArranged());
        for (const GraphLayout::Node &n : f.layout.nodes)
            QCOMPARE(f.scene.nodeItem(n.id)->pos(), n.centre);
        for (const GraphLayout::Edge &e : f.layout.edges)
            QCOMPARE(f.scene.edgeItem(e.id)->geometry().spline, e.spline);
        QCOMPARE(f.scene.sceneRect(), f.layout.bounds.adjusted(-24, -24, 24, 24));
    }

    void expandingBeforeTheLayoutArrivesLeavesEverythingHome()
    {
        Fixture f;
        QVERIFY(f.collapser.collapse(f.group("web-*")));
        f.collapser.expandAll();
        // The layout asked for is dropped at once: nothing can move things later.
        QVERIFY(!f.collapser.layoutJob()->isRunning());
        QVERIFY(!f.collapser.isArranged());
        for (const GraphLayout::Node &n : f.layout.nodes)
            QCOMPARE(f.scene.nodeItem(n.id)->pos(), n.centre);
    }
};

QTEST_MAIN(TestGroupArrangement)
#include "tst_grouparrangement.moc"
