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
    m_editor->rename(m_kind + u'/' + m_oldName, m_newName);
}

void RenameResourceCommand::undo()
{
    m_editor->rename(m_kind + u'/' + m_newName, m_oldName);
}

} // namespace converge
