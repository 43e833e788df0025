#include "editortesting.h"
#include "filetesting.h"
#include "savetesting.h"

#include "docks/sourcedock.h"
#include "docks/sourceview.h"
#include "document/documentfile.h"
#include "document/recoveryfile.h"
#include "document/sourcepreview.h"
#include "editor/commands/renameresourcecommand.h"
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

namespace {

const QByteArray Three = "# three steps\n"
                         "graph: steps\n"
                         "resources:\n"
                         "  exec:\n"
                         "  - name: a # first\n"
                         "    cmd: echo a\n"
                         "  - name: b\n"
                         "    cmd: echo b\n"
                         "  - name: c\n"
                         "    cmd: echo c\n";

bool rename(MainWindow &window, const QString &from, const QString &to)
{
    GraphEditor *editor = window.editController()->editor();
    return editor->push(new RenameResourceCommand(editor, u"exec"_qs, from, to));
}

/// A window from showEditorWindow() on text, written to path and opened; nullptr on failure.
MainWindow *windowOn(const QString &path, const QByteArray &text)
{
    MainWindow *window = writeFile(path, text) ? showEditorWindow() : nullptr;
    if (window && !openAndWait(*window, path)) {
        closeEditorWindow(window);
        return nullptr;
    }
    return window;
}

/// The Source pane's text once it shows the graph as it is now.
QString shownSource(MainWindow &window)
{
    auto *preview = window.findChild<SourcePreview *>();
    if (!QTest::qWaitFor([preview] { return !preview->isPending(); }, 10000))
        return {};
    return window.findChild<SourceDock *>()->view()->toPlainText();
}

} // namespace

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
        QVERIFY(!saveAndWait(file, unwritable));
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
        QVERIFY(saveAndWait(file, path));
        QCOMPARE(window.document()->filePath(), path);
        QCOMPARE(window.document()->graph().name, u"built"_qs);
        QVERIFY(window.windowTitle().contains(u"built.yaml"_qs));
        QVERIFY(!window.isWindowModified());
        QVERIFY(!QFileInfo::exists(file->recovery()->path()));

        // A saved document stays where it is when Save As fails.
        answerNextBox(u"SaveFailedMessage"_qs, u"OK"_qs);
        QVERIFY(!saveAndWait(file, unwritable));
        QCOMPARE(window.document()->filePath(), path);
        QVERIFY(window.windowTitle().contains(u"built.yaml"_qs));
        file->closed();
    }

    void theFileGetsTheGraphAsItWasWhenSaveWasPressed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"steps.yaml"_qs);
        EditorWindow window(windowOn(path, Three));
        QVERIFY(window);
        QVERIFY(rename(*window, u"a"_qs, u"first"_qs));
        const QString shown = shownSource(*window);
        QVERIFY(shown.contains(u"  - name: first # first\n"_qs));

        // Saving is written in the background: the window says so and takes edits meanwhile.
        QSignalSpy finished(window->documentFile(), &DocumentFile::saveFinished);
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(window->documentFile()->isSaving());
        QVERIFY(window->windowTitle().startsWith(u"[saving\u2026] steps.yaml"_qs));
        QVERIFY(window->isWindowModified());
        QVERIFY(rename(*window, u"b"_qs, u"second"_qs));
        QVERIFY(waitForSave(finished));

        // The file is what the pane showed when Save was pressed; the later edit is unsaved,
        // and undoing it brings back the saved state.
        QCOMPARE(QString::fromUtf8(readFile(path)), shown);
        QVERIFY(!window->windowTitle().contains(u"saving"_qs));
        QVERIFY(window->isWindowModified());
        window->editController()->editor()->undoStack()->undo();
        QVERIFY(!window->isWindowModified());
        window->editController()->editor()->undoStack()->redo();
        QVERIFY(window->isWindowModified());

        // Save pressed twice: the second writes the edits made since the first, after it.
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(rename(*window, u"c"_qs, u"third"_qs));
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(waitForSave(finished));
        QVERIFY(waitForSave(finished));
        QVERIFY(!window->documentFile()->isSaving());
        QVERIFY(!window->isWindowModified());
        QByteArray expected = Three;
        expected.replace("name: a #", "name: first #")
            .replace("name: b\n", "name: second\n")
            .replace("name: c\n", "name: third\n");
        QCOMPARE(readFile(path), expected);
    }

    void quittingWhileSavingWaitsForTheWholeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"steps.yaml"_qs);
        std::unique_ptr<MainWindow> window(windowOn(path, Three));
        QVERIFY(window);
        QVERIFY(rename(*window, u"c"_qs, u"last"_qs));
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(window->documentFile()->isSaving());

        // Quit (File > Quit closes the window): the window stays, answering, until the file is
        // written, then closes by itself.
        QVERIFY(!window->close());
        QVERIFY(window->isVisible());
        QCOMPARE(window->editController()->lastMessage(),
                 u"Waiting for the save of %1 to finish"_qs.arg(QDir::toNativeSeparators(path)));
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 10000);
        QVERIFY(!window->documentFile()->isSaving());
        QCOMPARE(readFile(path), QByteArray(Three).replace("name: c\n", "name: last\n"));
        closeEditorWindow(window.release());
    }

    void aFailedSaveKeepsTheDocumentModifiedAndSaysWhy()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"project"_qs);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/steps.yaml"_qs;
        EditorWindow window(windowOn(path, Three));
        QVERIFY(window);
        QVERIFY(rename(*window, u"a"_qs, u"first"_qs));

        // Root writes anywhere, but not below a regular file: the folder becomes one.
        QVERIFY(QDir(folder).removeRecursively());
        QVERIFY(writeFile(folder, "not a folder\n"));
        answerNextBox(u"SaveFailedMessage"_qs, u"OK"_qs);
        QSignalSpy finished(window->documentFile(), &DocumentFile::saveFinished);
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!waitForSave(finished));
        QCOMPARE(window->editController()->lastMessage(),
                 u"Could not save %1: cannot save: cannot create a file in %2: "
                 "Not a directory"_qs.arg(path, folder));
        QVERIFY(window->isWindowModified());
        QVERIFY(!window->windowTitle().contains(u"saving"_qs));
        QCOMPARE(window->document()->filePath(), path);
    }

    void openingAnotherFileWithSaveChosenOpensItOnceSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"steps.yaml"_qs);
        const QString other = dir.filePath(u"other.yaml"_qs);
        QVERIFY(writeFile(other, "graph: other\nresources:\n  noop:\n  - name: n\n"));
        EditorWindow window(windowOn(path, Three));
        QVERIFY(window);
        QVERIFY(rename(*window, u"c"_qs, u"last"_qs));

        QSignalSpy ready(window->document(), &Document::layoutReady);
        answerNextBox(u"UnsavedChangesMessage"_qs, u"Save"_qs);
        window->openFile(other);
        QVERIFY(window->documentFile()->isSaving());
        QCOMPARE(window->document()->filePath(), path); // not before the file is written
        QVERIFY(ready.wait(20000));
        QCOMPARE(window->document()->filePath(), other);
        QCOMPARE(readFile(path), QByteArray(Three).replace("name: c\n", "name: last\n"));
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
        QVERIFY(saveAndWait(window.documentFile()));
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
