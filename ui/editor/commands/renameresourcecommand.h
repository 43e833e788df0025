#pragma once

#include "editor/graphfragment.h"

#include <QString>
#include <QUndoCommand>

namespace converge {

class GraphEditor;

/// Renames one resource; the new name must be free in its kind when the command is made
/// (the inline editors check as the user types). Edges to a missing resource that the new name
/// connects dangle again on undo. The editor must outlive the command.
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
    GraphFragment m_connected; ///< dangling edges the last redo connected, as they were
};

} // namespace converge
