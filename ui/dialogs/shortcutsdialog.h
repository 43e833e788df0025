#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QTreeWidget;

namespace converge {

/// Help → Keyboard Shortcuts: every given action that has a shortcut, grouped by the menu it
/// appears in, with a filter box. Built from the live actions when constructed, so the list
/// always matches what the window really binds. The dialog does not own the actions; they
/// must outlive it (the main window's actions do).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    /// Shows only the rows whose command or shortcut contains `text` (case-insensitive).
    void setFilter(const QString &text);

private:
    void populate(const QList<QAction *> &actions);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace converge
