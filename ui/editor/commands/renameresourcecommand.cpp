#include "editor/commands/renameresourcecommand.h"

#include "editor/grapheditor.h"

#include <QCoreApplication>

namespace converge {

RenameResourceCommand::RenameResourceCommand(GraphEditor *editor, const QString &kind,
                                             const QString &oldName, const QString &newName)
    : QUndoCommand(QCoreApplication::translate("RenameResourceCommand", "Rename %1/%2 to %3")
                       .arg(kind, oldName, newName)),
      m_editor(editor), m_kind(kind), m_oldName(oldName), m_newName(newName)
{}

void RenameResourceCommand::redo()
{
    m_connected = {};
    m_editor->rename(m_kind + u'/' + m_oldName, m_newName, &m_connected);
}

void RenameResourceCommand::undo()
{
    // Edges follow a renamed resource, but those the new name connected were never its: they
    // come off it first and dangle again afterwards, as before.
    m_editor->remove(m_connected);
    m_editor->rename(m_kind + u'/' + m_newName, m_oldName);
    m_editor->insert(m_connected, false);
}

} // namespace converge
