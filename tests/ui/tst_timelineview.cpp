#include "docks/timelineview.h"
#include "records/runtimeline.h"

#include <QFontMetrics>
#include <QTest>

using namespace converge;

/// TimelineView on a timeline fed directly: what a live run of thousands of resources does to
/// the name column.
class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    static constexpr int Rows = 10000;

    /// Rows resources started at once, the last one with a long name.
    static void startAll(RunTimeline *timeline, Graph *graph)
    {
        std::vector<RunEvent> events;
        for (int i = 0; i < Rows; ++i) {
            Resource r;
            r.kind = u"exec"_qs;
            r.name = i + 1 == Rows ? u"a-longer-name"_qs : QStringLiteral("r%1").arg(i);
            RunEvent e;
            e.resource = graph->addResource(std::move(r));
            e.type = RunEvent::Type::State;
            e.state = ResourceState::Running;
            e.timeUs = 1000;
            events.push_back(e);
        }
        timeline->apply(events);
    }

    /// The width the name column needs for name: bold, with the critical-path star.
    static int needed(const TimelineView &view, const QString &name)
    {
        QFont bold = view.font();
        bold.setBold(true);
        return QFontMetrics(bold).horizontalAdvance(u"★ "_qs + name);
    }

private slots:
    void thousandsOfNewRowsAreMeasuredOverSeveralPassesUntilTheLongestFits()
    {
        RunTimeline timeline;
        Graph graph;
        TimelineView view;
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        startAll(&timeline, &graph);
        const QString longest = u"exec/a-longer-name"_qs;
        view.setTimeline(&timeline, graph);

        // One refresh measures a bounded batch of names, not all ten thousand: the last,
        // longest one is not reached yet...
        QVERIFY(view.barRect(ResourceId(0)).left() < needed(view, longest));
        // ...later passes of the event loop get to it, and the column grows to fit.
        QTRY_VERIFY(view.barRect(ResourceId(0)).left() >= needed(view, longest));
    }

    void theColumnIsMeasuredAgainAfterTheTimelineIsCleared()
    {
        RunTimeline timeline;
        Graph graph;
        TimelineView view;
        view.resize(800, 400);
        startAll(&timeline, &graph);
        view.setTimeline(&timeline, graph);
        QTRY_VERIFY(view.barRect(ResourceId(0)).left() >= needed(view, u"exec/a-longer-name"_qs));

        // A new run of short names only: the column shrinks back.
        timeline.clear();
        view.refresh();
        RunEvent e;
        e.resource = ResourceId(0);
        e.type = RunEvent::Type::State;
        e.state = ResourceState::Running;
        timeline.apply({e});
        view.refresh();
        QVERIFY(view.barRect(ResourceId(0)).left() < needed(view, u"exec/a-longer-name"_qs));
        QVERIFY(view.barRect(ResourceId(0)).left() >= needed(view, u"exec/r0"_qs));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
