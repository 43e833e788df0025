#include "engine/graphdiff.h"
#include "formats/yamlgraphreader.h"
#include "model/graph.h"

#include <QTest>

using namespace converge;

namespace {

Graph read(const char *yaml)
{
    YamlGraphReader::Result result = YamlGraphReader::readData(yaml, u"graph.yaml"_qs);
    return std::move(result.graph);
}

QStringList keys(const Graph &graph, const std::vector<ResourceId> &ids)
{
    QStringList out;
    for (const ResourceId id : ids)
        out << graph.resource(id).key();
    return out;
}

QStringList keys(const Graph &graph, const std::vector<std::pair<ResourceId, ResourceId>> &ids)
{
    QStringList out;
    for (const auto &[before, after] : ids) {
        Q_UNUSED(after);
        out << graph.resource(before).key();
    }
    return out;
}

const char *const base = R"(graph: g
resources:
  file:
  - name: f1
    path: /tmp/f1
    content: "one\n"
    mode: "0644"
  noop:
  - name: n1
  exec:
  - name: e1
    cmd: "true"
    env:
      A: "1"
      B: "2"
edges:
- from: {kind: file, name: f1}
  to: {kind: exec, name: e1}
)";

} // namespace

/// Watch mode's graph swap: which resources keep running, restart, stop or start.
class TestGraphDiff : public QObject
{
    Q_OBJECT
private slots:
    void theSameFileChangesNothing()
    {
        const Graph before = read(base);
        const GraphDiff diff = GraphDiff::compute(before, read(base));
        QVERIFY(diff.isEmpty());
        QCOMPARE(keys(before, diff.unchanged),
                 (QStringList{u"file/f1"_qs, u"noop/n1"_qs, u"exec/e1"_qs}));
    }
    void reorderedKeysAndDefaultMetaAreNotAChange()
    {
        const Graph before = read(base);
        const Graph after = read(R"(graph: g
resources:
  exec:
  - name: e1
    env:
      B: "2"
      A: "1"
    cmd: "true"
    meta:
      retry: 0
      limit: .inf
  noop:
  - name: n1
  file:
  - name: f1
    mode: "0644"
    content: "one\n"
    path: /tmp/f1
edges:
- from: {kind: file, name: f1}
  to: {kind: exec, name: e1}
)");
        const GraphDiff diff = GraphDiff::compute(before, after);
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.unchanged.size(), 3u);
    }
    void aChangedParameterOrMetaRestartsOnlyThatResource()
    {
        const Graph before = read(base);
        QByteArray text(base);
        text.replace("content: \"one\\n\"", "content: \"two\\n\"");
        text.replace("  - name: n1\n", "  - name: n1\n    meta:\n      retry: 3\n");
        const GraphDiff diff = GraphDiff::compute(before, read(text));
        QCOMPARE(keys(before, diff.changed), (QStringList{u"file/f1"_qs, u"noop/n1"_qs}));
        QCOMPARE(keys(before, diff.unchanged), QStringList{u"exec/e1"_qs});
        QVERIFY(diff.removed.empty());
        QVERIFY(diff.added.empty());
        QVERIFY(!diff.edgesChanged);
    }
    void anUntypedMetaKeyIsComparedAsWritten()
    {
        QByteArray text(base);
        text.replace("  - name: n1\n", "  - name: n1\n    meta:\n      realize: true\n");
        const GraphDiff diff = GraphDiff::compute(read(base), read(text));
        QCOMPARE(diff.changed.size(), 1u);
    }
    void removedAndAddedResourcesAreNamed()
    {
        const Graph before = read(base);
        QByteArray text(base);
        text.replace("  - name: n1\n", "  - name: n2\n");
        const Graph after = read(text);
        const GraphDiff diff = GraphDiff::compute(before, after);
        QCOMPARE(keys(before, diff.removed), QStringList{u"noop/n1"_qs});
        QCOMPARE(keys(after, diff.added), QStringList{u"noop/n2"_qs});
        QCOMPARE(diff.unchanged.size(), 2u);
    }
    void aNotifyFlagOrANewEdgeIsAnEdgeChange()
    {
        QByteArray notify(base);
        notify.replace("  to: {kind: exec, name: e1}\n",
                       "  to: {kind: exec, name: e1}\n  notify: true\n");
        QVERIFY(GraphDiff::compute(read(base), read(notify)).edgesChanged);
        QByteArray extra(base);
        extra.append("- from: {kind: noop, name: n1}\n  to: {kind: exec, name: e1}\n");
        const GraphDiff diff = GraphDiff::compute(read(base), read(extra));
        QVERIFY(diff.edgesChanged);
        QCOMPARE(diff.unchanged.size(), 3u);
    }
    void aFailedWatchRestartsOnlyWithRewatch()
    {
        QByteArray text(base);
        text.replace("  - name: n1\n", "  - name: n1\n    meta:\n      rewatch: true\n");
        const Graph before = read(text);
        const auto allFailed = [](ResourceId) {
            return true;
        };
        const GraphDiff diff = GraphDiff::compute(before, read(text), allFailed);
        QCOMPARE(keys(before, diff.changed), QStringList{u"noop/n1"_qs});
        QCOMPARE(diff.unchanged.size(), 2u);
        QCOMPARE(GraphDiff::compute(before, read(text)).changed.size(), 0u);
    }
};

QTEST_APPLESS_MAIN(TestGraphDiff)
#include "tst_graphdiff.moc"
