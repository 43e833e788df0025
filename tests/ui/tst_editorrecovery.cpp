#include "editortesting.h"
#include "graphtext.h"
#include "savetesting.h"

#include "document/documentfile.h"
#include "document/recoveryfile.h"
#include "editor/sceneeditor.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace converge;
using namespace converge::testing;

class TestEditorRecovery : public QObject
{
    Q_OBJECT

    /// Builds a -> b in window, the way a user would.
    static void buildTwo(MainWindow &window)
    {
        SceneEditor *scene = window.editController()->sceneEditor();
        const QString a = scene->addResource(u"exec"_qs, {100, 100});
        const QString b = scene->addResource(u"file"_qs, {300, 220});
        const Graph &graph = window.document()->graph();
        QVERIFY(scene->connectResources(findByKey(graph, a), findByKey(graph, b)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(RecoveryFile::directory()).removeRecursively();
    }

    void crashedWorkIsOfferedAndRestored()
    {
        Graph lost;
        {
            MainWindow crashed;
            buildTwo(crashed);
            RecoveryFile *recovery = crashed.documentFile()->recovery();
            QVERIFY(recovery->saveNow());
            QVERIFY(QFileInfo::exists(recovery->path()));
            lost = crashed.document()->graph();
            // Destroyed without closing, as a crash would leave it: the file stays.
        }
        QCOMPARE(RecoveryFile::pending().size(), 1);

        MainWindow next;
        QCOMPARE(next.document()->graph().resourceCount(), 0);
        answerNextBox(u"RecoverMessage"_qs, u"Recover"_qs);
        QVERIFY2(next.documentFile()->offerRecovery(),
                 qPrintable(next.editController()->lastMessage()));
        QCOMPARE(contentText(next.document()->graph()), contentText(lost));
        QCOMPARE(next.scene()->nodeCount(), 2);
        QCOMPARE(next.scene()->edgeCount(), 1);
        QVERIFY(next.isWindowModified());
        // Nothing left to offer twice; the restored work is insured by this window now.
        QVERIFY(RecoveryFile::pending().isEmpty());
        QVERIFY(QFileInfo::exists(next.documentFile()->recovery()->path()));
        next.editController()->editor()->undoStack()->setClean();
        next.documentFile()->closed();
        QVERIFY(!QFileInfo::exists(next.documentFile()->recovery()->path()));
    }

    void autosaveTimerWritesAndCleanSaveRemoves()
    {
        MainWindow window;
        RecoveryFile *recovery = window.documentFile()->recovery();
        recovery->setInterval(50);
        QVERIFY(!QFileInfo::exists(recovery->path())); // nothing unsaved, nothing written
        buildTwo(window);
        QTRY_VERIFY(QFileInfo::exists(recovery->path()));
        QTemporaryDir dir;
        QVERIFY(saveAndWait(window.documentFile(), dir.filePath(u"g.yaml"_qs)));
        QVERIFY(!QFileInfo::exists(recovery->path()));
        window.documentFile()->closed();
    }

    void aTimersWriteRunsAsideAndADiscardDuringItLeavesNoFile()
    {
        MainWindow window;
        RecoveryFile *recovery = window.documentFile()->recovery();
        buildTwo(window);
        // Large enough for its write to take a while: the window answers meanwhile.
        const Graph &graph = window.document()->graph();
        QVERIFY(window.document()->model()->setValue(
            graph.resourceIds().front(), GraphModel::Section::Params, u"cmd"_qs,
            Value::scalar(QString(16 * 1024 * 1024, u'x'))));
        recovery->setInterval(10);
        QTRY_VERIFY(recovery->isWriting());
        recovery->setInterval(60000);
        recovery->discard();
        QTRY_VERIFY(!recovery->isWriting());
        QVERIFY(!QFileInfo::exists(recovery->path()));
        window.documentFile()->closed();
    }

    void unsavedChangesAreAskedAbout()
    {
        MainWindow window;
        buildTwo(window);
        QAction *newAction = window.findChild<QAction *>(u"fileNew"_qs);
        QVERIFY(newAction);
        answerNextBox(u"UnsavedChangesMessage"_qs, u"Cancel"_qs);
        newAction->trigger();
        QCOMPARE(window.document()->graph().resourceCount(), 2); // cancelled: work kept
        answerNextBox(u"UnsavedChangesMessage"_qs, u"Discard"_qs);
        newAction->trigger();
        QCOMPARE(window.document()->graph().resourceCount(), 0);
        QVERIFY(!window.isWindowModified());
        window.documentFile()->closed();
    }
};

QTEST_MAIN(TestEditorRecovery)
#include "tst_editorrecovery.moc"
