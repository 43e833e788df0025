#include "model/graphmodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace converge;

/// The editing model: each change announced once, in detail; nothing changes while locked.
class TestGraphModel : public QObject
{
    Q_OBJECT

private:
    static Resource exec(const QString &name)
    {
        Resource r;
        r.kind = u"exec"_qs;
        r.name = name;
        return r;
    }
    static Edge edge(ResourceId from, ResourceId to)
    {
        Edge e;
        e.from = from;
        e.to = to;
        return e;
    }

private slots:
    void eachChangeIsAnnouncedWithWhatChanged()
    {
        GraphModel model;
        QSignalSpy added(&model, &GraphModel::resourceAdded);
        QSignalSpy renamed(&model, &GraphModel::resourceRenamed);
        QSignalSpy changed(&model, &GraphModel::resourceChanged);
        QSignalSpy moved(&model, &GraphModel::positionsChanged);
        QSignalSpy edgeAdded(&model, &GraphModel::edgeAdded);
        const ResourceId a = model.addResource(exec(u"a"_qs));
        const ResourceId b = model.addResource(exec(u"b"_qs));
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.at(1).at(0).value<ResourceId>(), b);
        QCOMPARE(model.addResource(exec(u"a"_qs)), InvalidId); // taken: nothing announced
        QCOMPARE(added.size(), 2);

        const EdgeId ab = model.addEdge(edge(a, b));
        QCOMPARE(edgeAdded.size(), 1);
        QVERIFY(model.renameResource(a, u"first"_qs));
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(model.graph().resource(a).name, u"first"_qs);
        QVERIFY(!model.renameResource(b, u"first"_qs));
        QCOMPARE(renamed.size(), 1);

        QVERIFY(model.setValue(b, GraphModel::Section::Meta, u"retry"_qs, Value::scalar(u"3"_qs)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.graph().resource(b).meta.find(u"retry")->text(), u"3"_qs);
        QVERIFY(model.setPositions({{b, QPointF(10, 20)}}));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(0).value<std::vector<ResourceId>>(), std::vector<ResourceId>{b});
        QCOMPARE(*model.graph().resource(b).position, QPointF(10, 20));

        // A resource goes with its edges, each announced before the resource itself.
        QStringList order;
        connect(&model, &GraphModel::edgeRemoved, this,
                [&](EdgeId id) { order << u"edge %1"_qs.arg(id); });
        connect(&model, &GraphModel::resourceRemoved, this, [&](ResourceId id) {
            order << u"resource %1"_qs.arg(model.graph().resource(id).name);
        });
        QVERIFY(model.removeResource(b));
        QCOMPARE(order, (QStringList{u"edge %1"_qs.arg(ab), u"resource b"_qs}));
        QVERIFY(!model.graph().containsEdge(ab));
    }

    void aLockedModelRefusesEveryChange()
    {
        GraphModel model;
        const ResourceId a = model.addResource(exec(u"a"_qs));
        const ResourceId b = model.addResource(exec(u"b"_qs));
        const EdgeId ab = model.addEdge(edge(a, b));
        QSignalSpy locked(&model, &GraphModel::lockedChanged);
        model.setLocked(true);
        QCOMPARE(locked.size(), 1);

        QList<QSignalSpy *> spies{
            new QSignalSpy(&model, &GraphModel::graphReset),
            new QSignalSpy(&model, &GraphModel::resourceAdded),
            new QSignalSpy(&model, &GraphModel::resourceRemoved),
            new QSignalSpy(&model, &GraphModel::resourceRenamed),
            new QSignalSpy(&model, &GraphModel::resourceChanged),
            new QSignalSpy(&model, &GraphModel::positionsChanged),
            new QSignalSpy(&model, &GraphModel::edgeAdded),
            new QSignalSpy(&model, &GraphModel::edgeRemoved),
        };
        const auto cleanup = qScopeGuard([&] { qDeleteAll(spies); });
        QCOMPARE(model.addResource(exec(u"c"_qs)), InvalidId);
        QVERIFY(!model.removeResource(a));
        QVERIFY(!model.renameResource(a, u"z"_qs));
        QVERIFY(!model.setValue(a, GraphModel::Section::Params, u"cmd"_qs, Value::scalar(u"x"_qs)));
        QVERIFY(!model.setPositions({{a, QPointF(1, 1)}}));
        QCOMPARE(model.addEdge(edge(b, a)), InvalidId);
        QVERIFY(!model.removeEdge(ab));
        QVERIFY(!model.setName(u"other"_qs));
        QVERIFY(!model.reset(Graph()));
        for (QSignalSpy *spy : spies)
            QCOMPARE(spy->size(), 0);
        QCOMPARE(model.graph().resourceCount(), 2);
        QCOMPARE(model.graph().edgeCount(), 1);
        QCOMPARE(model.graph().resource(a).name, u"a"_qs);
        QVERIFY(model.graph().resource(a).params.entries().empty());
        QVERIFY(!model.graph().resource(a).position);

        model.setLocked(false);
        QVERIFY(model.renameResource(a, u"z"_qs));
    }
};

QTEST_APPLESS_MAIN(TestGraphModel)
#include "tst_graphmodel.moc"
