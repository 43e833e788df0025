#include "dialogs/aboutdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "window/helpmenu.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>

using namespace converge;

class TestHelpMenu : public QObject
{
    Q_OBJECT

private slots:
    void shortcutsListTheWindowsActions();
    void aboutOpensTheAboutDialog();
};

void TestHelpMenu::shortcutsListTheWindowsActions()
{
    QMainWindow window;
    QMenu *run = window.menuBar()->addMenu(QStringLiteral("&Run"));
    QAction *start = run->addAction(QStringLiteral("&Run"));
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    auto *help = new HelpMenu(&window);
    window.menuBar()->addMenu(help);

    help->showShortcuts();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QTreeWidget *tree = dialog->findChild<QTreeWidget *>();
    QStringList commands;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
            commands.append(tree->topLevelItem(g)->child(i)->text(0));
    }
    QVERIFY2(commands.contains(QStringLiteral("Run")), qPrintable(commands.join(u", "_qs)));
    // The menu's own entry is listed too, with its F1 shortcut.
    QVERIFY(commands.contains(QStringLiteral("Keyboard Shortcuts")));
}

void TestHelpMenu::aboutOpensTheAboutDialog()
{
    QMainWindow window;
    auto *help = new HelpMenu(&window);
    help->showAbout();
    auto *dialog = window.findChild<AboutDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->close();
    QTRY_VERIFY(!window.findChild<AboutDialog *>());
}

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
