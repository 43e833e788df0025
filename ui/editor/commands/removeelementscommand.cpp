#include "editor/commands/removeelementscommand.h"

#include "editor/grapheditor.h"

#include <QCoreApplication>

namespace converge {

RemoveElementsCommand::RemoveElementsCommand(GraphEditor *editor, GraphFragment removed)
    : m_editor(editor), m_removed(std::move(removed))
{
    if (m_removed.resources.size() == 1)
        setText(QCoreApplication::translate("RemoveElementsCommand", "Delete %1")
                    .arg(m_removed.resources.front().key()));
    else if (m_removed.resources.empty())
        setText(QCoreApplication::translate("RemoveElementsCommand", "Delete %n edge(s)", nullptr,
                                            int(m_removed.edges.size())));
    else
        setText(QCoreApplication::translate("RemoveElementsCommand", "Delete %n resource(s)",
                                            nullptr, int(m_removed.resources.size())));
}

void RemoveElementsCommand::redo()
{
    m_editor->remove(m_removed);
}

void RemoveElementsCommand::undo()
{
    // Nothing selected afterwards would be odd: the restored elements are what the user sees.
    m_editor->insert(m_removed);
}

} // namespace converge
