#pragma once

#include "editor/graphfragment.h"

#include <QUndoCommand>

namespace converge {

class GraphEditor;

/// Adds resources and edges: a new resource from the palette, a connection, a paste or a
/// duplicate. Undo removes exactly what redo added; the fragment's names must be free when the
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
};

} // namespace converge
