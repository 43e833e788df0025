#include "docks/logdock.h"
#include "docks/timelinedock.h"
#include "document/document.h"
#include "document/runcontroller.h"
#include "records/runtimeline.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"
#include "window/mainwindow.h"
#include "window/resourcetooltip.h"
#include "windowtesting.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace converge;
using converge::testing::openAndWait;

namespace {

/// Counts the engine's eventsAvailable() receivers: QObject::receivers() is protected.
class EngineReceivers : public Engine
{
public:
    static int of(const Engine &engine)
    {
        return static_cast<const EngineReceivers &>(engine).receivers(SIGNAL(eventsAvailable()));
    }
};

} // namespace

/// The window's runs: one reader of the engine's events hands the same batches to every view,
/// the states it reports are the run's, and a running resource's tooltip counts its time.
class TestRunController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// a prints two lines, then b (after a) sleeps; c fails alone.
    QString writeGraph(const QString &sleep)
    {
        const QString path = m_dir.filePath(u"g.yaml"_qs);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(
            u"graph: t\nresources:\n  exec:\n"
            "  - name: a\n    cmd: 'echo one; echo two'\n    shell: /bin/sh\n"
            "  - name: b\n    cmd: 'sleep %1'\n    shell: /bin/sh\n"
            "  - name: c\n    cmd: 'echo oops >&2; false'\n    shell: /bin/sh\n"
            "edges:\n"
            "- name: e1\n  from: {kind: exec, name: a}\n  to: {kind: exec, name: b}\n"_qs.arg(sleep)
                .toUtf8());
        return path;
    }

    static ResourceId id(MainWindow &window, const char *name)
    {
        return window.document()->graph().find(u"exec"_qs, QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        testing::isolateSettings(m_dir);
    }

    void everyViewGetsTheSameBatchesFromOneReader()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, writeGraph(u"0.1"_qs)));
        RunController *runs = window.document()->runs();
        QCOMPARE(EngineReceivers::of(runs->engine()), 1);
        QSignalSpy batches(runs, &RunController::eventsRead);
        QSignalSpy finished(runs, &RunController::runFinished);
        QVERIFY(runs->run());
        QVERIFY(finished.wait(10000));

        // Every event of the stream is handed on once, in order.
        std::vector<RunEvent> stream;
        runs->engine().readEvents(0, &stream);
        std::vector<RunEvent> handed;
        for (const QList<QVariant> &batch : batches) {
            const auto events = batch.first().value<std::vector<RunEvent>>();
            handed.insert(handed.end(), events.begin(), events.end());
        }
        QCOMPARE(handed.size(), stream.size());
        for (size_t i = 0; i < stream.size(); ++i) {
            QCOMPARE(handed[i].resource, stream[i].resource);
            QCOMPARE(handed[i].type, stream[i].type);
            QCOMPARE(handed[i].text, stream[i].text);
        }
        // The log and the timeline were fed from those batches.
        auto *log = window.findChild<LogDock *>();
        log->setShowAll(true);
        QTRY_VERIFY(log->visibleText().contains(u"exec/a: two"_qs));
        QVERIFY(log->visibleText().contains(u"exec/c: oops"_qs));
        const RunTimeline &timeline = window.findChild<TimelineDock *>()->timeline();
        QCOMPARE(timeline.rows().size(), size_t(3));
        QCOMPARE(timeline.row(id(window, "c"))->tries.back().outcome, ResourceState::Failed);
    }

    void statesReachedAreTheRunsOwn()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, writeGraph(u"0.1"_qs)));
        RunController *runs = window.document()->runs();
        QSignalSpy changed(runs, &RunController::statesChanged);
        QSignalSpy finished(runs, &RunController::runFinished);
        QVERIFY(runs->run());
        QVERIFY(finished.wait(10000));
        QCOMPARE(runs->state(id(window, "a")), ResourceState::Done);
        QCOMPARE(runs->state(id(window, "b")), ResourceState::Done);
        QCOMPARE(runs->state(id(window, "c")), ResourceState::Failed);
        for (const char *name : {"a", "b", "c"}) {
            QCOMPARE(runs->state(id(window, name)), runs->engine().state(id(window, name)));
            QCOMPARE(window.scene()->nodeItem(id(window, name))->state(),
                     runs->state(id(window, name)));
        }
        const StateCounts counts = runs->counts();
        QCOMPARE(counts[int(ResourceState::Done)], 2);
        QCOMPARE(counts[int(ResourceState::Failed)], 1);
        // Each batch names a resource once, and only when its state changed.
        for (const QList<QVariant> &batch : changed) {
            auto ids = batch.first().value<std::vector<ResourceId>>();
            std::sort(ids.begin(), ids.end());
            QVERIFY(std::adjacent_find(ids.begin(), ids.end()) == ids.end());
        }
    }

    void aRunningResourcesTooltipCountsItsTime()
    {
        MainWindow window;
        QVERIFY(openAndWait(window, writeGraph(u"30"_qs)));
        RunController *runs = window.document()->runs();
        QVERIFY(runs->run());
        const ResourceId b = id(window, "b");
        QTRY_COMPARE_WITH_TIMEOUT(runs->state(b), ResourceState::Running, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(runs->seconds(b) >= 0.3, 5000);
        const QRegularExpressionMatch duration = QRegularExpression(u"Duration: ([0-9.,]+) s"_qs)
                                                     .match(resourceToolTip(*window.document(), b));
        QVERIFY2(duration.hasMatch(), qPrintable(resourceToolTip(*window.document(), b)));
        QVERIFY(QLocale().toDouble(duration.captured(1)) >= 0.3);
        QSignalSpy finished(runs, &RunController::runFinished);
        runs->stop();
        QVERIFY(finished.wait(10000));
    }
};

QTEST_MAIN(TestRunController)
#include "tst_runcontroller.moc"
