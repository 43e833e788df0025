#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QTreeWidget>

using namespace converge;

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsActionsWithShortcutsGroupedByMenu();
    void showsEveryShortcutOfAnAction();
    void filterHidesRowsAndEmptyGroups();
};

namespace {

QTreeWidget *treeOf(const ShortcutsDialog &dialog)
{
    return dialog.findChild<QTreeWidget *>();
}

} // namespace

void TestShortcutsDialog::listsActionsWithShortcutsGroupedByMenu()
{
    QMenu file(QStringLiteral("&File"));
    QAction *open = file.addAction(QStringLiteral("&Open..."));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    file.addAction(QStringLiteral("Export"));
    QMenu view(QStringLiteral("&View"));
    QAction *zoom = view.addAction(QStringLiteral("Zoom &In"));
    zoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    QAction loose(QStringLiteral("Find && Replace"));
    loose.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    ShortcutsDialog dialog({open, file.actions().at(1), zoom, &loose});
    QTreeWidget *tree = treeOf(dialog);
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("File"));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1); // Export has no shortcut
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("Open"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(1),
             QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("View"));
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), QStringLiteral("Zoom In"));
    QCOMPARE(tree->topLevelItem(2)->text(0), QStringLiteral("Other"));
    QCOMPARE(tree->topLevelItem(2)->child(0)->text(0), QStringLiteral("Find & Replace"));
}

void TestShortcutsDialog::showsEveryShortcutOfAnAction()
{
    QAction zoom(QStringLiteral("Zoom In"));
    zoom.setShortcuts(QKeySequence::ZoomIn);
    const QList<QKeySequence> keys = zoom.shortcuts();
    QVERIFY(!keys.isEmpty());

    ShortcutsDialog dialog({&zoom});
    const QString shown = treeOf(dialog)->topLevelItem(0)->child(0)->text(1);
    for (const QKeySequence &key : keys)
        QVERIFY2(shown.contains(key.toString(QKeySequence::NativeText)), qPrintable(shown));
}

void TestShortcutsDialog::filterHidesRowsAndEmptyGroups()
{
    QMenu file(QStringLiteral("File"));
    QAction *open = file.addAction(QStringLiteral("Open"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QMenu run(QStringLiteral("Run"));
    QAction *start = run.addAction(QStringLiteral("Run"));
    start->setShortcut(QKeySequence(Qt::Key_F5));

    ShortcutsDialog dialog({open, start});
    QTreeWidget *tree = treeOf(dialog);
    dialog.findChild<QLineEdit *>()->setText(QStringLiteral("ope"));
    QVERIFY(!tree->topLevelItem(0)->isHidden());
    QVERIFY(!tree->topLevelItem(0)->child(0)->isHidden());
    QVERIFY(tree->topLevelItem(1)->isHidden());

    dialog.setFilter(QStringLiteral("F5"));
    QVERIFY(tree->topLevelItem(0)->isHidden());
    QVERIFY(!tree->topLevelItem(1)->isHidden());

    dialog.setFilter(QString());
    QVERIFY(!tree->topLevelItem(0)->isHidden());
    QVERIFY(!tree->topLevelItem(1)->isHidden());
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
