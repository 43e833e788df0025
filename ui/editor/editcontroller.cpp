#include "editor/editcontroller.h"

#include "docks/detailsdock.h"
#include "document/document.h"
#include "editor/commands/relayoutcommand.h"
#include "editor/contextmenus.h"
#include "editor/edgepropertiesdock.h"
#include "editor/emptycanvashint.h"
#include "editor/findbar.h"
#include "editor/grapheditor.h"
#include "editor/kindpalettedock.h"
#include "editor/propertyeditor.h"
#include "editor/renameeditor.h"
#include "editor/sceneeditor.h"
#include "editor/selectioncommands.h"
#include "model/graph.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/nodeitem.h"
#include "scene/themedicon.h"

#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>

#include <algorithm>
#include <functional>

namespace converge {

namespace {
constexpr int MessageMs = 8000;

// Message colours: dark text on a light tint, readable in light and dark themes alike, told
// apart by hue and by the frame's weight as well.
const QString ProblemStyle = QStringLiteral(
    "background: #fdecea; color: #5f1212; border: 2px solid #c0504d; padding: 4px 8px;");
const QString ConfirmationStyle = QStringLiteral(
    "background: #e8f4ec; color: #14452a; border: 1px solid #8cc0a0; padding: 4px 8px;");

/// What QUndoStack::createUndoAction() shows: the verb, then the step it would take back.
QString stepText(const QString &verb, const QString &step)
{
    return step.isEmpty() ? verb : verb + u' ' + step;
}
} // namespace

EditController::EditController(QMainWindow *window, Document *document, GraphScene *scene,
                               GraphView *view)
    : QObject(window), m_window(window), m_document(document), m_scene(scene), m_view(view),
      m_editor(new GraphEditor(document, scene, this)),
      m_sceneEditor(new SceneEditor(m_editor, this)),
      m_propertyEditor(new PropertyEditor(m_editor)),
      m_selection(std::make_unique<SelectionCommands>(
          m_editor, view, [this](const QString &message) { showMessage(message); })),
      m_banner(new QLabel(view)), m_toast(new QLabel(view))
{
    m_banner->setObjectName(u"EditBanner"_qs);
    m_banner->setStyleSheet(u"background: #fff4ce; color: #3d3000; border: 1px solid #e0c060;"
                            u" padding: 4px 8px;"_qs);
    m_banner->hide();
    m_toast->setObjectName(u"EditMessage"_qs);
    m_toast->hide();
    new EmptyCanvasHint(m_document->model(), view);
    // A kind's colour stays on the status bar only as long as its message.
    connect(m_window->statusBar(), &QStatusBar::messageChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_window->statusBar()->setStyleSheet({});
    });
    m_toastTimer.setSingleShot(true);
    connect(&m_toastTimer, &QTimer::timeout, m_toast, &QWidget::hide);
    createActions();

    QUndoStack *stack = m_editor->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &EditController::updateActions);
    connect(stack, &QUndoStack::canUndoChanged, this, &EditController::updateActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &EditController::updateActions);
    connect(stack, &QUndoStack::undoTextChanged, this,
            [this](const QString &step) { m_undoAction->setText(stepText(tr("&Undo"), step)); });
    connect(stack, &QUndoStack::redoTextChanged, this,
            [this](const QString &step) { m_redoAction->setText(stepText(tr("&Redo"), step)); });
    connect(m_sceneEditor, &SceneEditor::refused, this,
            [this](const QString &message) { showMessage(message); });
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
    // Actions that change the graph ask first: during a run they are refused with a message,
    // however they were triggered (a stale shortcut, QAction::trigger() from code).
    auto makeEdit = [this, make](const QString &name, const QString &text, const QKeySequence &key,
                                 const QString &tip, std::function<void()> edit) {
        return make(name, text, key, tip, [this, edit = std::move(edit)] {
            if (!refuseEdit())
                edit();
        });
    };
    // Not QUndoStack::createUndoAction(): its action undoes whether or not a run is going.
    m_undoAction = makeEdit(u"editUndo"_qs, tr("&Undo"), QKeySequence::Undo, {},
                            [this] { m_editor->undoStack()->undo(); });
    m_undoAction->setIconText(tr("Undo")); // the toolbar stays put; the menu names the step
    m_redoAction = makeEdit(u"editRedo"_qs, tr("&Redo"), QKeySequence::Redo, {},
                            [this] { m_editor->undoStack()->redo(); });
    // Ctrl+Y as well as the platform's key: what people coming from other editors press.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setIconText(tr("Redo"));
    m_cutAction = makeEdit(u"editCut"_qs, tr("Cu&t"), QKeySequence::Cut,
                           tr("Remove the selected resources and put them on the clipboard"),
                           [this] { m_selection->cut(); });
    m_copyAction =
        make(u"editCopy"_qs, tr("&Copy"), QKeySequence::Copy,
             tr("Copy the selected resources as mgmt YAML"), [this] { m_selection->copy(); });
    m_pasteAction = makeEdit(u"editPaste"_qs, tr("&Paste"), QKeySequence::Paste,
                             tr("Add the resources on the clipboard; taken names get a suffix"),
                             [this] { m_selection->paste(); });
    m_duplicateAction = makeEdit(u"editDuplicate"_qs, tr("D&uplicate"), Qt::CTRL | Qt::Key_D,
                                 tr("Copy the selected resources next to themselves"),
                                 [this] { m_selection->duplicate(); });
    m_deleteAction = makeEdit(u"editDelete"_qs, tr("&Delete"), QKeySequence::Delete,
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
                 if (on && refuseEdit()) {
                     m_connectAction->setChecked(false);
                     return;
                 }
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
    // Icons let the Edit toolbar show icons only, so that the toolbars fit the default window
    // width in every language; the menus show the words.
    m_undoAction->setIcon(themedIcon(u"edit-undo"_qs, u"undo"_qs));
    m_redoAction->setIcon(themedIcon(u"edit-redo"_qs, u"redo"_qs));
    m_deleteAction->setIcon(themedIcon(u"edit-delete"_qs, u"delete"_qs));
    m_connectAction->setIcon(QIcon(u":/icons/connect.svg"_qs));
    m_relayoutAction->setIcon(QIcon(u":/icons/relayout.svg"_qs));
}

void EditController::install(QMenu *viewMenu, DetailsDock *details,
                             const QList<QAction *> &fileActions)
{
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
    toolBar->addActions(fileActions);
    toolBar->addActions(
        {m_undoAction, m_redoAction, m_connectAction, m_deleteAction, m_relayoutAction});
    m_findBar = new FindBar(m_editor, m_view, m_window);
    // Find, Enter, F2: the match is selected while the find field keeps the focus.
    m_findBar->addAction(m_renameAction);
    m_window->addToolBarBreak(Qt::TopToolBarArea);
    m_window->addToolBar(Qt::TopToolBarArea, m_findBar);

    m_palette = new KindPaletteDock(m_window);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    connect(m_palette, &KindPaletteDock::currentKindChanged, m_sceneEditor,
            &SceneEditor::setNewKind);
    m_history = new QDockWidget(tr("History"), m_window);
    m_history->setObjectName(u"HistoryDock"_qs);
    m_historyView = new QUndoView(m_editor->undoStack());
    m_historyView->setEmptyLabel(tr("<opened>"));
    m_historySelection = m_historyView->selectionModel();
    m_frozenSelection = new QItemSelectionModel(m_historyView->model(), m_historyView);
    m_history->setWidget(m_historyView);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_history);
    m_edgeDock = new EdgePropertiesDock(m_editor, m_window);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_edgeDock);
    m_window->tabifyDockWidget(details, m_edgeDock);
    details->raise();
    m_details = details;
    viewMenu->addAction(m_palette->toggleViewAction());
    viewMenu->addAction(m_history->toggleViewAction());
    viewMenu->addAction(m_edgeDock->toggleViewAction());
    details->setEditor(m_propertyEditor);
    m_menus = new ContextMenus(
        m_editor, m_sceneEditor, m_selection.get(), m_view,
        {m_renameAction, m_duplicateAction, m_deleteAction, m_relayoutAction}, m_window);
    m_menus->setEdgeDock(m_edgeDock);
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
    for (QAction *action : {m_pasteAction, m_connectAction, m_relayoutAction})
        action->setEnabled(editable);
    m_undoAction->setEnabled(editable && m_editor->undoStack()->canUndo());
    m_redoAction->setEnabled(editable && m_editor->undoStack()->canRedo());
    // A disabled action explains itself in the status bar: why, not just what.
    for (QAction *action : {m_cutAction, m_deleteAction, m_duplicateAction, m_renameAction,
                            m_pasteAction, m_connectAction, m_relayoutAction}) {
        action->setStatusTip(m_document->isRunning() ? tr("Editing is blocked while the graph runs")
                                                     : action->data().toString());
    }
}

void EditController::setBlocked(bool blocked)
{
    // Disabled, the view takes no clicks; but code may still set its current index, and
    // QUndoView turns every current-index change into QUndoStack::setIndex(). During a run it
    // works on a selection model that reaches no stack.
    if (m_historyView) {
        m_historyView->setEnabled(!blocked);
        if (blocked)
            m_frozenSelection->setCurrentIndex(m_historyView->currentIndex(),
                                               QItemSelectionModel::ClearAndSelect);
        m_historyView->setSelectionModel(blocked ? m_frozenSelection : m_historySelection);
    }
    if (blocked) {
        m_banner->setText(tr("Editing is blocked while the graph runs: stop the run or wait for "
                             "it to finish."));
        // Above the canvas, not over it: the view gives up a strip of its height, so no node
        // hides behind the banner.
        m_banner->adjustSize();
        m_banner->setGeometry(0, 0, m_view->width(), m_banner->sizeHint().height());
        m_view->setTopStrip(m_banner->height());
        m_banner->show();
        m_banner->raise();
    } else {
        m_banner->hide();
        m_view->setTopStrip(0);
    }
    updateActions();
    m_propertyEditor->showResource(m_propertyEditor->resource());
}

bool EditController::refuseEdit()
{
    if (m_editor->canEdit())
        return false;
    showMessage(tr("Editing is blocked while the graph runs"));
    return true;
}

void EditController::showMessage(const QString &message, MessageKind kind)
{
    m_lastMessage = message;
    m_lastKind = kind;
    const bool problem = kind == MessageKind::Problem;
    m_window->statusBar()->showMessage(message, MessageMs);
    m_window->statusBar()->setStyleSheet(problem ? u"QStatusBar { color: #a02020; }"_qs
                                                 : u"QStatusBar { color: #1a6a3a; }"_qs);
    m_toast->setStyleSheet(problem ? ProblemStyle : ConfirmationStyle);
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
    if (m_edgeDock) {
        // One edge clicked on its own: its properties come forward; a node brings its own back.
        const std::vector<EdgeId> edges = m_selection->selectedEdges();
        const EdgeId edge = selected.empty() && edges.size() == 1 ? edges.front() : InvalidId;
        m_edgeDock->showEdge(edge);
        // Open (perhaps as a hidden tab), not closed by the user.
        if (edge != InvalidId && m_edgeDock->toggleViewAction()->isChecked())
            m_edgeDock->raise();
        else if (selected.size() == 1 && m_details->toggleViewAction()->isChecked())
            m_details->raise();
    }
    updateActions();
}

void EditController::layoutReady(const GraphLayout &layout)
{
    if (std::exchange(m_freshLoad, false)) {
        m_editor->reset(layout);
        return;
    }
    // A layout chosen during a run must not cost the undo history or the unsaved state: it
    // only moves what Graphviz places, as for an empty graph, where it is not worth a step.
    // Nor does a layout of a graph without saved positions: Save writes the same file (an
    // engine choice is a way of viewing it).
    const Graph &graph = m_editor->graph();
    const std::vector<ResourceId> ids = graph.resourceIds();
    const bool positioned = std::any_of(ids.begin(), ids.end(), [&](ResourceId id) {
        return graph.resource(id).position.has_value();
    });
    if (m_document->isRunning() || !positioned) {
        m_editor->setBaseLayout(layout);
        return;
    }
    m_editor->push(new RelayoutCommand(m_editor, layout));
}

void EditController::startOver()
{
    m_freshLoad = false;
    m_editor->reset(GraphLayout());
    updateActions();
}

void EditController::relayout()
{
    if (!refuseEdit())
        m_document->setLayoutOptions(m_document->layoutOptions());
}

void EditController::renameSelection()
{
    if (refuseEdit())
        return;
    const std::vector<ResourceId> selected = m_scene->selectedResources();
    if (selected.size() == 1)
        RenameEditor::start(m_editor, m_view, selected.front());
}

} // namespace converge
