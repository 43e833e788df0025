#pragma once

#include "editor/graphfragment.h"

#include <QUndoCommand>

namespace converge {

class GraphEditor;

/// Deletes resources (with every edge touching them) and edges. Undo puts them back with their
/// parameters, meta, positions and edges; they come back at the end of the file's order, which
/// Graph cannot insert into. The editor must outlive the command.
class RemoveElementsCommand : public QUndoCommand
{
public:
    /// removed must hold the resources and every edge that goes with them, as captured now.
    RemoveElementsCommand(GraphEditor *editor, GraphFragment removed);

    void redo() override;
    void undo() override;

private:
    GraphEditor *m_editor;
    GraphFragment m_removed;
};

} // namespace converge
