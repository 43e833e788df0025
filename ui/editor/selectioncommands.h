#pragma once

#include "model/resource.h"

#include <QCoreApplication>
#include <QPointF>

#include <functional>
#include <vector>

namespace converge {

class GraphEditor;
class GraphView;

/// The Edit menu's selection verbs, each one undo step: select all, copy, cut, paste,
/// duplicate and delete. Copies travel as yamlgraph text (GraphClipboard); pasted and
/// duplicated resources get a free "-N" suffix when their name is taken and land beside the
/// originals. Resources and edges are deleted together with every edge that touches them.
/// GUI thread only; does nothing that changes the graph while the editor refuses edits.
class SelectionCommands
{
    Q_DECLARE_TR_FUNCTIONS(SelectionCommands)
public:
    /// tell shows a message to the user (a paste with nothing to paste, say).
    SelectionCommands(GraphEditor *editor, GraphView *view,
                      std::function<void(const QString &)> tell);

    void selectAll();
    void copy();
    void cut();
    void paste();
    void duplicate();
    void deleteSelection();
    /// Edges selected on their own (clicked), by id.
    std::vector<EdgeId> selectedEdges() const;

private:
    QPointF viewCentre() const;

    GraphEditor *m_editor;
    GraphView *m_view;
    std::function<void(const QString &)> m_tell;
};

} // namespace converge
