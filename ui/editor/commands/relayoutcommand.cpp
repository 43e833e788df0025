#include "editor/commands/relayoutcommand.h"

#include "editor/grapheditor.h"

#include <QCoreApplication>

namespace converge {

RelayoutCommand::RelayoutCommand(GraphEditor *editor, GraphLayout after)
    : QUndoCommand(
          QCoreApplication::translate("RelayoutCommand", "Re-layout with %1").arg(after.engine)),
      m_editor(editor), m_before(editor->baseLayout()), m_after(std::move(after)),
      m_positions(editor->positions())
{}

void RelayoutCommand::redo()
{
    std::vector<std::pair<QString, std::optional<QPointF>>> cleared = m_positions;
    for (auto &entry : cleared)
        entry.second.reset();
    m_editor->setPositions(cleared);
    m_editor->setBaseLayout(m_after);
}

void RelayoutCommand::undo()
{
    m_editor->setPositions(m_positions);
    m_editor->setBaseLayout(m_before);
}

} // namespace converge
