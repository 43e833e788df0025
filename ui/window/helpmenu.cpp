#include "window/helpmenu.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/shortcutsdialog.h"

#include <QAction>

namespace converge {

HelpMenu::HelpMenu(QWidget *window) : QMenu(tr("&Help"), window)
{
    QAction *shortcuts = addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    shortcuts->setStatusTip(tr("List every keyboard shortcut of the window"));
    connect(shortcuts, &QAction::triggered, this, &HelpMenu::showShortcuts);

    addSeparator();
    QAction *about = addAction(tr("&About Converge"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &HelpMenu::showAbout);
}

void HelpMenu::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(parentWidget()->findChildren<QAction *>(), parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpMenu::showAbout()
{
    auto *dialog = new AboutDialog(parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace converge
