#include "layout/graphvizlayout.h"
#include "layout/layoutplan.h"
#include "layout/layoutprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <sys/wait.h>

#include <atomic>
#include <cerrno>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace converge;

/// LayoutProcess starts a helper executable: layouts from many threads at once never hang on a
/// lock another thread held (what a bare fork() did), and every helper is reaped.
class TestLayoutProcess : public QObject
{
    Q_OBJECT

private:
    /// n0 -> n1 -> ... -> n(count-1), every box 80 x 40 points.
    static GraphvizLayout::Input chain(int count)
    {
        GraphvizLayout::Input input;
        for (int i = 0; i < count; ++i) {
            input.nodes.push_back({ResourceId(i), QSizeF(80, 40), {}});
            if (i > 0)
                input.edges.push_back({EdgeId(i - 1), ResourceId(i - 1), ResourceId(i)});
        }
        return input;
    }

private slots:
    void aPlanSurvivesItsByteForm()
    {
        GraphvizLayout::Input input = chain(5);
        input.nodes.push_back({ResourceId(5), QSizeF(10, 20), {}});
        input.options.direction = LayoutDirection::LeftToRight;
        const std::optional<LayoutPlan> plan = LayoutPlan::make(input, nullptr);
        QVERIFY(plan);
        const std::optional<LayoutPlan> copy = LayoutPlan::fromBytes(plan->toBytes());
        QVERIFY(copy);
        QCOMPARE(copy->toBytes(), plan->toBytes());
        QCOMPARE(copy->engine(), u"dot"_qs);
        QCOMPARE(copy->pieces().size(), size_t(2));
        QCOMPARE(copy->pieces()[0].input.options.direction, LayoutDirection::LeftToRight);
        QVERIFY(!LayoutPlan::fromBytes(plan->toBytes().chopped(1)));
        QVERIFY(!LayoutPlan::fromBytes("not a plan"));
    }

    void manyLayoutsAtOnceWhileOtherThreadsHoldLocks()
    {
        // Threads that allocate, translate and hold a lock all the time: a child forked while
        // one of them was inside malloc or the translator used to sleep forever on that lock.
        std::atomic<bool> stop{false};
        std::mutex held;
        std::vector<std::thread> noise;
        for (int i = 0; i < 3; ++i) {
            noise.emplace_back([&stop, &held, i] {
                while (!stop.load()) {
                    std::vector<std::unique_ptr<char[]>> blocks;
                    for (int k = 1; k <= 64; ++k)
                        blocks.push_back(std::make_unique<char[]>(size_t(k * (i + 1) * 512)));
                    const std::lock_guard lock(held);
                    blocks.clear();
                    QCoreApplication::translate("TestLayoutProcess", "busy");
                }
            });
        }
        const GraphvizLayout::Input input = chain(30);
        LayoutProcess::Limits limits;
        // A helper stuck on a lock would end here, as a failure, rather than hang the suite.
        limits.wallSeconds = 30;
        std::mutex resultsMutex;
        QStringList errors;
        int laidOut = 0;
        QElapsedTimer timer;
        timer.start();
        std::vector<std::thread> layouts;
        for (int i = 0; i < 4; ++i) {
            layouts.emplace_back([&] {
                for (int run = 0; run < 6; ++run) {
                    QString error;
                    const std::optional<GraphLayout> layout =
                        LayoutProcess::run(input, limits, &error);
                    const std::lock_guard lock(resultsMutex);
                    if (layout && layout->nodes.size() == input.nodes.size())
                        ++laidOut;
                    else
                        errors.append(error);
                }
            });
        }
        for (std::thread &thread : layouts)
            thread.join();
        stop.store(true);
        for (std::thread &thread : noise)
            thread.join();
        QCOMPARE(errors, QStringList());
        QCOMPARE(laidOut, 24);
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
        // Every helper was reaped: this process has no child left, not even a zombie.
        QCOMPARE(::waitpid(-1, nullptr, WNOHANG), -1);
        QCOMPARE(errno, ECHILD);
    }
};

QTEST_GUILESS_MAIN(TestLayoutProcess)
#include "tst_layoutprocess.moc"
