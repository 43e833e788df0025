#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace converge {

namespace {

// "&Open..." -> "Open": menus show mnemonics and ellipses, a reference list should not.
QString plainText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    else if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString menuTitle(const QAction *action)
{
    for (const QObject *object : action->associatedObjects()) {
        if (const auto *menu = qobject_cast<const QMenu *>(object))
            return plainText(menu->title());
    }
    return {};
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    populate(actions);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    // Wide enough for German key names ("Umschalt+F5, Abbrechen") beside the commands.
    resize(fontMetrics().averageCharWidth() * 76, fontMetrics().height() * 30);
}

void ShortcutsDialog::populate(const QList<QAction *> &actions)
{
    QHash<QString, QTreeWidgetItem *> groups;
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        const QString menu = menuTitle(action);
        QTreeWidgetItem *&group = groups[menu];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {menu.isEmpty() ? tr("Other") : menu});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        QStringList keys;
        for (const QKeySequence &shortcut : action->shortcuts())
            keys.append(shortcut.toString(QKeySequence::NativeText));
        auto *item = new QTreeWidgetItem(
            group, {plainText(action->text()), keys.join(QStringLiteral(", "))});
        item->setIcon(0, action->icon());
        item->setToolTip(0, action->statusTip());
    }
    m_tree->expandAll();
}

void ShortcutsDialog::setFilter(const QString &text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        bool anyShown = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool shown = text.isEmpty() ||
                               item->text(0).contains(text, Qt::CaseInsensitive) ||
                               item->text(1).contains(text, Qt::CaseInsensitive);
            item->setHidden(!shown);
            anyShown = anyShown || shown;
        }
        group->setHidden(!anyShown);
    }
}

} // namespace converge
