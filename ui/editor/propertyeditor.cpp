#include "editor/propertyeditor.h"

#include "document/document.h"
#include "editor/commands/renameresourcecommand.h"
#include "editor/commands/setparametercommand.h"
#include "editor/parameterfield.h"
#include "editor/shellsyntaxwarning.h"
#include "engine/graphvalidator.h"
#include "model/graph.h"
#include "model/resourceschema.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace converge {

namespace {
using Type = ResourceSchema::ParamType;

/// mgmt's meta parameters as MetaParams reads them, in the order the editor shows them.
const std::pair<const char16_t *, Type> MetaFields[] = {
    {u"noop", Type::Boolean},      {u"retry", Type::Integer},   {u"delay", Type::Integer},
    {u"timeout", Type::Integer},   {u"poll", Type::Integer},    {u"limit", Type::Integer},
    {u"burst", Type::Integer},     {u"sema", Type::StringList}, {u"autoedge", Type::Boolean},
    {u"autogroup", Type::Boolean},
};

bool knownMeta(QStringView name)
{
    for (const auto &field : MetaFields) {
        if (name == field.first)
            return true;
    }
    return false;
}

/// A value on one line, as YAML's flow style would write it.
QString flowText(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null:
        return u"~"_qs;
    case Value::Type::Scalar:
        return value.text();
    case Value::Type::List: {
        QStringList items;
        for (const Value &item : value.items())
            items << flowText(item);
        return u'[' + items.join(u", "_qs) + u']';
    }
    case Value::Type::Map: {
        QStringList entries;
        for (const Value::MapEntry &entry : value.entries())
            entries << entry.first + u": "_qs + flowText(entry.second);
        return u'{' + entries.join(u", "_qs) + u'}';
    }
    }
    return {};
}

QString unknownName(GraphEditor::Section section, const QString &name)
{
    return (section == GraphEditor::Section::Meta ? u"unknown:meta:"_qs : u"unknown:"_qs) + name;
}

const Value *lookup(const Resource &r, GraphEditor::Section section, const QString &name)
{
    return (section == GraphEditor::Section::Params ? r.params : r.meta).find(name);
}
} // namespace

PropertyEditor::PropertyEditor(GraphEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor)
{
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // A narrow dock squeezes the fields rather than hiding half of them to the right.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form = new QWidget;
    m_scroll->setWidget(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    // The form follows the model, and only changes to the resource it shows: after the user's
    // own commit, after undo, after a rename; a drag elsewhere never rebuilds it.
    GraphModel *model = m_editor->document()->model();
    const auto shown = [this](ResourceId id) {
        if (id == m_id)
            refreshSoon();
    };
    connect(model, &GraphModel::resourceChanged, this, shown);
    connect(model, &GraphModel::resourceRenamed, this, shown);
    connect(model, &GraphModel::resourceRemoved, this, shown);
    connect(model, &GraphModel::graphReset, this, &PropertyEditor::refreshSoon);
    connect(model, &GraphModel::lockedChanged, this, &PropertyEditor::refreshSoon);
}

void PropertyEditor::showResource(ResourceId id)
{
    if (id == m_id && (id == InvalidId || m_editor->graph().contains(id)))
        return refreshSoon();
    m_id = id;
    rebuild();
}

void PropertyEditor::refreshSoon()
{
    // Never rebuild inside the signal of a widget that is about to be deleted by the rebuild.
    if (std::exchange(m_refreshQueued, true))
        return;
    QTimer::singleShot(0, this, &PropertyEditor::refresh);
}

void PropertyEditor::refresh()
{
    m_refreshQueued = false;
    const Graph &graph = m_editor->graph();
    if (m_id != InvalidId && !graph.contains(m_id))
        m_id = InvalidId;
    if (m_id == InvalidId || m_form->isEnabled() != m_editor->canEdit())
        return rebuild();
    const Resource &r = graph.resource(m_id);
    if (r.name != m_shown.name || !(r.params == m_shown.params) || !(r.meta == m_shown.meta))
        rebuild();
}

void PropertyEditor::addSection(const QString &title)
{
    auto *label = new QLabel(u"<b>"_qs + title.toHtmlEscaped() + u"</b>"_qs);
    m_layout->addRow(label);
}

QLabel *PropertyEditor::problemLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #c01c28"_qs);
    label->hide();
    return label;
}

void PropertyEditor::rebuild()
{
    QWidget *focused = focusWidget();
    const QString focusedName = focused ? focused->objectName() : QString();
    for (ParameterField *field : m_fields) {
        field->blockSignals(true);
        field->deleteLater();
    }
    m_fields.clear();
    delete m_layout;
    for (QWidget *child : m_form->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        delete child;
    m_layout = new QFormLayout(m_form);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_nameEdit = nullptr;
    m_nameProblem = nullptr;
    m_resourceProblem = nullptr;
    if (m_id == InvalidId || !m_editor->graph().contains(m_id)) {
        m_shown = Resource();
        auto *hint = new QLabel(tr("Select one resource to edit it."));
        hint->setWordWrap(true); // translations are longer than the dock is wide
        m_layout->addRow(hint);
        return;
    }
    const Resource &r = m_editor->graph().resource(m_id);
    m_shown = r;
    m_form->setEnabled(m_editor->canEdit());

    addSection(tr("Resource"));
    m_layout->addRow(tr("Kind"), new QLabel(ResourceSchema::isRunnable(r.kind)
                                                ? r.kind
                                                : tr("%1 (cannot run here)").arg(r.kind)));
    m_resourceProblem = problemLabel(u"resourceProblem"_qs);
    m_layout->addRow(QString(), m_resourceProblem);
    m_nameEdit = new QLineEdit(r.name);
    m_nameEdit->setObjectName(u"name"_qs);
    m_nameProblem = problemLabel(u"nameProblem"_qs);
    m_layout->addRow(tr("Name"), m_nameEdit);
    m_layout->addRow(QString(), m_nameProblem);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &PropertyEditor::checkName);
    connect(m_nameEdit, &QLineEdit::editingFinished, this, &PropertyEditor::commitName);

    auto addField = [&](GraphEditor::Section section, const QString &name, Type type,
                        const QStringList &allowed) {
        auto *field = new ParameterField(section, r.kind, name, type, allowed, this);
        field->setValue(lookup(r, section, name));
        m_layout->addRow(name, field->editor());
        m_layout->addRow(QString(), field->problemLabel());
        connect(field, &ParameterField::committed, this, [this, field] { commit(field); });
        m_fields.push_back(field);
    };
    const QList<ResourceSchema::Param> &params = ResourceSchema::params(r.kind);
    if (!params.isEmpty()) {
        addSection(tr("Parameters"));
        for (const ResourceSchema::Param &p : params)
            addField(GraphEditor::Section::Params, QString::fromUtf16(p.name), p.type, p.allowed);
        m_layout->addRow(new ShellSyntaxWarning(m_editor, m_id));
    }
    addUnknown(GraphEditor::Section::Params, r.params);
    addSection(tr("Meta parameters"));
    for (const auto &[name, type] : MetaFields)
        addField(GraphEditor::Section::Meta, QString::fromUtf16(name), type, {});
    addUnknown(GraphEditor::Section::Meta, r.meta);
    showProblems();

    if (!focusedName.isEmpty()) {
        if (auto *again = m_form->findChild<QWidget *>(focusedName)) {
            again->setFocus();
            // Keep the field just edited, and the problem under it, in sight.
            QTimer::singleShot(0, this, [this, field = QPointer<QWidget>(again)] {
                if (field)
                    m_scroll->ensureWidgetVisible(field, 10, 60);
            });
        }
    }
}

void PropertyEditor::addUnknown(GraphEditor::Section section, const Value &map)
{
    const QString kind = m_shown.kind;
    bool header = false;
    for (const Value::MapEntry &entry : map.entries()) {
        const bool known = section == GraphEditor::Section::Params
                               ? ResourceSchema::param(kind, entry.first) != nullptr
                               : knownMeta(entry.first);
        if (known)
            continue;
        if (!std::exchange(header, true)) {
            addSection(section == GraphEditor::Section::Params
                           ? tr("Other parameters (kept as loaded)")
                           : tr("Other meta parameters (kept as loaded)"));
        }
        auto *label = new QLabel(flowText(entry.second));
        label->setObjectName(unknownName(section, entry.first));
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        m_layout->addRow(entry.first, label);
    }
}

QString PropertyEditor::fieldLabel(const ParameterField *field)
{
    return (field->section() == GraphEditor::Section::Meta ? u"meta "_qs : QString()) +
           field->name();
}

PropertyEditor::Placed PropertyEditor::place(const Diagnostics &diagnostics) const
{
    const QString prefix = m_shown.key() + u": "_qs;
    Placed placed;
    placed.fields.resize(m_fields.size());
    for (const Diagnostic &d : diagnostics) {
        const QString message =
            d.message.startsWith(prefix) ? d.message.mid(prefix.size()) : d.message;
        bool found = false;
        for (size_t i = 0; i < m_fields.size() && !found; ++i) {
            const QString name = fieldLabel(m_fields[i]);
            if (message.startsWith(name + u": "_qs))
                placed.fields[i] = {message.mid(name.size() + 2), d};
            else if (message.startsWith(name + u' '))
                placed.fields[i] = {message, d};
            found = !placed.fields[i].first.isEmpty();
        }
        if (!found && d.isError())
            placed.unplaced.append(message);
    }
    return placed;
}

void PropertyEditor::showProblems()
{
    // The check `validate` and `run` make, so a value a run would refuse shows here at once:
    // under its field when the message names one, else under the kind. A value the editor
    // kept out of the model shows as typed, with why.
    const Placed placed = place(GraphValidator::validateResource(m_shown));
    const LiveValidator *live = m_editor->document()->problems();
    for (size_t i = 0; i < m_fields.size(); ++i) {
        ParameterField *field = m_fields[i];
        const QString label = fieldLabel(field);
        if (const LiveValidator::Rejected *kept = live->rejected(m_shown.key(), label)) {
            field->setText(kept->text);
            field->setProblem(place({kept->why}).fields[i].first);
        } else {
            field->setProblem(placed.fields[i].first);
        }
    }
    m_resourceProblem->setText(placed.unplaced.join(u'\n'));
    m_resourceProblem->setVisible(!placed.unplaced.isEmpty());
}

QString PropertyEditor::nameProblem(const Graph &graph, const QString &key, const QString &name)
{
    const ResourceId self = findByKey(graph, key);
    if (self == InvalidId)
        return {};
    const Resource &r = graph.resource(self);
    if (name.trimmed().isEmpty())
        return tr("A name cannot be empty");
    if (name != name.trimmed())
        return tr("A name cannot start or end with a space");
    const ResourceId other = graph.find(r.kind, name);
    if (other != InvalidId && other != self)
        return tr("%1/%2 already exists: names are unique per kind").arg(r.kind, name);
    return {};
}

QString PropertyEditor::nameProblem() const
{
    return m_nameProblem ? m_nameProblem->text() : QString();
}

QString PropertyEditor::resourceProblem() const
{
    return m_resourceProblem ? m_resourceProblem->text() : QString();
}

void PropertyEditor::checkName()
{
    const QString problem = nameProblem(m_editor->graph(), m_shown.key(), m_nameEdit->text());
    m_nameProblem->setText(problem);
    m_nameProblem->setVisible(!problem.isEmpty());
    m_nameEdit->setStyleSheet(problem.isEmpty() ? QString() : u"border: 2px solid #c01c28"_qs);
}

void PropertyEditor::commitName()
{
    checkName();
    const QString name = m_nameEdit->text();
    if (!m_nameProblem->text().isEmpty() || name == m_shown.name || !m_editor->canEdit())
        return;
    m_editor->push(new RenameResourceCommand(m_editor, m_shown.kind, m_shown.name, name));
}

void PropertyEditor::commit(ParameterField *field)
{
    if (!m_editor->canEdit() || m_id == InvalidId || !m_editor->graph().contains(m_id))
        return;
    const Resource &r = m_editor->graph().resource(m_id);
    const Value *old = lookup(r, field->section(), field->name());
    std::optional<Value> now = field->read(old);
    // The value as typed, checked before it reaches the model: one the field itself makes
    // wrong stays the user's text, marked, and out of the model and the undo history.
    Resource candidate = r;
    Value &map =
        field->section() == GraphEditor::Section::Params ? candidate.params : candidate.meta;
    if (now) {
        if (!map.isMap())
            map = Value::map();
        map.insert(field->name(), *now);
    } else if (map.isMap()) {
        map.remove(field->name());
    }
    const QString file = m_editor->document()->filePath();
    const Placed placed = place(GraphValidator::validateResource(candidate, file));
    const auto index =
        size_t(std::find(m_fields.begin(), m_fields.end(), field) - m_fields.begin());
    LiveValidator *live = m_editor->document()->problems();
    if (index < m_fields.size() && placed.fields[index].second.isError() &&
        !placed.fields[index].first.isEmpty() && !(old && now && *old == *now)) {
        Diagnostic why = placed.fields[index].second;
        why.file = file;
        if (!why.location.isValid())
            why.location = r.location;
        live->setRejectedValue(r.key(), fieldLabel(field), field->text(), why);
        field->setProblem(placed.fields[index].first);
        return;
    }
    live->clearRejectedValue(r.key(), fieldLabel(field));
    if ((!old && !now) || (old && now && *old == *now)) {
        showProblems();
        return;
    }
    m_editor->push(new SetParameterCommand(m_editor, r.key(), field->section(), field->name(),
                                           old ? std::optional<Value>(*old) : std::nullopt,
                                           std::move(now)));
}

ParameterField *PropertyEditor::field(GraphEditor::Section section, const QString &name) const
{
    for (ParameterField *f : m_fields) {
        if (f->section() == section && f->name() == name)
            return f;
    }
    return nullptr;
}

QString PropertyEditor::unknownValue(GraphEditor::Section section, const QString &name) const
{
    auto *label = m_form->findChild<QLabel *>(unknownName(section, name));
    return label ? label->text() : QString();
}

} // namespace converge
