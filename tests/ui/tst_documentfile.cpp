#include "editortesting.h"
#include "filetesting.h"

#include "document/documentfile.h"
#include "document/recoveryfile.h"
#include "editor/renameeditor.h"
#include "editor/sceneeditor.h"
#include "formats/yamlgraphreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

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

    void keyboardRenameSavesOnlyTheLinesNamingIt()
    {
        // A commented file as people keep them: a header, inline comments, flow-style edges.
        const QByteArray before = "# Deploys the site.\n"
                                  "# Keep the build before the upload.\n"
                                  "---\n"
                                  "graph: site # the graph's name\n"
                                  "resources:\n"
                                  "  exec:\n"
                                  "  # builds into ./out\n"
                                  "  - name: build\n"
                                  "    cmd: make   # needs GNU make\n"
                                  "\n"
                                  "  - name: 'upload'\n"
                                  "    cmd: rsync -a out/ host:/srv\n"
                                  "edges:\n"
                                  "- name: build-then-upload\n"
                                  "  from: {kind: exec, name: build}  # first\n"
                                  "  to: {kind: exec, name: 'upload'}\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(u"site.yaml"_qs);
        QVERIFY(writeFile(path, before));
        std::unique_ptr<MainWindow> window(showEditorWindow());
        QVERIFY(window);
        QVERIFY(openAndWait(*window, path));

        // Find (Ctrl+F, type, Enter), rename (F2, type, Enter), save (Ctrl+S).
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QWidget *find = window->findChild<QWidget *>(u"FindText"_qs);
        QTRY_VERIFY(find && find->hasFocus());
        QTest::keyClicks(find, u"exec/upload"_qs);
        QTest::keyClick(find, Qt::Key_Return);
        const ResourceId upload = findByKey(window->document()->graph(), u"exec/upload"_qs);
        QTRY_COMPARE(window->scene()->selectedResources(), std::vector<ResourceId>{upload});
        QTest::keyClick(window.get(), Qt::Key_F2);
        RenameEditor *rename = nullptr;
        QTRY_VERIFY((rename = window->view()->viewport()->findChild<RenameEditor *>()));
        QTest::keyClick(rename, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(rename, u"publish"_qs);
        QTest::keyClick(rename, Qt::Key_Return);
        QTRY_COMPARE(window->document()->graph().resource(upload).name, u"publish"_qs);
        QCOMPARE(window->scene()->selectedResources(), std::vector<ResourceId>{upload});
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!window->isWindowModified());

        QByteArray expected = before;
        expected.replace("  - name: 'upload'", "  - name: 'publish'");
        expected.replace("  to: {kind: exec, name: 'upload'}",
                         "  to: {kind: exec, name: 'publish'}");
        QCOMPARE(readFile(path), expected);
        QCOMPARE(window->editController()->lastMessage(),
                 u"Saved %1"_qs.arg(QDir::toNativeSeparators(path)));
        closeEditorWindow(window.release());
    }

    void saveThatCannotSpliceSaysSo()
    {
        // A resource written as a flow map over two lines cannot gain a key in place: the whole
        // file is written, and the status bar says so and why.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"flow.yaml"_qs);
        QVERIFY(writeFile(path, "# gone after a full write\ngraph: g\nresources:\n  exec:\n"
                                "  - {name: a,\n     cmd: echo}\n"));
        MainWindow window;
        QVERIFY(openAndWait(window, path));
        const ResourceId a = findByKey(window.document()->graph(), u"exec/a"_qs);
        QVERIFY(window.document()->model()->setValue(a, GraphModel::Section::Params, u"shell"_qs,
                                                     Value::scalar(u"/bin/sh"_qs)));
        QVERIFY(window.documentFile()->save());
        QCOMPARE(window.editController()->lastMessage(),
                 u"Saved %1, rewritten in full (comments and layout not kept): exec/a: shell "
                 "cannot be added in place"_qs.arg(QDir::toNativeSeparators(path)));
        const YamlGraphReader::Result back = YamlGraphReader::readFile(path);
        QVERIFY(back.ok());
        QCOMPARE(
            back.graph.resource(back.graph.find(u"exec"_qs, u"a"_qs)).params.find(u"shell")->text(),
            u"/bin/sh"_qs);

        window.documentFile()->closed();
    }
};

QTEST_MAIN(TestDocumentFile)
#include "tst_documentfile.moc"
