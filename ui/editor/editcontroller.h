#pragma once

#include "layout/graphlayout.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QAction;
class QDockWidget;
class QItemSelectionModel;
class QLabel;
class QMainWindow;
class QMenu;
class QUndoView;

namespace converge {

class ContextMenus;
class DetailsDock;
class EdgePropertiesDock;
class Document;
class FindBar;
class GraphEditor;
class GraphScene;
class GraphView;
class KindPaletteDock;
class PropertyEditor;
class SceneEditor;
class SelectionCommands;

/// Everything that turns the viewer into an editor, wired into one main window: the Edit menu
/// (undo, redo, cut, copy, paste, duplicate, delete, rename, select all, find, connect, snap,
/// re-layout), the canvas's context menus, the Kinds palette, the undo History dock, the
/// property editor in the Details dock, the Edge dock for a selected edge, and the rule for runs:
/// editing is blocked while a run goes, and the canvas says so. During a run every edit action and
/// the History view are disabled, and an edit action triggered anyway (from code, say) is refused
/// with a message instead of changing the graph. Saving, New and crash recovery belong to the
/// DocumentFile.
///
/// Owned by the window; owns the GraphEditor and the helpers it creates. GUI thread only.
class EditController : public QObject
{
    Q_OBJECT
public:
    EditController(QMainWindow *window, Document *document, GraphScene *scene, GraphView *view);
    ~EditController() override;

    /// Adds the Edit menu before viewMenu, the edit toolbar (led by fileActions, New and Save)
    /// and docks, and the property editor to details.
    void install(QMenu *viewMenu, DetailsDock *details, const QList<QAction *> &fileActions);

    GraphEditor *editor() const { return m_editor; }
    SceneEditor *sceneEditor() const { return m_sceneEditor; }
    PropertyEditor *propertyEditor() const { return m_propertyEditor; }
    KindPaletteDock *palette() const { return m_palette; }
    FindBar *findBar() const { return m_findBar; }
    QUndoView *historyView() const { return m_historyView; }
    /// What a message tells the user, which decides how it looks.
    enum class MessageKind
    {
        Problem,      ///< a refusal or failure: warning colours
        Confirmation, ///< something the user asked for was done ("Saved ..."): calm colours
    };
    /// The last message shown to the user (status bar and canvas).
    QString lastMessage() const { return m_lastMessage; }
    MessageKind lastMessageKind() const { return m_lastKind; }
    /// Shows message in the status bar and on the canvas for a few seconds, styled by kind.
    void showMessage(const QString &message, MessageKind kind = MessageKind::Problem);

    /// Shows a finished layout: the first after a load becomes the picture; during a run a
    /// later one only moves the nodes Graphviz places, leaving the undo history and the
    /// modified state alone; otherwise it is a re-layout and one undo step.
    void layoutReady(const GraphLayout &layout);
    /// The document holds a graph that comes without a layout (New, crash recovery): forgets
    /// the undo history and places the nodes where the graph says.
    void startOver();

    SelectionCommands *selection() const { return m_selection.get(); }
    /// The canvas, edge and node context menus' edit entries (after install()).
    ContextMenus *contextMenus() const { return m_menus; }
    EdgePropertiesDock *edgeDock() const { return m_edgeDock; }
    void renameSelection();
    void relayout();

private:
    void createActions();
    void updateActions();
    void setBlocked(bool blocked);
    bool refuseEdit();
    void selectionChanged();

    QMainWindow *m_window;
    Document *m_document;
    GraphScene *m_scene;
    GraphView *m_view;
    GraphEditor *m_editor;
    SceneEditor *m_sceneEditor;
    PropertyEditor *m_propertyEditor;
    KindPaletteDock *m_palette = nullptr;
    ContextMenus *m_menus = nullptr;
    EdgePropertiesDock *m_edgeDock = nullptr;
    DetailsDock *m_details = nullptr;
    QDockWidget *m_history = nullptr;
    QUndoView *m_historyView = nullptr;
    QItemSelectionModel *m_historySelection = nullptr; ///< the view's own, which moves the stack
    QItemSelectionModel *m_frozenSelection = nullptr;  ///< stands in for it during a run
    FindBar *m_findBar = nullptr;
    std::unique_ptr<SelectionCommands> m_selection;
    QLabel *m_banner; ///< says that editing is blocked during a run
    QLabel *m_toast;  ///< the last refusal, shown on the canvas for a while
    QTimer m_toastTimer;
    QString m_lastMessage;
    MessageKind m_lastKind = MessageKind::Problem;
    bool m_freshLoad = false; ///< the next layout belongs to a newly loaded file

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_cutAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_snapAction = nullptr;
    QAction *m_relayoutAction = nullptr;
};

} // namespace converge
