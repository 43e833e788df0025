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

namespace converge {

FindBar::FindBar(GraphEditor *editor, GraphView *view, QWidget *parent)
    : QToolBar(tr("Find"), parent), m_editor(editor), m_view(view), m_edit(new QLineEdit),
      m_status(new QLabel)
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
    hide();
}

void FindBar::activate()
{
    QStringList keys;
    for (ResourceId id : m_editor->graph().resourceIds())
        keys << m_editor->graph().resource(id).key();
    auto *completer = new QCompleter(keys, m_edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_edit->completer();
    m_edit->setCompleter(completer);
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

bool FindBar::findNext(const QString &text)
{
    const Graph &graph = m_editor->graph();
    const std::vector<ResourceId> ids = graph.resourceIds();
    const std::vector<ResourceId> selected = m_editor->scene()->selectedResources();
    // Start after the current selection, so Enter again walks through every match.
    size_t start = 0;
    if (selected.size() == 1) {
        const auto at = std::find(ids.begin(), ids.end(), selected.front());
        start = at == ids.end() ? 0 : size_t(at - ids.begin()) + 1;
    }
    for (size_t i = 0; i < ids.size() && !text.isEmpty(); ++i) {
        const ResourceId id = ids[(start + i) % ids.size()];
        if (!graph.resource(id).key().contains(text, Qt::CaseInsensitive))
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
