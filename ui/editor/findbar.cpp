#include "editor/findbar.h"

#include "editor/grapheditor.h"
#include "model/graph.h"
#include "scene/graphscene.h"
#include "scene/graphview.h"
#include "scene/nodeitem.h"

#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>

#include <algorithm>

namespace converge {

namespace {
// Suggestions shown under the text box: enough to pick from, few enough to list at once.
constexpr size_t MaxSuggestions = 50;
} // namespace

FindBar::FindBar(GraphEditor *editor, GraphView *view, QWidget *parent)
    : QToolBar(tr("Find"), parent), m_editor(editor), m_view(view), m_edit(new QLineEdit),
      m_status(new QLabel), m_suggestions(new QStringListModel(this))
{
    setObjectName(u"FindBar"_qs);
    m_edit->setObjectName(u"FindText"_qs);
    m_edit->setPlaceholderText(tr("Find a resource: kind/name"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMaximumWidth(320);
    addWidget(new QLabel(tr("Find:")));
    addWidget(m_edit);
    addWidget(m_status);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { findNext(m_edit->text()); });
    // The index filters; the completer only shows what it found.
    auto *completer = new QCompleter(m_suggestions, m_edit);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_edit->setCompleter(completer);
    connect(m_edit, &QLineEdit::textEdited, this, &FindBar::suggest);
    hide();
}

void FindBar::activate()
{
    m_names = NameIndex(m_editor->graph());
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void FindBar::suggest(const QString &text)
{
    const std::vector<ResourceId> found = m_names.find(text, NameIndex::Part::Key);
    const Graph &graph = m_editor->graph();
    QStringList keys;
    for (size_t i = 0; i < found.size() && i < MaxSuggestions; ++i) {
        if (graph.contains(found[i]))
            keys << graph.resource(found[i]).key();
    }
    m_suggestions->setStringList(keys);
    m_status->setText(text.isEmpty() ? QString() : tr("%Ln match(es)", nullptr, int(found.size())));
}

bool FindBar::findNext(const QString &text)
{
    const Graph &graph = m_editor->graph();
    if (m_names.size() == 0 || m_names.size() != graph.resourceCount())
        m_names = NameIndex(graph); // not opened through activate(), or the graph changed
    const std::vector<ResourceId> ids = m_names.find(text, NameIndex::Part::Key);
    const std::vector<ResourceId> selected = m_editor->scene()->selectedResources();
    // Start after the current selection, so Enter again walks through every match.
    size_t start = 0;
    if (selected.size() == 1)
        start = size_t(std::upper_bound(ids.begin(), ids.end(), selected.front()) - ids.begin());
    for (size_t i = 0; i < ids.size(); ++i) {
        const ResourceId id = ids[(start + i) % ids.size()];
        // The index is a snapshot: a resource renamed since must still match.
        if (!graph.contains(id) || !graph.resource(id).key().contains(text, Qt::CaseInsensitive))
            continue;
        m_editor->scene()->selectResource(id);
        if (NodeItem *item = m_editor->scene()->nodeItem(id))
            m_view->centerOn(item);
        m_status->clear();
        return true;
    }
    m_status->setText(tr("No resource matches \u201c%1\u201d").arg(text));
    return false;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus();
        return;
    }
    QToolBar::keyPressEvent(event);
}

} // namespace converge
