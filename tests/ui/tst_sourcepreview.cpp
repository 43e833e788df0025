#include "editortesting.h"
#include "filetesting.h"
#include "savetesting.h"

#include "docks/problemsdock.h"
#include "docks/sourcedock.h"
#include "docks/sourceview.h"
#include "document/sourcepreview.h"
#include "editor/commands/removeelementscommand.h"
#include "editor/commands/renameresourcecommand.h"

#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>

using namespace converge;
using namespace converge::testing;

namespace {

/// A commented file with one error (retry: many, line 12), so that marks and lines can be
/// followed through edits.
const QByteArray Commented = "# Deploys the site: keep this header.\n"
                             "graph: site\n"
                             "resources:\n"
                             "  exec:\n"
                             "  - name: build # compiles\n"
                             "    cmd: make\n"
                             "    shell: /bin/sh\n"
                             "  - name: test\n"
                             "    cmd: make check\n"
                             "    shell: /bin/sh\n"
                             "    meta:\n"
                             "      retry: many\n"
                             "  - name: ship\n"
                             "    cmd: make install\n"
                             "    shell: /bin/sh\n"
                             "edges:\n"
                             "- name: e1\n"
                             "  from: {kind: exec, name: build}\n"
                             "  to: {kind: exec, name: ship}\n";

} // namespace

/// The Source pane shows what File > Save would write, kept current after each edit, undo and
/// redo, with error marks and the selected resource's line following their lines through the
/// edits.
class TestSourcePreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EditorWindow m_window;

    const Graph &graph() const { return m_window->document()->graph(); }
    GraphEditor *editor() const { return m_window->editController()->editor(); }
    SourceDock *source() const { return m_window->findChild<SourceDock *>(); }
    SourcePreview *preview() const { return m_window->findChild<SourcePreview *>(); }
    QString shown() const { return source()->view()->toPlainText(); }

    QString write(const QString &name, const QByteArray &yaml)
    {
        const QString path = m_dir.filePath(name);
        return writeFile(path, yaml) ? path : QString();
    }

    /// Waits until the pane shows the text made after the last change.
    bool settled() const
    {
        return QTest::qWaitFor([this] { return !preview()->isPending(); }, 10000);
    }

    /// The 1-based line of the text shown that reads text, or 0.
    int lineOf(const QString &text) const { return int(shown().split(u'\n').indexOf(text)) + 1; }

    bool removeResource(const QString &key)
    {
        const ResourceId id = findByKey(graph(), key);
        return editor()->push(new RemoveElementsCommand(
            editor(), editor()->capture({id}, GraphFragment::touchingEdges(graph(), {id}))));
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_window.reset(showEditorWindow());
        QVERIFY(m_window);
    }
    void cleanup() { m_window.reset(); }

    void thePaneShowsWhatSaveWouldWriteAfterEachEdit()
    {
        const QString path = write(u"site.yaml"_qs, Commented);
        QVERIFY(openAndWait(*m_window, path));
        QVERIFY(settled());
        QCOMPARE(shown(), QString::fromUtf8(Commented));
        QCOMPARE(source()->windowTitle(), u"Source: site.yaml"_qs);

        QVERIFY(editor()->push(
            new RenameResourceCommand(editor(), u"exec"_qs, u"ship"_qs, u"deliver"_qs)));
        QVERIFY(settled());
        QCOMPARE(source()->windowTitle(), u"Source: site.yaml (as Save would write it)"_qs);
        QVERIFY(shown().startsWith(u"# Deploys the site: keep this header.\n"_qs));
        QVERIFY(shown().contains(u"  - name: deliver\n"_qs));
        QVERIFY(shown().contains(u"  to: {kind: exec, name: deliver}\n"_qs));
        QVERIFY(!shown().contains(u"ship"_qs));

        // What the pane shows is what Save writes, byte for byte.
        const QString copy = m_dir.filePath(u"copy.yaml"_qs);
        QVERIFY(saveAndWait(m_window->documentFile(), copy));
        QFile saved(copy);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(shown(), QString::fromUtf8(saved.readAll()));
        QVERIFY(settled());
        QCOMPARE(source()->windowTitle(), u"Source: copy.yaml"_qs);

        // Undo brings back the text as it was read.
        editor()->undoStack()->undo();
        QVERIFY(settled());
        QCOMPARE(shown(), QString::fromUtf8(Commented));
    }

    void errorMarksAndTheSelectedLineFollowTheirLines()
    {
        const QString path = write(u"site.yaml"_qs, Commented);
        QVERIFY(openAndWait(*m_window, path));
        QVERIFY(settled());
        QCOMPARE(source()->view()->errorLines(), std::vector<int>{12});
        m_window->scene()->selectResource(findByKey(graph(), u"exec/ship"_qs));
        QCOMPARE(source()->view()->currentLine(), 13);

        // Removing build takes its three lines and its edge's three: the error moves up three
        // lines, and ship's line, still selected, with it.
        QVERIFY(removeResource(u"exec/build"_qs));
        m_window->scene()->selectResource(findByKey(graph(), u"exec/ship"_qs));
        QVERIFY(settled());
        QCOMPARE(lineOf(u"      retry: many"_qs), 9);
        QCOMPARE(source()->view()->errorLines(), std::vector<int>{9});
        QCOMPARE(source()->view()->currentLine(), 10);
        QCOMPARE(source()->view()->textCursor().block().text(), u"  - name: ship"_qs);

        // A problem chosen in the list shows its line in the text as it is now.
        ProblemsDock *problems = m_window->findChild<ProblemsDock *>();
        const Diagnostics all = problems->diagnostics();
        const auto retry = std::find_if(all.begin(), all.end(), [](const Diagnostic &d) {
            return d.message.contains(u"retry"_qs);
        });
        QVERIFY(retry != all.end());
        emit problems->problemActivated(*retry);
        QCOMPARE(source()->view()->currentLine(), 9);

        editor()->undoStack()->undo();
        QVERIFY(settled());
        QCOMPARE(source()->view()->errorLines(), std::vector<int>{12});
    }

    void aSaveKeepsTheTextShownWithItsSelectedLine()
    {
        const QString path = write(u"site.yaml"_qs, Commented);
        QVERIFY(openAndWait(*m_window, path));
        QVERIFY(removeResource(u"exec/build"_qs));
        m_window->scene()->selectResource(findByKey(graph(), u"exec/ship"_qs));
        QVERIFY(settled());
        const QString before = shown();
        const QPointer<QTextDocument> text = source()->view()->document();

        // What Save wrote is what the pane shows: the text stays, no new one is laid out (a
        // stall on a large file), and only the title changes.
        QVERIFY(saveAndWait(m_window->documentFile()));
        QVERIFY(settled());
        QVERIFY2(text && source()->view()->document() == text, "a new text was laid out");
        QCOMPARE(shown(), before);
        QCOMPARE(source()->windowTitle(), u"Source: site.yaml"_qs);
        QCOMPARE(source()->view()->textCursor().block().text(), u"  - name: ship"_qs);

        // An edit after the save changes its line in the same text.
        QVERIFY(editor()->push(
            new RenameResourceCommand(editor(), u"exec"_qs, u"ship"_qs, u"deliver"_qs)));
        QVERIFY(settled());
        QVERIFY2(text && source()->view()->document() == text, "a new text was laid out");
        QCOMPARE(shown(), QString(before).replace(u"ship"_qs, u"deliver"_qs));
    }
};

QTEST_MAIN(TestSourcePreview)
#include "tst_sourcepreview.moc"
