#include "editor/commands/addelementscommand.h"

#include "editor/grapheditor.h"

namespace converge {

AddElementsCommand::AddElementsCommand(GraphEditor *editor, GraphFragment fragment,
                                       const QString &text)
    : QUndoCommand(text), m_editor(editor), m_fragment(std::move(fragment))
{}

void AddElementsCommand::redo()
{
    m_editor->insert(m_fragment);
}

void AddElementsCommand::undo()
{
    m_editor->remove(m_fragment);
}

} // namespace converge
