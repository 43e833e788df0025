#include "editor/editcontroller.h"

#include "docks/detailsdock.h"
#include "document/document.h"
#include "editor/commands/relayoutcommand.h"
#include "editor/findbar.h"
#include "editor/grapheditor.h"
#include "editor/kindpalettedock.h"
#include "editor/propertyeditor.h"
#include "editor/renameeditor.h"
#include "editor/sceneeditor.h"
#include "editor/selectioncommands.h"
#include "formats/yamlgraphreader.h"
#include "formats/yamlgraphwriter.h"
#include "model/graph.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/nodeitem.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>

namespace converge {

namespace {
constexpr int MessageMs = 8000;
// mgmt requires a graph name; a new graph takes its file's name when first saved.
const QString UntitledName = QStringLiteral("untitled");
} // namespace

EditController::EditController(QMainWindow *window, Document *document, GraphScene *scene,
                               GraphView *view)
    : QObject(window), m_window(window), m_document(document), m_scene(scene), m_view(view),
      m_editor(new GraphEditor(document, scene, this)),
      m_sceneEditor(new SceneEditor(m_editor, this)),
      m_propertyEditor(new PropertyEditor(m_editor)),
      m_recovery(new RecoveryFile([this] { return m_editor->graphForSaving(true); },
                                  [this] { return !m_editor->undoStack()->isClean(); }, this)),
      m_selection(std::make_unique<SelectionCommands>(
          m_editor, view, [this](const QString &message) { showMessage(message); })),
      m_banner(new QLabel(view)), m_toast(new QLabel(view))
{
    m_banner->setObjectName(u"EditBanner"_qs);
    m_banner->setStyleSheet(u"background: #fff4ce; color: #3d3000; border: 1px solid #e0c060;"
                            u" padding: 4px 8px;"_qs);
    m_banner->hide();
    m_toast->setObjectName(u"EditMessage"_qs);
    m_toast->setStyleSheet(u"background: #fdecea; color: #5f1212; border: 1px solid #e0a0a0;"
                           u" padding: 4px 8px;"_qs);
    m_toast->hide();
    m_toastTimer.setSingleShot(true);
    connect(&m_toastTimer, &QTimer::timeout, m_toast, &QWidget::hide);
    createActions();

    QUndoStack *stack = m_editor->undoStack();
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        m_window->setWindowModified(!clean);
        if (clean)
            m_recovery->discard();
    });
    connect(stack, &QUndoStack::indexChanged, this, &EditController::updateActions);
    connect(m_sceneEditor, &SceneEditor::refused, this, &EditController::showMessage);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &EditController::selectionChanged);
    // The window deletes the document before the scene, whose teardown still signals.
    connect(m_document, &QObject::destroyed, this,
            [this] { disconnect(m_scene, nullptr, this, nullptr); });
    connect(m_document, &Document::loaded, this, [this] { m_freshLoad = true; });
    connect(m_document, &Document::runStarted, this, [this] { setBlocked(true); });
    connect(m_document, &Document::runFinished, this, [this] { setBlocked(false); });
}

EditController::~EditController() = default;

void EditController::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &key,
                       const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setStatusTip(tip);
        action->setData(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction =
        make(u"fileNew"_qs, tr("&New"), QKeySequence::New, tr("Start an empty graph"), [this] {
            if (maybeSave())
                newGraph();
        });
    m_saveAction =
        make(u"fileSave"_qs, tr("&Save"), QKeySequence::Save,
             tr("Save the graph as mgmt YAML, with node positions"), &EditController::save);
    m_saveAsAction = make(u"fileSaveAs"_qs, tr("Save &As\u2026"), QKeySequence::SaveAs,
                          tr("Save the graph under another name"), &EditController::saveAs);

    m_undoAction = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(u"editUndo"_qs);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIconText(tr("Undo")); // the toolbar stays put; the menu names the step
    m_redoAction = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(u"editRedo"_qs);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIconText(tr("Redo"));
    m_cutAction = make(u"editCut"_qs, tr("Cu&t"), QKeySequence::Cut,
                       tr("Remove the selected resources and put them on the clipboard"),
                       [this] { m_selection->cut(); });
    m_copyAction =
        make(u"editCopy"_qs, tr("&Copy"), QKeySequence::Copy,
             tr("Copy the selected resources as mgmt YAML"), [this] { m_selection->copy(); });
    m_pasteAction = make(u"editPaste"_qs, tr("&Paste"), QKeySequence::Paste,
                         tr("Add the resources on the clipboard; taken names get a suffix"),
                         [this] { m_selection->paste(); });
    m_duplicateAction = make(u"editDuplicate"_qs, tr("D&uplicate"), Qt::CTRL | Qt::Key_D,
                             tr("Copy the selected resources next to themselves"),
                             [this] { m_selection->duplicate(); });
    m_deleteAction = make(u"editDelete"_qs, tr("&Delete"), QKeySequence::Delete,
                          tr("Delete the selected resources and their edges"),
                          [this] { m_selection->deleteSelection(); });
    m_renameAction =
        make(u"editRename"_qs, tr("Re&name"), Qt::Key_F2,
             tr("Rename the selected resource in place"), &EditController::renameSelection);
    m_selectAllAction = make(u"editSelectAll"_qs, tr("Select &All"), QKeySequence::SelectAll,
                             tr("Select every resource"), [this] { m_selection->selectAll(); });
    m_findAction = make(u"editFind"_qs, tr("&Find\u2026"), QKeySequence::Find,
                        tr("Find a resource by kind or name"), [this] { m_findBar->activate(); });
    m_connectAction =
        make(u"editConnect"_qs, tr("&Connect Mode"), Qt::CTRL | Qt::Key_E,
             tr("Drag from one resource to another to add a dependency (or hold "
                "Shift while dragging)"),
             [this](bool on) {
                 m_scene->setMode(on ? GraphScene::Mode::Connect : GraphScene::Mode::Browse);
             });
    m_connectAction->setCheckable(true);
    connect(m_scene, &GraphScene::modeChanged, this, [this](GraphScene::Mode mode) {
        m_connectAction->setChecked(mode == GraphScene::Mode::Connect);
    });
    m_snapAction =
        make(u"editSnap"_qs, tr("S&nap to Grid"), {},
             tr("Moved and new resources land on a %1-point grid").arg(SceneEditor::GridStep),
             [this](bool on) { m_sceneEditor->setSnapToGrid(on); });
    m_snapAction->setCheckable(true);
    m_relayoutAction = make(u"editRelayout"_qs, tr("Re-&layout"), Qt::CTRL | Qt::SHIFT | Qt::Key_L,
                            tr("Lay the graph out again with Graphviz (one undo step)"),
                            &EditController::relayout);
    // Selection edits belong to the canvas: in a text field the same keys edit the text.
    for (QAction *action : {m_cutAction, m_copyAction, m_pasteAction, m_duplicateAction,
                            m_deleteAction, m_renameAction, m_selectAllAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }
    m_deleteAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
}

void EditController::install(QMenu *fileMenu, QMenu *viewMenu, DetailsDock *details)
{
    QAction *first = fileMenu->actions().value(0);
    fileMenu->insertActions(first, {m_newAction});
    // Save and Save As go above the separator that sets Quit apart.
    const QList<QAction *> actions = fileMenu->actions();
    QAction *before = actions.isEmpty() ? nullptr : actions.constLast();
    if (actions.size() >= 2 && actions.at(actions.size() - 2)->isSeparator())
        before = actions.at(actions.size() - 2);
    fileMenu->insertSeparator(before);
    fileMenu->insertActions(before, {m_saveAction, m_saveAsAction});

    QMenu *edit = new QMenu(tr("&Edit"), m_window);
    m_window->menuBar()->insertMenu(viewMenu->menuAction(), edit);
    edit->addActions({m_undoAction, m_redoAction});
    edit->addSeparator();
    edit->addActions({m_cutAction, m_copyAction, m_pasteAction, m_duplicateAction, m_deleteAction});
    edit->addSeparator();
    edit->addActions({m_renameAction, m_selectAllAction, m_findAction});
    edit->addSeparator();
    edit->addActions({m_connectAction, m_snapAction, m_relayoutAction});

    QToolBar *toolBar = m_window->addToolBar(tr("Edit"));
    toolBar->setObjectName(u"EditToolBar"_qs);
    toolBar->addActions({m_newAction, m_saveAction, m_undoAction, m_redoAction, m_connectAction,
                         m_deleteAction, m_relayoutAction});
    m_findBar = new FindBar(m_editor, m_view, m_window);
    m_window->addToolBarBreak(Qt::TopToolBarArea);
    m_window->addToolBar(Qt::TopToolBarArea, m_findBar);

    m_palette = new KindPaletteDock(m_window);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    connect(m_palette, &KindPaletteDock::currentKindChanged, m_sceneEditor,
            &SceneEditor::setNewKind);
    m_history = new QDockWidget(tr("History"), m_window);
    m_history->setObjectName(u"HistoryDock"_qs);
    auto *undoView = new QUndoView(m_editor->undoStack());
    undoView->setEmptyLabel(tr("<opened>"));
    m_history->setWidget(undoView);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_history);
    viewMenu->addAction(m_palette->toggleViewAction());
    viewMenu->addAction(m_history->toggleViewAction());
    details->setEditor(m_propertyEditor);
    newGraph();
}

void EditController::updateActions()
{
    const bool editable = m_editor->canEdit();
    const bool selection = !m_scene->selectedResources().empty();
    for (QAction *action : {m_cutAction, m_duplicateAction})
        action->setEnabled(editable && selection);
    m_deleteAction->setEnabled(editable && (selection || !m_selection->selectedEdges().empty()));
    m_copyAction->setEnabled(selection);
    m_renameAction->setEnabled(editable && m_scene->selectedResources().size() == 1);
    for (QAction *action : {m_pasteAction, m_connectAction, m_relayoutAction, m_newAction})
        action->setEnabled(editable);
    if (!editable) {
        m_undoAction->setEnabled(false);
        m_redoAction->setEnabled(false);
    }
    // A disabled action explains itself in the status bar: why, not just what.
    for (QAction *action : {m_cutAction, m_deleteAction, m_duplicateAction, m_renameAction,
                            m_pasteAction, m_connectAction, m_relayoutAction, m_newAction}) {
        action->setStatusTip(m_document->isRunning() ? tr("Editing is blocked while the graph runs")
                                                     : action->data().toString());
    }
}

void EditController::setBlocked(bool blocked)
{
    m_editor->undoStack()->setActive(!blocked);
    if (blocked) {
        m_banner->setText(tr("Editing is blocked while the graph runs: stop the run or wait for "
                             "it to finish."));
        m_banner->adjustSize();
        m_banner->move(8, 8);
        m_banner->show();
        m_banner->raise();
    } else {
        m_banner->hide();
        // QUndoStack::setActive() left the actions as they were: bring them back in step.
        m_undoAction->setEnabled(m_editor->undoStack()->canUndo());
        m_redoAction->setEnabled(m_editor->undoStack()->canRedo());
    }
    updateActions();
    m_propertyEditor->showResource(m_propertyEditor->resource());
}

void EditController::showMessage(const QString &message)
{
    m_lastMessage = message;
    m_window->statusBar()->showMessage(message, MessageMs);
    // Also where the eyes are: on the canvas, until the next message or a few seconds pass.
    m_toast->setText(message);
    m_toast->adjustSize();
    m_toast->move((m_view->width() - m_toast->width()) / 2,
                  m_view->height() - m_toast->height() - 16);
    m_toast->show();
    m_toast->raise();
    m_toastTimer.start(MessageMs);
}

void EditController::selectionChanged()
{
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    m_propertyEditor->showResource(selected.size() == 1 ? selected.front() : InvalidId);
    updateActions();
}

void EditController::layoutReady(const GraphLayout &layout)
{
    if (std::exchange(m_freshLoad, false) || !m_editor->canEdit()) {
        m_editor->reset(layout);
        m_recovery->setOriginalPath(m_document->filePath());
        return;
    }
    if (m_editor->graph().resourceCount() == 0) {
        m_editor->setBaseLayout(layout); // nothing moves: not worth an undo step
        return;
    }
    m_editor->undoStack()->push(new RelayoutCommand(m_editor, layout));
}

void EditController::relayout()
{
    m_document->setLayoutOptions(m_document->layoutOptions());
}

bool EditController::maybeSave()
{
    if (m_editor->undoStack()->isClean())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The graph has unsaved changes. Save them first?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
    box.setObjectName(u"UnsavedChangesMessage"_qs);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        // The user chose to lose these changes: do not offer them back after the next start.
        m_recovery->discard();
        return true;
    default:
        return false;
    }
}

void EditController::closed()
{
    m_recovery->discard();
}

bool EditController::save()
{
    return m_document->filePath().isEmpty() ? saveAs() : saveTo(m_document->filePath());
}

bool EditController::saveAs()
{
    const QString current = m_document->filePath();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Graph"),
        current.isEmpty() ? QDir::homePath() + u"/graph.yaml"_qs : current,
        tr("mgmt YAML graphs (*.yaml *.yml)"));
    return !path.isEmpty() && saveTo(path);
}

bool EditController::saveTo(const QString &path)
{
    QString error;
    if (m_document->filePath().isEmpty() && m_editor->graph().name == UntitledName)
        m_document->model()->setName(QFileInfo(path).completeBaseName());
    if (!YamlGraphWriter::writeFile(m_editor->graphForSaving(), path, &error)) {
        showMessage(tr("Could not save %1: %2").arg(path, error));
        QMessageBox::warning(m_window, tr("Save Failed"),
                             tr("Could not save %1:\n%2\nThe file on disk is unchanged.")
                                 .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_document->setFilePath(path);
    emit filePathChanged();
    m_recovery->setOriginalPath(path);
    m_editor->undoStack()->setClean();
    m_recovery->discard();
    showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void EditController::newGraph()
{
    m_recovery->discard();
    Graph empty;
    empty.name = UntitledName;
    m_document->replaceGraph(std::move(empty), {});
    m_freshLoad = false;
    m_editor->reset(GraphLayout());
    m_recovery->setOriginalPath({});
    m_window->setWindowModified(false);
    updateActions();
}

bool EditController::offerRecovery()
{
    const QList<RecoveryFile::Entry> entries = RecoveryFile::pending();
    if (entries.isEmpty())
        return false;
    const RecoveryFile::Entry &entry = entries.front();
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work?"),
                    tr("Converge did not close properly. Unsaved changes to %1 were kept "
                       "automatically at %2. Recover them?")
                        .arg(entry.originalPath.isEmpty()
                                 ? tr("an untitled graph")
                                 : QDir::toNativeSeparators(entry.originalPath),
                             QLocale().toString(entry.written, QLocale::ShortFormat)),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(u"RecoverMessage"_qs);
    QPushButton *recoverButton = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Discard);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == recoverButton)
        return recover(entry);
    if (box.standardButton(box.clickedButton()) == QMessageBox::Discard)
        RecoveryFile::remove(entry);
    return false;
}

bool EditController::recover(const RecoveryFile::Entry &entry)
{
    YamlGraphReader::Result read = YamlGraphReader::readFile(entry.recoveryPath);
    if (!read.ok()) {
        showMessage(tr("Could not recover %1: %2")
                        .arg(entry.recoveryPath, read.diagnostics.value(0).toString()));
        return false;
    }
    m_document->replaceGraph(std::move(read.graph), entry.originalPath);
    m_freshLoad = false;
    m_editor->reset(GraphLayout());
    m_recovery->setOriginalPath(entry.originalPath);
    // Recovered work is not saved anywhere the user chose: keep it marked so, and safe.
    m_editor->undoStack()->resetClean();
    m_window->setWindowModified(true);
    if (m_recovery->saveNow())
        RecoveryFile::remove(entry);
    showMessage(tr("Recovered the unsaved work"));
    return true;
}

void EditController::renameSelection()
{
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    if (selected.size() == 1)
        RenameEditor::start(m_editor, m_view, selected.front());
}

} // namespace converge
