#include "engine/autoedges.h"
#include "model/graph.h"

#include <QTest>

using namespace converge;

/// mgmt's automatic edges between file resources: a file waits for the directory it lies in.
class TestAutoEdges : public QObject
{
    Q_OBJECT

private:
    static ResourceId file(Graph &g, const QString &name, const QString &path,
                           const QString &autoEdge = {})
    {
        Resource r;
        r.kind = u"file"_qs;
        r.name = name;
        if (!path.isEmpty())
            r.params.insert(u"path"_qs, Value::scalar(path));
        if (!autoEdge.isEmpty())
            r.meta.insert(u"autoedge"_qs, Value::scalar(autoEdge));
        return g.addResource(std::move(r));
    }
    using Pairs = std::vector<std::pair<ResourceId, ResourceId>>;
    static Pairs pairs(const Graph &g)
    {
        Pairs result;
        for (const AutoEdges::Pair &p : AutoEdges::find(g))
            result.emplace_back(p.from, p.to);
        return result;
    }

private slots:
    void aFileWaitsForTheNearestDirectoryAboveIt()
    {
        // autoedges1.yaml, with a second level: f1 needs bar/, bar/ needs foo/.
        Graph g;
        const ResourceId f1 = file(g, u"file1"_qs, u"/tmp/foo/bar/f1"_qs);
        const ResourceId foo = file(g, u"file2"_qs, u"/tmp/foo/"_qs);
        const ResourceId bar = file(g, u"file3"_qs, u"/tmp/foo/bar/"_qs);
        QCOMPARE(pairs(g), (Pairs{{bar, f1}, {foo, bar}}));
    }
    void theNameIsThePathWhenThereIsNone()
    {
        Graph g;
        const ResourceId dir = file(g, u"/srv/"_qs, {});
        const ResourceId f = file(g, u"/srv/index.html"_qs, {});
        QCOMPARE(pairs(g), (Pairs{{dir, f}}));
    }
    void autoedgeFalseOptsOut()
    {
        Graph g;
        file(g, u"d"_qs, u"/tmp/d/"_qs);
        file(g, u"f"_qs, u"/tmp/d/f"_qs, u"false"_qs);
        QVERIFY(pairs(g).empty());
    }
    void anEdgeInTheFileIsNotRepeated()
    {
        Graph g;
        const ResourceId d = file(g, u"d"_qs, u"/tmp/d/"_qs);
        const ResourceId f = file(g, u"f"_qs, u"/tmp/d/f"_qs);
        Edge e;
        e.from = d;
        e.to = f;
        g.addEdge(e);
        QVERIFY(pairs(g).empty());
    }
    void siblingsAndOtherKindsGetNone()
    {
        Graph g;
        file(g, u"a"_qs, u"/tmp/a"_qs);
        file(g, u"b"_qs, u"/tmp/ab/"_qs);
        Resource exec;
        exec.kind = u"exec"_qs;
        exec.name = u"/tmp/ab/run"_qs;
        g.addResource(std::move(exec));
        QVERIFY(pairs(g).empty());
    }
};

QTEST_APPLESS_MAIN(TestAutoEdges)
#include "tst_autoedges.moc"
