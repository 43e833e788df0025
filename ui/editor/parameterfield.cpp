#include "editor/parameterfield.h"

#include "editor/envtableeditor.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QToolButton>

namespace converge {

namespace {
/// A scalar for text typed into a field of type: strings are quoted when YAML would read them
/// as something else; the old value's quoting is kept when it still fits.
Value scalarFor(const QString &text, ResourceSchema::ParamType type, const Value *old)
{
    using Type = ResourceSchema::ParamType;
    if (type != Type::String && type != Type::StringList)
        return Value::scalar(text);
    if (old && old->isScalar() && old->style() != Value::Style::Plain)
        return Value::scalar(text, old->style());
    const Value plain = Value::scalar(text);
    return plain.isString() ? plain : Value::scalar(text, Value::Style::DoubleQuoted);
}
} // namespace

ParameterField::ParameterField(GraphEditor::Section section, const QString &kind,
                               const QString &name, ResourceSchema::ParamType type,
                               const QStringList &allowed, QObject *parent)
    : QObject(parent), m_section(section), m_name(name), m_type(type)
{
    using Type = ResourceSchema::ParamType;
    const bool params = section == GraphEditor::Section::Params;
    if (type == Type::StringMap)
        m_shape = Shape::Table;
    else if (type == Type::StringList)
        m_shape = Shape::List;
    else if (type == Type::Boolean)
        m_shape = Shape::Boolean;
    else if (!allowed.isEmpty())
        m_shape = Shape::Choice;
    else if (params && (name == u"cmd" || name == u"content"))
        m_shape = Shape::MultiLine;
    else if (params && kind == u"file" && (name == u"path" || name == u"source"))
        m_shape = Shape::Path;
    else
        m_shape = Shape::Line;

    switch (m_shape) {
    case Shape::Line: {
        auto *line = new QLineEdit;
        connect(line, &QLineEdit::editingFinished, this, &ParameterField::committed);
        m_editor = m_focus = line;
        break;
    }
    case Shape::Path: {
        auto *box = new QWidget;
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *line = new QLineEdit;
        auto *choose = new QToolButton;
        choose->setText(tr("\u2026"));
        choose->setToolTip(tr("Choose a path"));
        layout->addWidget(line);
        layout->addWidget(choose);
        connect(line, &QLineEdit::editingFinished, this, &ParameterField::committed);
        connect(choose, &QToolButton::clicked, this, [this, line] {
            const QString path =
                QFileDialog::getSaveFileName(m_editor, tr("Choose a Path"), line->text(), {},
                                             nullptr, QFileDialog::DontConfirmOverwrite);
            if (path.isEmpty())
                return;
            line->setText(path);
            emit committed();
        });
        m_editor = box;
        m_focus = line;
        break;
    }
    case Shape::MultiLine:
    case Shape::List: {
        auto *text = new QPlainTextEdit;
        text->setTabChangesFocus(true);
        text->setFixedHeight(m_shape == Shape::List ? 60 : 80);
        if (m_shape == Shape::List)
            text->setPlaceholderText(tr("one item per line"));
        text->installEventFilter(this);
        m_editor = m_focus = text;
        break;
    }
    case Shape::Choice:
    case Shape::Boolean: {
        auto *combo = new QComboBox;
        combo->setEditable(m_shape == Shape::Choice);
        combo->addItem(QString());
        if (m_shape == Shape::Boolean)
            combo->addItems({u"true"_qs, u"false"_qs});
        for (const QString &a : allowed) {
            if (!a.isEmpty())
                combo->addItem(a);
        }
        connect(combo, &QComboBox::activated, this, &ParameterField::committed);
        if (combo->lineEdit())
            connect(combo->lineEdit(), &QLineEdit::editingFinished, this,
                    &ParameterField::committed);
        m_editor = m_focus = combo;
        break;
    }
    case Shape::Table: {
        auto *table = new EnvTableEditor;
        connect(table, &EnvTableEditor::edited, this, &ParameterField::committed);
        m_editor = table;
        m_focus = table->table();
        break;
    }
    }
    m_editor->setObjectName(name);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setObjectName(name + u"Problem"_qs);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(palette);
    m_problem->hide();
}

bool ParameterField::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        emit committed();
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            emit committed();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ParameterField::setValue(const Value *value)
{
    if (m_shape == Shape::Table) {
        static_cast<EnvTableEditor *>(m_editor)->setValue(value ? *value : Value());
        return;
    }
    QString text;
    if (value && value->isScalar())
        text = value->text();
    else if (value && value->isList()) {
        QStringList lines;
        for (const Value &item : value->items())
            lines << item.text();
        text = lines.join(u'\n');
    }
    setText(text);
}

QString ParameterField::text() const
{
    switch (m_shape) {
    case Shape::Line:
    case Shape::Path:
        return static_cast<QLineEdit *>(m_focus)->text();
    case Shape::MultiLine:
    case Shape::List:
        return static_cast<QPlainTextEdit *>(m_editor)->toPlainText();
    case Shape::Choice:
    case Shape::Boolean:
        return static_cast<QComboBox *>(m_editor)->currentText();
    case Shape::Table:
        break;
    }
    return {};
}

std::optional<Value> ParameterField::read(const Value *old) const
{
    if (m_shape == Shape::Table)
        return static_cast<EnvTableEditor *>(m_editor)->value();
    const QString typed = text();
    if (m_shape == Shape::List) {
        Value list = Value::list();
        const Value *oldItem =
            old && old->isList() && !old->items().empty() ? &old->items()[0] : nullptr;
        for (const QString &line : typed.split(u'\n', Qt::SkipEmptyParts))
            list.append(scalarFor(line, m_type, oldItem));
        return list.items().empty() ? std::nullopt : std::optional<Value>(list);
    }
    if (typed.isEmpty())
        return std::nullopt;
    return scalarFor(m_shape == Shape::Line ? typed.trimmed() : typed, m_type, old);
}

void ParameterField::setText(const QString &text)
{
    switch (m_shape) {
    case Shape::Line:
    case Shape::Path:
        static_cast<QLineEdit *>(m_focus)->setText(text);
        break;
    case Shape::MultiLine:
    case Shape::List:
        static_cast<QPlainTextEdit *>(m_editor)->setPlainText(text);
        break;
    case Shape::Choice:
    case Shape::Boolean: {
        auto *combo = static_cast<QComboBox *>(m_editor);
        if (combo->findText(text) < 0)
            combo->addItem(text); // a value from the file the choices do not know: shown, kept
        combo->setCurrentIndex(combo->findText(text));
        break;
    }
    case Shape::Table:
        break; // rows are set by setValue(); a table's text is never kept out of the model
    }
}

void ParameterField::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_focus->setToolTip(problem);
    // Outlined as well as explained: the field to fix stands out in a long form.
    m_focus->setStyleSheet(problem.isEmpty() ? QString() : u"border: 2px solid #c01c28"_qs);
}

QString ParameterField::problem() const
{
    return m_problem->text();
}

} // namespace converge
