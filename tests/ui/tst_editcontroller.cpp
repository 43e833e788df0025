#include "editorsession.h"
#include "editortesting.h"
#include "graphtext.h"

#include "document/documentfile.h"
#include "document/recoveryfile.h"
#include "editor/sceneeditor.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoView>

using namespace converge;
using namespace converge::testing;

/// The editor while a graph runs: every edit is refused, and nothing the user has not saved is
/// lost to what the window may still do, such as a new layout.
class TestEditController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// A graph whose run lasts until the test stops it.
    QString writeLongGraph()
    {
        const QString path = m_dir.filePath(u"long.yaml"_qs);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write("graph: long\nresources:\n  exec:\n"
                  "  - name: long\n    cmd: \"sleep 30\"\n    shell: /bin/sh\n"
                  "  - name: after\n    cmd: \"true\"\n    shell: /bin/sh\n"
                  "edges:\n- name: e1\n  from:\n    kind: exec\n    name: long\n"
                  "  to:\n    kind: exec\n    name: after\n");
        return path;
    }

    static QStringList steps(const QUndoStack *stack)
    {
        QStringList texts;
        for (int i = 0; i < stack->count(); ++i)
            texts << stack->text(i);
        return texts;
    }

    static QAction *actionNamed(MainWindow &window, const QString &text)
    {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateEditorSession(m_dir);
    }

    void layoutChangeDuringARunKeepsUnsavedWork()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, writeLongGraph()));
        Document *document = window.document();
        QUndoStack *stack = window.editController()->editor()->undoStack();
        window.editController()->sceneEditor()->addResource(u"noop"_qs, {400, 300});
        const QStringList unsaved = steps(stack);
        QCOMPARE(unsaved.size(), 1);
        RecoveryFile *recovery = window.documentFile()->recovery();
        QVERIFY(recovery->saveNow());

        QSignalSpy finished(document, &Document::runFinished);
        QVERIFY(document->run());
        QSignalSpy laidOut(document, &Document::layoutReady);
        QAction *neato = actionNamed(window, u"neato"_qs);
        QVERIFY(neato && neato->isEnabled());
        neato->trigger();
        QVERIFY(laidOut.wait(10000));
        QVERIFY(document->isRunning());
        QCOMPARE(window.editController()->editor()->baseLayout().engine, u"neato"_qs);
        QAction *leftToRight = actionNamed(window, u"&Left to Right"_qs);
        QVERIFY(leftToRight && leftToRight->isEnabled());
        leftToRight->trigger();
        QVERIFY(laidOut.wait(10000));
        QVERIFY(document->isRunning());
        document->stop();
        QVERIFY(finished.wait(10000));

        QCOMPARE(steps(stack), unsaved);
        QVERIFY(window.isWindowModified());
        QVERIFY(QFileInfo::exists(recovery->path()));
        // Closing still asks; cancelled, the window stays with the work.
        answerNextBox(u"UnsavedChangesMessage"_qs, u"Cancel"_qs);
        QVERIFY(!window.close());
        QCOMPARE(steps(stack), unsaved);
        stack->setClean();
        window.documentFile()->closed();
    }

    void everyEditIsRefusedDuringARun()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, writeLongGraph()));
        Document *document = window.document();
        EditController *controller = window.editController();
        QUndoStack *stack = controller->editor()->undoStack();
        // A step to undo, one to redo, a selection and something on the clipboard.
        controller->sceneEditor()->addResource(u"noop"_qs, {400, 300});
        controller->sceneEditor()->addResource(u"noop"_qs, {500, 300});
        stack->undo();
        window.scene()->selectResource(findByKey(document->graph(), u"exec/after"_qs));
        window.findChild<QAction *>(u"editCopy"_qs)->trigger();
        const Graph before = document->graph();
        const int index = stack->index();
        const int count = stack->count();

        QSignalSpy finished(document, &Document::runFinished);
        QVERIFY(document->run());
        const QString refusal = u"Editing is blocked while the graph runs"_qs;
        for (const QString &name :
             {u"editCut"_qs, u"editPaste"_qs, u"editDelete"_qs, u"editDuplicate"_qs,
              u"editRename"_qs, u"editConnect"_qs, u"editUndo"_qs, u"editRedo"_qs,
              u"editRelayout"_qs, u"fileNew"_qs}) {
            QAction *action = window.findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(!action->isEnabled(), qPrintable(name));
            // Triggered anyway, as code or a stale shortcut could.
            action->setEnabled(true);
            window.statusBar()->clearMessage();
            action->trigger();
            QCOMPARE(window.statusBar()->currentMessage(), refusal);
            QCOMPARE(contentText(document->graph()), contentText(before));
            QCOMPARE(stack->index(), index);
            QCOMPARE(stack->count(), count);
            QVERIFY2(!document->isBusy(), qPrintable(name)); // no re-layout started
            QCOMPARE(window.scene()->mode(), GraphScene::Mode::Browse);
        }

        // The History view: disabled, and a step chosen in it anyway changes nothing.
        QUndoView *history = controller->historyView();
        QVERIFY(!history->isEnabled());
        history->setCurrentIndex(history->model()->index(0, 0));
        QCOMPARE(stack->index(), index);
        QCOMPARE(contentText(document->graph()), contentText(before));

        document->stop();
        QVERIFY(finished.wait(10000));
        QVERIFY(history->isEnabled());
        history->setCurrentIndex(history->model()->index(0, 0));
        QCOMPARE(stack->index(), 0);
        stack->setClean();
        window.documentFile()->closed();
    }
};

QTEST_MAIN(TestEditController)
#include "tst_editcontroller.moc"
