#include "editor/kindpalettedock.h"

#include "editor/sceneeditor.h"
#include "model/resourceschema.h"
#include "scene/kindicon.h"

#include <QListWidget>
#include <QMimeData>

namespace converge {

namespace {
/// A list that drags the kind name, not Qt's item model data, so the canvas can read it.
class KindList : public QListWidget
{
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {SceneEditor::kindMimeType()}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        auto *data = new QMimeData;
        data->setData(SceneEditor::kindMimeType(), items.front()->data(Qt::UserRole).toByteArray());
        return data;
    }
};
} // namespace

QStringList KindPaletteDock::kinds()
{
    // mgmt's other common kinds: they load, draw and save, but this machine does not run them.
    return ResourceSchema::runnableKinds() +
           QStringList{u"pkg"_qs, u"svc"_qs, u"user"_qs, u"group"_qs, u"http"_qs, u"print"_qs};
}

KindPaletteDock::KindPaletteDock(QWidget *parent)
    : QDockWidget(tr("Kinds"), parent), m_list(new KindList(this))
{
    setObjectName(QStringLiteral("KindPaletteDock"));
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const QString &kind : kinds()) {
        auto *item = new QListWidgetItem(kindIcon(kind), kind, m_list);
        item->setData(Qt::UserRole, kind);
        if (ResourceSchema::isRunnable(kind)) {
            item->setToolTip(tr("Drag onto the canvas, or double-click the canvas, to add a "
                                "%1 resource")
                                 .arg(kind));
        } else {
            item->setText(tr("%1 (cannot run here)").arg(kind));
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("%1 resources are drawn and saved, but Converge cannot run "
                                "them on this machine")
                                 .arg(kind));
        }
    }
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            emit currentKindChanged(item->data(Qt::UserRole).toString());
    });
    setWidget(m_list);
}

QString KindPaletteDock::currentKind() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void KindPaletteDock::setCurrentKind(const QString &kind)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == kind)
            m_list->setCurrentRow(row);
    }
}

} // namespace converge
