#include "window/helpmenu.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/legenddialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/userguidedialog.h"

#include <QAction>

namespace converge {

HelpMenu::HelpMenu(QWidget *window) : QMenu(tr("&Help"), window)
{
    QAction *guide = addAction(tr("&User Guide"));
    guide->setObjectName(u"helpUserGuide"_qs);
    guide->setStatusTip(tr("Read how to open, edit, run and export graphs"));
    connect(guide, &QAction::triggered, this, &HelpMenu::showUserGuide);
    QAction *legend = addAction(tr("&Legend"));
    legend->setObjectName(u"helpLegend"_qs);
    legend->setStatusTip(tr("What each colour, glyph and highlight on the canvas means"));
    connect(legend, &QAction::triggered, this, &HelpMenu::showLegend);
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

void HelpMenu::showUserGuide()
{
    auto *dialog = new UserGuideDialog(parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpMenu::showLegend()
{
    auto *dialog = new LegendDialog(parentWidget());
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
