#include "engine/autoedges.h"
#include "model/graph.h"

#include <QTest>

using namespace converge;

/// mgmt's automatic edges: a file waits for the directory it lies in and for its managed
/// fragments; an exec waits for the files that manage its programs.
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
    static ResourceId exec(Graph &g, const QString &name,
                           std::initializer_list<std::pair<QString, QString>> params)
    {
        Resource r;
        r.kind = u"exec"_qs;
        r.name = name;
        for (const auto &[key, value] : params)
            r.params.insert(key, Value::scalar(value));
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
    void aDirectoryThatOptsOutIsNotAPrerequisite()
    {
        // mgmt leaves a resource with autoedge false out of the matching on both ends.
        Graph g;
        const ResourceId top = file(g, u"top"_qs, u"/tmp/"_qs);
        file(g, u"d"_qs, u"/tmp/d/"_qs, u"false"_qs);
        const ResourceId f = file(g, u"f"_qs, u"/tmp/d/f"_qs);
        QCOMPARE(pairs(g), (Pairs{{top, f}}));
    }
    void aFileWaitsForEachManagedFragmentAndItsDirectory()
    {
        Graph g;
        const ResourceId dir = file(g, u"dir"_qs, u"/tmp/out/"_qs);
        const ResourceId one = file(g, u"one"_qs, u"/tmp/one"_qs);
        const ResourceId parts = file(g, u"parts"_qs, u"/tmp/parts/"_qs);
        Resource whole;
        whole.kind = u"file"_qs;
        whole.name = u"whole"_qs;
        whole.params.insert(u"path"_qs, Value::scalar(u"/tmp/out/whole"_qs));
        Value fragments = Value::list();
        for (const QString &path : {u"/tmp/one"_qs, u"/tmp/parts/"_qs, u"/tmp/unmanaged"_qs})
            fragments.append(Value::scalar(path));
        whole.params.insert(u"fragments"_qs, fragments);
        const ResourceId w = g.addResource(std::move(whole));
        QCOMPARE(pairs(g), (Pairs{{dir, w}, {one, w}, {parts, w}}));
    }
    void anExecWaitsForTheFileThatHoldsItsProgram()
    {
        Graph g;
        const ResourceId script = file(g, u"script"_qs, u"/tmp/run.sh"_qs);
        const ResourceId check = file(g, u"check"_qs, u"/tmp/check.sh"_qs);
        const ResourceId a = exec(g, u"a"_qs, {{u"cmd"_qs, u"  /tmp/run.sh --now"_qs}});
        const ResourceId b =
            exec(g, u"b"_qs, {{u"cmd"_qs, u"true"_qs}, {u"ifcmd"_qs, u"/tmp/check.sh x"_qs}});
        const ResourceId byName = exec(g, u"/tmp/run.sh"_qs, {});
        QCOMPARE(pairs(g), (Pairs{{script, a}, {check, b}, {script, byName}}));
    }
    void aShellIsTheProgramWhenSet()
    {
        // mgmt asks for the shell instead of the command's first word.
        Graph g;
        file(g, u"script"_qs, u"/tmp/run.sh"_qs);
        const ResourceId shell = file(g, u"shell"_qs, u"/tmp/mysh"_qs);
        const ResourceId a =
            exec(g, u"a"_qs, {{u"cmd"_qs, u"/tmp/run.sh"_qs}, {u"shell"_qs, u"/tmp/mysh"_qs}});
        QCOMPARE(pairs(g), (Pairs{{shell, a}}));
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
