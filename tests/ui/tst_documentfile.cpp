#include "editortesting.h"

#include "document/documentfile.h"
#include "document/recoveryfile.h"
#include "editor/sceneeditor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace converge;
using namespace converge::testing;

/// Saving as a user meets it: where the document lives, its name, title and unsaved state
/// change only when the file was written.
class TestDocumentFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(RecoveryFile::directory()).removeRecursively();
    }

    void failedSaveAsChangesNothing()
    {
        MainWindow window;
        DocumentFile *file = window.documentFile();
        window.editController()->sceneEditor()->addResource(u"exec"_qs, {100, 100});
        QVERIFY(window.isWindowModified());
        QVERIFY(file->recovery()->saveNow());
        const QString title = window.windowTitle();

        // Root writes anywhere, but not below a regular file.
        QTemporaryDir dir;
        const QString plain = dir.filePath(u"plain"_qs);
        QVERIFY(QFile(plain).open(QIODevice::WriteOnly));
        const QString unwritable = plain + u"/graph.yaml"_qs;
        answerNextBox(u"SaveFailedMessage"_qs, u"OK"_qs);
        QVERIFY(!file->saveTo(unwritable));
        QVERIFY2(window.editController()->lastMessage().startsWith(
                     u"Could not save %1: "_qs.arg(unwritable)),
                 qPrintable(window.editController()->lastMessage()));
        QCOMPARE(window.document()->filePath(), QString());
        QCOMPARE(window.document()->graph().name, u"untitled"_qs);
        QCOMPARE(window.windowTitle(), title);
        QVERIFY(window.isWindowModified());
        QVERIFY(QFileInfo::exists(file->recovery()->path()));

        // Where it can be written, the document takes the place and the file's name.
        const QString path = dir.filePath(u"built.yaml"_qs);
        QVERIFY(file->saveTo(path));
        QCOMPARE(window.document()->filePath(), path);
        QCOMPARE(window.document()->graph().name, u"built"_qs);
        QVERIFY(window.windowTitle().contains(u"built.yaml"_qs));
        QVERIFY(!window.isWindowModified());
        QVERIFY(!QFileInfo::exists(file->recovery()->path()));

        // A saved document stays where it is when Save As fails.
        answerNextBox(u"SaveFailedMessage"_qs, u"OK"_qs);
        QVERIFY(!file->saveTo(unwritable));
        QCOMPARE(window.document()->filePath(), path);
        QVERIFY(window.windowTitle().contains(u"built.yaml"_qs));
        file->closed();
    }
};

QTEST_MAIN(TestDocumentFile)
#include "tst_documentfile.moc"
