#include "editor/shellsyntaxwarning.h"

#include "document/document.h"
#include "editor/commands/setparametercommand.h"
#include "editor/grapheditor.h"
#include "model/graph.h"
#include "model/graphmodel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace converge {

namespace {
const QString Shell = QStringLiteral("/bin/sh");
} // namespace

QString ShellSyntaxWarning::shellSyntax(const QString &cmd)
{
    // Two-character operators first, so that "&&" is named rather than "&".
    static const QStringList pairs{u"&&"_qs, u"||"_qs, u">>"_qs, u"<<"_qs, u"2>"_qs, u"$("_qs};
    static const QString operators = u"><|;&$`*?()[]{}"_qs;
    bool wordStart = true;
    for (qsizetype i = 0; i < cmd.size(); ++i) {
        const QChar c = cmd[i];
        if (c == u'"' || c == u'\'' || c == u'\\')
            return QString(c);
        for (const QString &pair : pairs) {
            if (QStringView(cmd).mid(i).startsWith(pair) && (pair != u"2>" || wordStart))
                return pair;
        }
        if (operators.contains(c) || (wordStart && (c == u'~' || c == u'#')))
            return QString(c);
        wordStart = c.isSpace();
    }
    return {};
}

ShellSyntaxWarning::ShellSyntaxWarning(GraphEditor *editor, ResourceId id, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_id(id), m_text(new QLabel)
{
    setObjectName(u"ShellSyntaxWarning"_qs);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    auto *fix = new QPushButton(tr("Set shell: %1").arg(Shell));
    fix->setObjectName(u"SetShellButton"_qs);
    connect(fix, &QPushButton::clicked, this, &ShellSyntaxWarning::setShell);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_text);
    layout->addWidget(fix, 0, Qt::AlignLeft);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(u"#ShellSyntaxWarning { background: #fff4ce; border: 1px solid #e0c060; }"
                  u" QLabel { color: #3d3000; }"_qs);
    connect(m_editor->document()->model(), &GraphModel::resourceChanged, this,
            &ShellSyntaxWarning::follow);
    follow(id);
}

void ShellSyntaxWarning::follow(ResourceId changed)
{
    const Graph &graph = m_editor->graph();
    if (changed != m_id || !graph.contains(m_id))
        return;
    const Resource &resource = graph.resource(m_id);
    const Value *cmd = resource.params.find(u"cmd");
    const Value *shell = resource.params.find(u"shell");
    const QString syntax = resource.kind == u"exec" && cmd && (!shell || shell->text().isEmpty())
                               ? shellSyntax(cmd->text())
                               : QString();
    if (syntax.isEmpty()) {
        hide();
        return;
    }
    m_text->setText(tr("\u26A0 %1 is shell syntax, but cmd runs without a shell: mgmt splits it "
                       "at spaces and hands %1 to the program as text.")
                        .arg(u"<code>"_qs + syntax.toHtmlEscaped() + u"</code>"_qs));
    // Not before a layout takes it: a shown widget without a parent is a window of its own.
    if (parentWidget())
        show();
}

void ShellSyntaxWarning::setShell()
{
    const Graph &graph = m_editor->graph();
    if (!graph.contains(m_id))
        return;
    const Resource &resource = graph.resource(m_id);
    // An empty `shell:` is still there: undo puts it back as it was.
    const Value *before = resource.params.find(u"shell");
    m_editor->push(new SetParameterCommand(
        m_editor, resource.key(), GraphEditor::Section::Params, u"shell"_qs,
        before ? std::optional<Value>(*before) : std::nullopt, Value::scalar(Shell)));
}

} // namespace converge
