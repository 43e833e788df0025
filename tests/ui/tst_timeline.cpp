#include "docks/timelinedock.h"
#include "docks/timelineview.h"
#include "document/document.h"
#include "document/runcontroller.h"
#include "scene/criticalpathoverlay.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace converge;

/// The Timeline dock: bars for a live run, selection both ways, the critical path, and the
/// replay of a recorded run on the graph.
class TestTimeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// first -> slow -> last, and broken alone; broken fails.
    QString writeGraph()
    {
        const QString path = m_dir.filePath(u"g.yaml"_qs);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(
            "graph: t\nresources:\n  exec:\n"
            "  - name: first\n    cmd: 'true'\n    shell: /bin/sh\n"
            "  - name: slow\n    cmd: sleep 0.3\n    shell: /bin/sh\n"
            "  - name: last\n    cmd: 'true'\n    shell: /bin/sh\n"
            "  - name: broken\n    cmd: 'false'\n    shell: /bin/sh\n"
            "edges:\n"
            "- name: e1\n  from: {kind: exec, name: first}\n  to: {kind: exec, name: slow}\n"
            "- name: e2\n  from: {kind: exec, name: slow}\n  to: {kind: exec, name: last}\n");
        return path;
    }

    struct Window
    {
        Document document;
        GraphScene scene;
        TimelineDock dock{&document, &scene};
        GraphLayout shown; ///< the picture the scene was last given
        Window()
        {
            QObject::connect(&document, &Document::layoutReady, &scene,
                             [this](const GraphLayout &layout) {
                                 shown = layout;
                                 scene.showLayout(document.graph(), layout);
                             });
            dock.resize(600, 300);
            dock.show();
        }
        ResourceId id(const char *name) const
        {
            return document.graph().find(u"exec"_qs, QString::fromLatin1(name));
        }
    };

    bool load(Window &w)
    {
        QSignalSpy ready(&w.document, &Document::layoutReady);
        w.document.open(writeGraph());
        return ready.wait(10000);
    }

private slots:
    void barsAppearForARunAndTheCriticalPathIsMarked()
    {
        Window w;
        QVERIFY(load(w));
        QSignalSpy finished(w.document.runs(), &RunController::runFinished);
        QVERIFY(w.document.runs()->run());
        QVERIFY(finished.wait(10000));
        const RunTimeline &timeline = w.dock.timeline();
        QCOMPARE(timeline.rows().size(), size_t(4));
        QCOMPARE(timeline.row(w.id("broken"))->tries.back().outcome, ResourceState::Failed);
        QCOMPARE(timeline.row(w.id("slow"))->tries.back().outcome, ResourceState::Done);
        for (const char *name : {"first", "slow", "last", "broken"})
            QVERIFY2(!w.dock.view()->barRect(w.id(name)).isEmpty(), name);
        // slow's row is below first's: rows are sorted by start.
        QVERIFY(w.dock.view()->rowRect(w.id("slow")).top() >
                w.dock.view()->rowRect(w.id("first")).top());
        const std::vector<ResourceId> path{w.id("first"), w.id("slow"), w.id("last")};
        QCOMPARE(w.dock.criticalPath(), path);
        QCOMPARE(w.dock.view()->criticalPath().size(), size_t(3));
        QTRY_VERIFY(w.dock.overlay());
        QCOMPARE(w.dock.overlay()->path(), path);
        QVERIFY(w.dock.overlay()->boundingRect().contains(
            w.scene.nodeItem(w.id("slow"))->sceneBoundingRect().center()));
        QVERIFY(w.document.runs()->hasRun());
        const RunReport report = w.document.runs()->runReport();
        QCOMPARE(report.rows().size(), size_t(4));
    }

    void theCriticalPathFollowsItsNodesToANewPicture()
    {
        Window w;
        QVERIFY(load(w));
        QSignalSpy finished(w.document.runs(), &RunController::runFinished);
        QVERIFY(w.document.runs()->run());
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(w.dock.overlay());
        // A picture in which slow stands far from where it was, built as the window builds one.
        GraphLayout moved = w.shown;
        for (GraphLayout::Node &node : moved.nodes) {
            if (node.id == w.id("slow"))
                node.centre += QPointF(900, 700);
        }
        QSignalSpy built(&w.scene, &GraphScene::built);
        w.scene.showLayout(w.document.graph(), moved, GraphScene::Pace::InBatches);
        QTRY_VERIFY(!built.isEmpty());
        QVERIFY(w.dock.overlay()->boundingRect().contains(
            w.scene.nodeItem(w.id("slow"))->sceneBoundingRect().center()));
    }

    void clickingABarSelectsTheNodeAndSelectingANodeHighlightsItsRow()
    {
        Window w;
        QVERIFY(load(w));
        QSignalSpy finished(w.document.runs(), &RunController::runFinished);
        QVERIFY(w.document.runs()->run());
        QVERIFY(finished.wait(10000));
        TimelineView *view = w.dock.view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->barRect(w.id("broken")).center());
        QCOMPARE(w.scene.selectedResources(), std::vector<ResourceId>{w.id("broken")});
        w.scene.selectResource(w.id("slow"));
        QCOMPARE(view->selectedResource(), w.id("slow"));
        w.scene.clearSelection();
        QCOMPARE(view->selectedResource(), InvalidId);
    }

    void zoomChangesTheBarWidth()
    {
        Window w;
        QVERIFY(load(w));
        QSignalSpy finished(w.document.runs(), &RunController::runFinished);
        QVERIFY(w.document.runs()->run());
        QVERIFY(finished.wait(10000));
        TimelineView *view = w.dock.view();
        view->setZoom(100);
        const int narrow = view->barRect(w.id("slow")).width();
        view->zoomIn();
        QVERIFY(view->zoom() > 100);
        QVERIFY(view->barRect(w.id("slow")).width() > narrow);
    }

    void aRecordedRunIsReplayedOnTheGraph()
    {
        Window w;
        QVERIFY(load(w));
        const QString events = m_dir.filePath(u"run.jsonl"_qs);
        QFile file(events);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"t\":0,\"resource\":\"exec/first\",\"state\":\"running\"}\n"
                   "{\"t\":0,\"resource\":\"exec/broken\",\"state\":\"running\"}\n"
                   "{\"t\":0.05,\"resource\":\"exec/broken\",\"state\":\"failed\"}\n"
                   "{\"t\":0.1,\"resource\":\"exec/first\",\"state\":\"done\"}\n"
                   "{\"t\":0.1,\"resource\":\"exec/slow\",\"state\":\"running\"}\n"
                   "{\"t\":0.3,\"resource\":\"exec/slow\",\"state\":\"done\",\"changed\":true}\n"
                   "{\"t\":0.3,\"resource\":\"exec/gone\",\"state\":\"running\"}\n"
                   "{\"t\":0.3,\"resource\":\"exec/last\",\"state\":\"running\"}\n"
                   "{\"t\":0.35,\"resource\":\"exec/last\",\"state\":\"done\"}\n");
        file.close();
        Diagnostics diagnostics;
        QSignalSpy done(w.document.runs(), &RunController::replayFinished);
        QVERIFY(w.document.runs()->openRecordedRun(events, &diagnostics));
        QCOMPARE(diagnostics.size(), 1); // exec/gone is not in the graph
        QVERIFY(done.wait(5000));
        QCOMPARE(w.scene.nodeItem(w.id("broken"))->state(), ResourceState::Failed);
        QCOMPARE(w.scene.nodeItem(w.id("last"))->state(), ResourceState::Done);
        QCOMPARE(w.dock.timeline().rows().size(), size_t(4));
        const std::vector<ResourceId> path{w.id("first"), w.id("slow"), w.id("last")};
        QCOMPARE(w.dock.criticalPath(), path);
        QCOMPARE(w.document.runs()->runReport().summary().failed, 1);
    }

    void aBadRecordedRunIsRefusedWithItsLine()
    {
        Window w;
        QVERIFY(load(w));
        const QString events = m_dir.filePath(u"bad.jsonl"_qs);
        QFile file(events);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"t\":0,\"resource\":\"exec/first\",\"state\":\"running\"}\n{oops}\n");
        file.close();
        Diagnostics diagnostics;
        QVERIFY(!w.document.runs()->openRecordedRun(events, &diagnostics));
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.front().location.line, 2);
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
