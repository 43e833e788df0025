#include "editor/renameeditor.h"

#include "editor/commands/renameresourcecommand.h"
#include "editor/grapheditor.h"
#include "editor/propertyeditor.h"
#include "model/graph.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

#include <QGraphicsView>
#include <QKeyEvent>
#include <QLabel>

namespace converge {

RenameEditor *RenameEditor::start(GraphEditor *editor, QGraphicsView *view, ResourceId id)
{
    NodeItem *item = editor->scene()->nodeItem(id);
    if (!item || !editor->canEdit())
        return nullptr;
    auto *rename = new RenameEditor(editor, view->viewport(), editor->graph().resource(id).key());
    rename->setText(editor->graph().resource(id).name);
    const QRect box = view->mapFromScene(item->sceneBoundingRect()).boundingRect();
    rename->setGeometry(box.left(), box.center().y() - rename->sizeHint().height() / 2,
                        std::max(box.width(), 160), rename->sizeHint().height());
    rename->m_message->move(rename->geometry().bottomLeft() + QPoint(0, 2));
    rename->selectAll();
    rename->show();
    rename->setFocus();
    return rename;
}

RenameEditor::RenameEditor(GraphEditor *editor, QWidget *parent, const QString &key)
    : QLineEdit(parent), m_editor(editor), m_key(key), m_message(new QLabel(parent))
{
    setObjectName(u"RenameEditor"_qs);
    m_message->setObjectName(u"RenameProblem"_qs);
    m_message->setStyleSheet(u"background: #fff0f0; color: #c01c28; padding: 2px;"_qs);
    m_message->hide();
    connect(this, &QLineEdit::textEdited, this, &RenameEditor::check);
}

void RenameEditor::check()
{
    m_problem = PropertyEditor::nameProblem(m_editor->graph(), m_key, text());
    setStyleSheet(m_problem.isEmpty() ? QString() : u"border: 2px solid #c01c28"_qs);
    m_message->setText(m_problem);
    m_message->adjustSize();
    m_message->setVisible(!m_problem.isEmpty());
}

void RenameEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        finish(false);
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        check();
        if (m_problem.isEmpty())
            finish(true);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void RenameEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    check();
    finish(m_problem.isEmpty());
}

void RenameEditor::finish(bool commit)
{
    if (std::exchange(m_done, true))
        return;
    const qsizetype slash = m_key.indexOf(u'/');
    const QString kind = m_key.left(slash);
    const QString oldName = m_key.mid(slash + 1);
    if (commit && text() != oldName && m_editor->canEdit() &&
        findByKey(m_editor->graph(), m_key) != InvalidId)
        m_editor->push(new RenameResourceCommand(m_editor, kind, oldName, text()));
    m_message->deleteLater();
    hide();
    deleteLater();
}

} // namespace converge
