#include "editortesting.h"

#include "document/recoveryfile.h"
#include "editor/commands/setparametercommand.h"
#include "editor/propertyeditor.h"
#include "editor/sceneeditor.h"
#include "editor/shellsyntaxwarning.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>

using namespace converge;
using namespace converge::testing;

/// An exec command written for a shell, without `shell`, is named in the property editor with
/// the one-click fix: mgmt would split it at spaces and run it as a plain program.
class TestShellSyntaxWarning : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(RecoveryFile::directory()).removeRecursively();
    }

    void namesTheFirstShellSyntax_data()
    {
        QTest::addColumn<QString>("cmd");
        QTest::addColumn<QString>("syntax");
        QTest::newRow("plain command") << u"make -C /srv/site all"_qs << QString();
        QTest::newRow("path with dashes and dots") << u"/usr/bin/true --x=1.2"_qs << QString();
        QTest::newRow("redirection") << u"echo done > out.txt"_qs << u">"_qs;
        QTest::newRow("append") << u"echo done >> out.txt"_qs << u">>"_qs;
        QTest::newRow("stderr") << u"make 2> errors"_qs << u"2>"_qs;
        QTest::newRow("a 2 in a word is no redirection") << u"gzip -k file2"_qs << QString();
        QTest::newRow("input") << u"sort < list"_qs << u"<"_qs;
        QTest::newRow("pipe") << u"ls | wc -l"_qs << u"|"_qs;
        QTest::newRow("and") << u"make && make install"_qs << u"&&"_qs;
        QTest::newRow("or") << u"test -f x || touch x"_qs << u"||"_qs;
        QTest::newRow("sequence") << u"cd /tmp; ls"_qs << u";"_qs;
        QTest::newRow("background") << u"sleep 9 &"_qs << u"&"_qs;
        QTest::newRow("variable") << u"echo $HOME"_qs << u"$"_qs;
        QTest::newRow("command substitution") << u"echo $(date)"_qs << u"$("_qs;
        QTest::newRow("backticks") << u"echo `date`"_qs << u"`"_qs;
        QTest::newRow("glob") << u"rm /tmp/*.log"_qs << u"*"_qs;
        QTest::newRow("home") << u"ls ~/src"_qs << u"~"_qs;
        QTest::newRow("tilde inside a word") << u"cp a a~"_qs << QString();
        QTest::newRow("quotes reach the program") << u"echo \"a b\""_qs << u"\""_qs;
        QTest::newRow("quoted operator is still a quote") << u"grep 'a|b' f"_qs << u"'"_qs;
        QTest::newRow("comment") << u"true # note"_qs << u"#"_qs;
    }

    void namesTheFirstShellSyntax()
    {
        QFETCH(QString, cmd);
        QFETCH(QString, syntax);
        QCOMPARE(ShellSyntaxWarning::shellSyntax(cmd), syntax);
    }

    void oneClickSetsTheShellAsOneUndoStep()
    {
        MainWindow *window = showEditorWindow();
        QVERIFY(window);
        auto closer = qScopeGuard([window] { closeEditorWindow(window); });
        EditController *edit = window->editController();
        const QString key = edit->sceneEditor()->addResource(u"exec"_qs, {0, 0});
        const ResourceId id = findByKey(window->document()->graph(), key);
        QUndoStack *stack = edit->editor()->undoStack();
        stack->push(new SetParameterCommand(edit->editor(), key, GraphEditor::Section::Params,
                                            u"cmd"_qs, std::nullopt,
                                            Value::scalar(u"echo done > out.txt"_qs)));
        window->scene()->selectResource(id);
        PropertyEditor *properties = edit->propertyEditor();
        QTRY_VERIFY(properties->findChild<ShellSyntaxWarning *>());
        auto *warning = properties->findChild<ShellSyntaxWarning *>();
        QVERIFY(warning->isVisibleTo(properties));
        QVERIFY(warning->findChild<QLabel *>()->text().contains(u"<code>&gt;</code>"_qs));
        auto *fix = warning->findChild<QPushButton *>(u"SetShellButton"_qs);
        QCOMPARE(fix->text(), u"Set shell: /bin/sh"_qs);
        const int steps = stack->count();
        QTest::mouseClick(fix, Qt::LeftButton);
        const Value *shell = window->document()->graph().resource(id).params.find(u"shell");
        QVERIFY(shell);
        QCOMPARE(shell->text(), u"/bin/sh"_qs);
        QCOMPARE(stack->count(), steps + 1);
        // The form follows the model: with a shell there is nothing to warn about.
        QTRY_VERIFY(!properties->findChild<ShellSyntaxWarning *>() ||
                    !properties->findChild<ShellSyntaxWarning *>()->isVisibleTo(properties));
        stack->undo();
        QVERIFY(!window->document()->graph().resource(id).params.find(u"shell"));
        QTRY_VERIFY(properties->findChild<ShellSyntaxWarning *>() &&
                    properties->findChild<ShellSyntaxWarning *>()->isVisibleTo(properties));
    }
};

QTEST_MAIN(TestShellSyntaxWarning)
#include "tst_shellsyntaxwarning.moc"
