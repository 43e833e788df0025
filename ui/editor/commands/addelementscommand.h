#pragma once

#include "editor/graphfragment.h"

#include <QUndoCommand>

namespace converge {

class GraphEditor;

/// Adds resources and edges: a new resource from the palette, a connection, a paste or a
/// duplicate. Undo removes exactly what redo added, and edges to missing resources that the new
/// resources connected dangle again; the fragment's names must be free when the
/// command is made (GraphFragment::makeInsertable()). The editor must outlive the command.
class AddElementsCommand : public QUndoCommand
{
public:
    AddElementsCommand(GraphEditor *editor, GraphFragment fragment, const QString &text);

    void redo() override;
    void undo() override;

private:
    GraphEditor *m_editor;
    GraphFragment m_fragment;
    GraphFragment m_connected; ///< dangling edges the last redo connected, as they were
};

} // namespace converge
