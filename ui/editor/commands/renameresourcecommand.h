#pragma once

#include <QString>
#include <QUndoCommand>

namespace converge {

class GraphEditor;

/// Renames one resource; the new name must be free in its kind when the command is made
/// (the inline editors check as the user types). The editor must outlive the command.
class RenameResourceCommand : public QUndoCommand
{
public:
    RenameResourceCommand(GraphEditor *editor, const QString &kind, const QString &oldName,
                          const QString &newName);

    void redo() override;
    void undo() override;

private:
    GraphEditor *m_editor;
    QString m_kind;
    QString m_oldName;
    QString m_newName;
};

} // namespace converge
