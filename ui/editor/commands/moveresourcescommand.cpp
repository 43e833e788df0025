#include "editor/commands/moveresourcescommand.h"

#include "editor/grapheditor.h"

#include <QCoreApplication>

namespace converge {

MoveResourcesCommand::MoveResourcesCommand(GraphEditor *editor, int drag, Positions before,
                                           Positions after)
    : m_editor(editor), m_drag(drag), m_before(std::move(before)), m_after(std::move(after))
{
    setText(m_after.size() == 1
                ? QCoreApplication::translate("MoveResourcesCommand", "Move %1")
                      .arg(m_after.front().first)
                : QCoreApplication::translate("MoveResourcesCommand", "Move %n resource(s)",
                                              nullptr, int(m_after.size())));
}

bool MoveResourcesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = static_cast<const MoveResourcesCommand *>(other);
    if (move->m_drag != m_drag || move->m_after.size() != m_after.size())
        return false;
    m_after = move->m_after;
    return true;
}

void MoveResourcesCommand::redo()
{
    m_editor->setPositions(m_after);
}

void MoveResourcesCommand::undo()
{
    m_editor->setPositions(m_before);
}

} // namespace converge
