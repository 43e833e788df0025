#pragma once

#include "editor/grapheditor.h"

#include <QUndoCommand>

#include <optional>

namespace converge {

/// Sets, changes or removes one parameter or meta parameter of one resource: one undo step per
/// field the user commits. A value is stored as typed, even when it is wrong for the field, so
/// nothing the user wrote is lost; the editor marks it. The editor must outlive the command.
class SetParameterCommand : public QUndoCommand
{
public:
    /// before/after: nothing means the key is absent.
    SetParameterCommand(GraphEditor *editor, const QString &key, GraphEditor::Section section,
                        const QString &name, std::optional<Value> before,
                        std::optional<Value> after);

    void redo() override;
    void undo() override;

private:
    GraphEditor *m_editor;
    QString m_key;
    GraphEditor::Section m_section;
    QString m_name;
    std::optional<Value> m_before;
    std::optional<Value> m_after;
};

} // namespace converge
