#include "editor/contextmenus.h"

#include "editor/commands/removeelementscommand.h"
#include "editor/commands/setedgenotifycommand.h"
#include "editor/edgepropertiesdock.h"
#include "editor/grapheditor.h"
#include "editor/kindpalettedock.h"
#include "editor/sceneeditor.h"
#include "editor/selectioncommands.h"
#include "model/graph.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/kindicon.h"

#include <QAction>
#include <QMenu>

namespace converge {

ContextMenus::ContextMenus(GraphEditor *editor, SceneEditor *sceneEditor,
                           SelectionCommands *selection, GraphView *view,
                           const NodeActions &actions, QWidget *parent)
    : QObject(parent), m_editor(editor), m_sceneEditor(sceneEditor), m_selection(selection),
      m_view(view), m_actions(actions), m_canvasMenu(new QMenu(parent)),
      m_edgeMenu(new QMenu(parent))
{
    m_canvasMenu->setObjectName(u"CanvasMenu"_qs);
    m_edgeMenu->setObjectName(u"EdgeMenu"_qs);
    buildCanvasMenu();
    buildEdgeMenu();
    connect(m_sceneEditor, &SceneEditor::canvasMenuRequested, this, &ContextMenus::showCanvasMenu);
    connect(m_sceneEditor, &SceneEditor::edgeMenuRequested, this, &ContextMenus::showEdgeMenu);
}

void ContextMenus::buildCanvasMenu()
{
    m_addMenu = m_canvasMenu->addMenu(tr("&Add Here"));
    for (const QString &kind : KindPaletteDock::kinds()) {
        QAction *add = m_addMenu->addAction(kindIcon(kind), kind);
        connect(add, &QAction::triggered, this,
                [this, kind] { m_sceneEditor->addResource(kind, m_menuPos); });
    }
    m_pasteHere = m_canvasMenu->addAction(tr("&Paste Here"));
    connect(m_pasteHere, &QAction::triggered, this, [this] { m_selection->paste(m_menuPos); });
    m_canvasMenu->addSeparator();
    m_canvasMenu->addAction(m_actions.relayout);
    QAction *fit = m_canvasMenu->addAction(tr("&Fit to Window"));
    connect(fit, &QAction::triggered, m_view, &GraphView::fitToWindow);
}

void ContextMenus::buildEdgeMenu()
{
    m_deleteEdge = m_edgeMenu->addAction(tr("&Delete Edge"));
    connect(m_deleteEdge, &QAction::triggered, this, &ContextMenus::deleteEdge);
    m_notify = m_edgeMenu->addAction(tr("&Notify"));
    m_notify->setCheckable(true);
    m_notify->setStatusTip(tr("Send the dependent a refresh when the prerequisite changes "
                              "something (mgmt's notify)"));
    connect(m_notify, &QAction::triggered, this, &ContextMenus::toggleNotify);
    m_edgeMenu->addSeparator();
    QAction *properties = m_edgeMenu->addAction(tr("&Properties"));
    connect(properties, &QAction::triggered, this, [this] {
        if (!m_edgeDock)
            return;
        m_edgeDock->showEdge(m_edge);
        m_edgeDock->show();
        m_edgeDock->raise();
    });
}

void ContextMenus::extendNodeMenu(QMenu *nodeMenu)
{
    m_connectFrom = new QAction(tr("C&onnect From Here"), nodeMenu);
    m_connectFrom->setStatusTip(tr("Click another resource to make it depend on this one"));
    connect(m_connectFrom, &QAction::triggered, this, [this] {
        const std::vector<ResourceId> selected = m_editor->scene()->selectedResources();
        if (selected.size() != 1)
            return;
        const QPoint cursor = m_view->viewport()->mapFromGlobal(QCursor::pos());
        m_sceneEditor->startConnect(selected.front(), m_view->mapToScene(cursor));
    });
    QAction *first = nodeMenu->actions().value(0);
    nodeMenu->insertActions(
        first, {m_actions.rename, m_actions.duplicate, m_actions.remove, m_connectFrom});
    nodeMenu->insertSeparator(first);
    connect(nodeMenu, &QMenu::aboutToShow, this, [this] {
        m_connectFrom->setEnabled(m_editor->canEdit() &&
                                  m_editor->scene()->selectedResources().size() == 1);
    });
}

void ContextMenus::showCanvasMenu(QPointF scenePos, const QPoint &screenPos)
{
    m_menuPos = scenePos;
    const bool editable = m_editor->canEdit();
    m_addMenu->setEnabled(editable);
    m_pasteHere->setEnabled(editable);
    m_canvasMenu->popup(screenPos);
}

void ContextMenus::showEdgeMenu(EdgeId id, const QPoint &screenPos)
{
    const Graph &graph = m_editor->graph();
    if (!graph.containsEdge(id))
        return;
    m_edge = id;
    const bool editable = m_editor->canEdit();
    m_deleteEdge->setEnabled(editable);
    m_notify->setEnabled(editable);
    m_notify->setChecked(graph.edge(id).notify);
    m_edgeMenu->popup(screenPos);
}

void ContextMenus::toggleNotify(bool notify)
{
    const Graph &graph = m_editor->graph();
    if (!graph.containsEdge(m_edge))
        return;
    m_editor->push(SetEdgeNotifyCommand::forEdge(m_editor, m_edge, notify));
}

void ContextMenus::deleteEdge()
{
    if (!m_editor->graph().containsEdge(m_edge))
        return;
    m_editor->push(new RemoveElementsCommand(m_editor, m_editor->capture({}, {m_edge})));
}

} // namespace converge
