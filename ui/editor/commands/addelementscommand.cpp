#include "editor/commands/addelementscommand.h"

#include "editor/grapheditor.h"

namespace converge {

AddElementsCommand::AddElementsCommand(GraphEditor *editor, GraphFragment fragment,
                                       const QString &text)
    : QUndoCommand(text), m_editor(editor), m_fragment(std::move(fragment))
{}

void AddElementsCommand::redo()
{
    m_connected = {};
    m_editor->insert(m_fragment, true, &m_connected);
}

void AddElementsCommand::undo()
{
    m_editor->remove(m_fragment);
    // The edges the new resources completed went with them: they dangle again, as before.
    m_editor->insert(m_connected, false);
}

} // namespace converge
