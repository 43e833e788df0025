#pragma once

#include "model/resource.h"

#include <QCoreApplication>
#include <QPointF>

#include <functional>
#include <optional>
#include <vector>

namespace converge {

class GraphEditor;
class GraphView;

/// The Edit menu's selection verbs, each one undo step: select all, copy, cut, paste,
/// duplicate and delete. Copies travel as yamlgraph text (GraphClipboard); pasted and
/// duplicated resources get a free "-N" suffix when their name is taken and land beside the
/// originals, each further paste of one copy a step further on. Resources and edges are deleted
/// together with every edge that touches them. GUI thread only; does nothing that changes the graph
/// while the editor refuses edits.
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
    /// Pastes beside the originals, or centred on at (the canvas menu's Paste Here).
    void paste(std::optional<QPointF> at = std::nullopt);
    void duplicate();
    void deleteSelection();
    /// Edges selected on their own (clicked), by id.
    std::vector<EdgeId> selectedEdges() const;

private:
    QPointF viewCentre() const;

    GraphEditor *m_editor;
    GraphView *m_view;
    std::function<void(const QString &)> m_tell;
    int m_pastes = 0; ///< pastes since the last copy: each lands a step further from the first
};

} // namespace converge
