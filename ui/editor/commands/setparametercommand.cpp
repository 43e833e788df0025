#include "editor/commands/setparametercommand.h"

#include <QCoreApplication>

namespace converge {

SetParameterCommand::SetParameterCommand(GraphEditor *editor, const QString &key,
                                         GraphEditor::Section section, const QString &name,
                                         std::optional<Value> before, std::optional<Value> after)
    : QUndoCommand(
          QCoreApplication::translate("SetParameterCommand", "Set %1 of %2")
              .arg(section == GraphEditor::Section::Meta ? u"meta:"_qs + name : name, key)),
      m_editor(editor), m_key(key), m_section(section), m_name(name), m_before(std::move(before)),
      m_after(std::move(after))
{}

void SetParameterCommand::redo()
{
    m_editor->setValue(m_key, m_section, m_name, m_after);
}

void SetParameterCommand::undo()
{
    m_editor->setValue(m_key, m_section, m_name, m_before);
}

} // namespace converge
