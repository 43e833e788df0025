#pragma once

#include "model/resource.h"

#include <QString>
#include <QUndoCommand>

namespace converge {

class GraphEditor;

/// Turns mgmt's `notify` on or off on one edge, found by its ends' keys and its name (its id
/// changes when an undo puts the edge back). The editor must outlive the command.
class SetEdgeNotifyCommand : public QUndoCommand
{
public:
    SetEdgeNotifyCommand(GraphEditor *editor, const QString &fromKey, const QString &toKey,
                         const QString &name, bool notify);

    /// The command for the live edge id, named by what stays when ids change.
    static SetEdgeNotifyCommand *forEdge(GraphEditor *editor, EdgeId id, bool notify);

    void redo() override;
    void undo() override;

private:
    GraphEditor *m_editor;
    QString m_fromKey;
    QString m_toKey;
    QString m_name;
    bool m_notify;
};

} // namespace converge
