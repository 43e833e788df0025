#include "window/runstatuswidget.h"

#include <QProgressBar>
#include <QTest>

using namespace converge;

/// The status bar's run figures: what a refresh during a run shows, and that it only schedules
/// painting, as the window's whole picture would otherwise be painted inside every refresh.
class TestRunStatusWidget : public QObject
{
    Q_OBJECT

private:
    /// Counts the paint events a widget receives.
    class PaintCounter : public QObject
    {
    public:
        int paints = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            paints += event->type() == QEvent::Paint;
            return false;
        }
    };

    static StateCounts counts(int pending, int running, int done)
    {
        StateCounts c{};
        c[int(ResourceState::Pending)] = pending;
        c[int(ResourceState::Running)] = running;
        c[int(ResourceState::Done)] = done;
        return c;
    }

private slots:
    void aRefreshShowsTheCountsAndPaintsOnlyLater()
    {
        RunStatusWidget status;
        status.resize(600, 30);
        status.show();
        QVERIFY(QTest::qWaitForWindowExposed(&status));
        status.runStarted();
        status.setCounts(counts(1000, 0, 0));
        auto *progress = status.findChild<QProgressBar *>();
        QVERIFY(progress);
        PaintCounter counter;
        progress->installEventFilter(&counter);
        QTRY_VERIFY(progress->isVisible());
        QCoreApplication::processEvents();
        counter.paints = 0;

        for (int done = 1; done <= 5; ++done)
            status.setCounts(counts(1000 - done * 10, 5, done * 10 - 5));
        QCOMPARE(counter.paints, 0);
        QCOMPARE(progress->value(), 45);
        QCOMPARE(progress->maximum(), 1000);
        QVERIFY(status.countText(ResourceState::Running).endsWith(u";5"_qs));
        // The new figures reach the screen with the next paint.
        QTRY_VERIFY(counter.paints > 0);
    }
};

QTEST_MAIN(TestRunStatusWidget)
#include "tst_runstatuswidget.moc"
