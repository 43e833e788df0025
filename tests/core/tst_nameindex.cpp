#include "model/graph.h"
#include "model/nameindex.h"

#include <QTest>

using namespace converge;

/// Finding resources by part of their name in one scan: case ignored, the name or the whole
/// "kind/name", each resource once, dead resources gone.
class TestNameIndex : public QObject
{
    Q_OBJECT

private:
    static Graph graph()
    {
        Graph g;
        for (auto [kind, name] : {std::pair{"exec", "Web-1"},
                                  {"exec", "web-2"},
                                  {"file", "/srv/web"},
                                  {"noop", "execwebweb"},
                                  {"noop", "db"}}) {
            Resource r;
            r.kind = QString::fromLatin1(kind);
            r.name = QString::fromLatin1(name);
            g.addResource(std::move(r));
        }
        return g;
    }

private slots:
    void findsNamesContainingTheTextIgnoringCase()
    {
        const Graph g = graph();
        const NameIndex index(g);
        QCOMPARE(index.size(), 5);
        QCOMPARE(index.find(u"WEB", NameIndex::Part::Name), (std::vector<ResourceId>{0, 1, 2, 3}));
        QCOMPARE(index.find(u"b-", NameIndex::Part::Name), (std::vector<ResourceId>{0, 1}));
        QCOMPARE(index.find(u"q", NameIndex::Part::Name), std::vector<ResourceId>{});
        QCOMPARE(index.find(u"", NameIndex::Part::Name), std::vector<ResourceId>{});
    }

    void theKindCountsOnlyForTheWholeKey()
    {
        const Graph g = graph();
        const NameIndex index(g);
        // "exec" is the kind of 0 and 1 but only noop/execwebweb has it in its name.
        QCOMPARE(index.find(u"exec", NameIndex::Part::Name), std::vector<ResourceId>{3});
        QCOMPARE(index.find(u"exec", NameIndex::Part::Key), (std::vector<ResourceId>{0, 1, 3}));
        QCOMPARE(index.find(u"c/w", NameIndex::Part::Key), (std::vector<ResourceId>{0, 1}));
        QCOMPARE(index.find(u"c/w", NameIndex::Part::Name), std::vector<ResourceId>{});
        // A text never spans two resources.
        QCOMPARE(index.find(u"webexec", NameIndex::Part::Key), std::vector<ResourceId>{});
    }

    void removedResourcesAreNotFound()
    {
        Graph g = graph();
        g.removeResource(1);
        QCOMPARE(NameIndex(g).find(u"web-", NameIndex::Part::Name), std::vector<ResourceId>{0});
    }
};

QTEST_GUILESS_MAIN(TestNameIndex)
#include "tst_nameindex.moc"
