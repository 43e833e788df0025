#include "editor/selectioncommands.h"

#include "editor/commands/addelementscommand.h"
#include "editor/commands/removeelementscommand.h"
#include "editor/graphclipboard.h"
#include "editor/grapheditor.h"
#include "model/graph.h"
#include "scene/danglingedgeitem.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/nodeitem.h"

namespace converge {

namespace {
// Pasted and duplicated resources land this far from the originals, so both stay visible.
const QPointF PasteOffset(30, 30);
} // namespace

SelectionCommands::SelectionCommands(GraphEditor *editor, GraphView *view,
                                     std::function<void(const QString &)> tell)
    : m_editor(editor), m_view(view), m_tell(std::move(tell))
{}

QPointF SelectionCommands::viewCentre() const
{
    return m_view->mapToScene(m_view->viewport()->rect().center());
}

void SelectionCommands::selectAll()
{
    for (ResourceId id : m_editor->graph().resourceIds()) {
        if (NodeItem *item = m_editor->scene()->nodeItem(id))
            item->setSelected(true);
    }
}

void SelectionCommands::copy()
{
    const std::vector<ResourceId> selected = m_editor->scene()->selectedResources();
    if (!selected.empty())
        GraphClipboard::put(m_editor->capture(selected));
    m_pastes = 0;
}

void SelectionCommands::cut()
{
    copy();
    deleteSelection();
}

void SelectionCommands::paste(std::optional<QPointF> at)
{
    GraphFragment fragment;
    QString error;
    if (!m_editor->canEdit())
        return;
    if (!GraphClipboard::take(&fragment, &error)) {
        m_tell(tr("Nothing to paste: %1").arg(error));
        return;
    }
    // Text from an editor may have no positions: line those up in the middle of the view.
    QPointF next = viewCentre();
    for (Resource &r : fragment.resources) {
        if (!r.position) {
            r.position = next - PasteOffset;
            next += QPointF(0, 50);
        }
    }
    QPointF offset = PasteOffset * ++m_pastes;
    if (at) {
        // The copies' middle lands where the menu was asked for.
        QRectF box;
        for (const Resource &r : fragment.resources)
            box |= QRectF(*r.position, QSizeF(1, 1));
        offset = *at - box.center();
    }
    fragment.makeInsertable(m_editor->graph(), offset);
    m_editor->push(new AddElementsCommand(
        m_editor, fragment, tr("Paste %n resource(s)", nullptr, int(fragment.resources.size()))));
}

void SelectionCommands::duplicate()
{
    const std::vector<ResourceId> selected = m_editor->scene()->selectedResources();
    if (selected.empty() || !m_editor->canEdit())
        return;
    GraphFragment fragment = m_editor->capture(selected);
    fragment.makeInsertable(m_editor->graph(), PasteOffset);
    m_editor->push(new AddElementsCommand(
        m_editor, fragment,
        tr("Duplicate %n resource(s)", nullptr, int(fragment.resources.size()))));
}

std::vector<EdgeId> SelectionCommands::selectedEdges() const
{
    std::vector<EdgeId> edges;
    for (QGraphicsItem *item : m_editor->scene()->selectedItems()) {
        if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item))
            edges.push_back(edge->edgeId());
        else if (auto *dangling = qgraphicsitem_cast<DanglingEdgeItem *>(item))
            edges.push_back(dangling->edgeId());
    }
    return edges;
}

void SelectionCommands::deleteSelection()
{
    const std::vector<ResourceId> selected = m_editor->scene()->selectedResources();
    std::vector<EdgeId> edges = GraphFragment::touchingEdges(m_editor->graph(), selected);
    const std::vector<EdgeId> alone = selectedEdges();
    edges.insert(edges.end(), alone.begin(), alone.end());
    if ((selected.empty() && edges.empty()) || !m_editor->canEdit())
        return;
    m_editor->push(new RemoveElementsCommand(m_editor, m_editor->capture(selected, edges)));
}

} // namespace converge
