#pragma once

#include "editor/grapheditor.h"
#include "model/resourceschema.h"
#include "model/value.h"

#include <QObject>

#include <optional>

class QLabel;
class QWidget;

namespace converge {

/// One editable parameter in the property editor: the widget that fits its type (a line, a
/// multi-line text, a choice, a true/false box, a path with a chooser, a list, an environment
/// table) and the inline label that says what is wrong with its value.
///
/// read() turns what the user typed into a Value without ever dropping it: text that is wrong
/// for the type is stored as written and marked by setProblem(). Emits committed() when the user
/// finishes an edit (Enter, leaving the field, Ctrl+Return in a text box, a choice made).
/// The widgets are parented by the caller's layout. GUI thread only.
class ParameterField : public QObject
{
    Q_OBJECT
public:
    ParameterField(GraphEditor::Section section, const QString &kind, const QString &name,
                   ResourceSchema::ParamType type, const QStringList &allowed,
                   QObject *parent = nullptr);

    GraphEditor::Section section() const { return m_section; }
    const QString &name() const { return m_name; }
    /// The editor widget and the problem label, for the caller's form layout.
    QWidget *editor() const { return m_editor; }
    QLabel *problemLabel() const { return m_problem; }
    /// The widget that takes keyboard focus (the text box inside a path chooser, say).
    QWidget *focusWidget() const { return m_focus; }

    /// Shows value (nullptr: the key is absent).
    void setValue(const Value *value);
    /// What the user entered; nothing means "remove the key". old keeps the quoting style.
    std::optional<Value> read(const Value *old) const;
    /// Shows text as typed, e.g. a value the editor kept out of the model.
    void setText(const QString &text);
    /// What the field holds, as typed.
    QString text() const;
    /// Shows (or, when empty, hides) the reason the value is wrong, and outlines the field.
    void setProblem(const QString &problem);
    QString problem() const;

signals:
    void committed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Shape
    {
        Line,
        MultiLine,
        Choice,
        Boolean,
        Path,
        List,
        Table,
    };
    GraphEditor::Section m_section;
    QString m_name;
    ResourceSchema::ParamType m_type;
    Shape m_shape;
    QWidget *m_editor = nullptr;
    QWidget *m_focus = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace converge
