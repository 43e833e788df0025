#pragma once

#include "model/resource.h"

#include <QObject>
#include <QPointF>

class QAction;
class QMenu;
class QWidget;

namespace converge {

class EdgePropertiesDock;
class GraphEditor;
class GraphView;
class SceneEditor;
class SelectionCommands;

/// The canvas's right-click menus for editing: on the background (add each kind here, paste
/// here, re-layout, fit to window), on an edge (delete, notify on or off, properties) and the
/// editing part of a node's menu (rename, duplicate, delete, connect from here), which the run
/// part (RunActions) completes.
///
/// Built once and owned by this object; entries that would change the graph are disabled while
/// the editor refuses edits. GUI thread only.
class ContextMenus : public QObject
{
    Q_OBJECT
public:
    /// The node menu's edit entries are the Edit menu's own actions, so they keep one shortcut
    /// and one refusal rule.
    struct NodeActions
    {
        QAction *rename = nullptr;
        QAction *duplicate = nullptr;
        QAction *remove = nullptr;
        QAction *relayout = nullptr;
    };

    ContextMenus(GraphEditor *editor, SceneEditor *sceneEditor, SelectionCommands *selection,
                 GraphView *view, const NodeActions &actions, QWidget *parent);

    /// Puts the edit entries at the top of a node's menu.
    void extendNodeMenu(QMenu *nodeMenu);
    /// Where the edge menu's Properties entry goes.
    void setEdgeDock(EdgePropertiesDock *dock) { m_edgeDock = dock; }

    QMenu *canvasMenu() const { return m_canvasMenu; }
    QMenu *edgeMenu() const { return m_edgeMenu; }

    /// Shows the background menu for scenePos at screenPos; returns at once.
    void showCanvasMenu(QPointF scenePos, const QPoint &screenPos);
    /// Shows an edge's menu at screenPos; returns at once.
    void showEdgeMenu(EdgeId id, const QPoint &screenPos);

private:
    void buildCanvasMenu();
    void buildEdgeMenu();
    void toggleNotify(bool notify);
    void deleteEdge();

    GraphEditor *m_editor;
    SceneEditor *m_sceneEditor;
    SelectionCommands *m_selection;
    GraphView *m_view;
    NodeActions m_actions;
    EdgePropertiesDock *m_edgeDock = nullptr;
    QMenu *m_canvasMenu;
    QMenu *m_addMenu = nullptr;
    QAction *m_pasteHere = nullptr;
    QMenu *m_edgeMenu;
    QAction *m_notify = nullptr;
    QAction *m_deleteEdge = nullptr;
    QAction *m_connectFrom = nullptr;
    QPointF m_menuPos;         ///< where the background menu was asked for (scene)
    EdgeId m_edge = InvalidId; ///< the edge whose menu is up
};

} // namespace converge
