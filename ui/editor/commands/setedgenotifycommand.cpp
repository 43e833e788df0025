#include "editor/commands/setedgenotifycommand.h"

#include "editor/grapheditor.h"
#include "model/graph.h"

#include <QCoreApplication>

namespace converge {

SetEdgeNotifyCommand::SetEdgeNotifyCommand(GraphEditor *editor, const QString &fromKey,
                                           const QString &toKey, const QString &name, bool notify)
    : QUndoCommand(
          notify
              ? QCoreApplication::translate("SetEdgeNotifyCommand", "Notify along %1 -> %2")
                    .arg(fromKey, toKey)
              : QCoreApplication::translate("SetEdgeNotifyCommand", "Stop notifying along %1 -> %2")
                    .arg(fromKey, toKey)),
      m_editor(editor), m_fromKey(fromKey), m_toKey(toKey), m_name(name), m_notify(notify)
{}

SetEdgeNotifyCommand *SetEdgeNotifyCommand::forEdge(GraphEditor *editor, EdgeId id, bool notify)
{
    const Graph &graph = editor->graph();
    const Edge &edge = graph.edge(id);
    return new SetEdgeNotifyCommand(editor, graph.resource(edge.from).key(),
                                    graph.resource(edge.to).key(), edge.name, notify);
}

void SetEdgeNotifyCommand::redo()
{
    m_editor->setEdgeNotify(m_fromKey, m_toKey, m_name, m_notify);
}

void SetEdgeNotifyCommand::undo()
{
    m_editor->setEdgeNotify(m_fromKey, m_toKey, m_name, !m_notify);
}

} // namespace converge
