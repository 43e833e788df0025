#pragma once

#include "layout/graphlayout.h"

#include <QPointF>
#include <QString>
#include <QUndoCommand>

#include <optional>
#include <utility>
#include <vector>

namespace converge {

class GraphEditor;

/// A Graphviz re-layout as one undo step: redo shows the new layout with every user position
/// cleared; undo brings back the old layout and the positions as they were. The editor must
/// outlive the command.
class RelayoutCommand : public QUndoCommand
{
public:
    RelayoutCommand(GraphEditor *editor, GraphLayout after);

    void redo() override;
    void undo() override;

private:
    GraphEditor *m_editor;
    GraphLayout m_before;
    GraphLayout m_after;
    std::vector<std::pair<QString, std::optional<QPointF>>> m_positions; ///< before
};

} // namespace converge
