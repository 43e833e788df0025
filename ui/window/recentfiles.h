#pragma once

#include <QObject>
#include <QStringList>

#include <vector>

class QAction;
class QMenu;

namespace converge {

/// The File > Open Recent menu: the last files opened, newest first, kept in QSettings.
/// GUI thread only.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    /// Fills menu (which the caller owns) with one action per file and a "Clear Menu" entry.
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    /// Puts path first in the list.
    void add(const QString &path);
    /// Takes path off the list (a file that could not be opened).
    void remove(const QString &path);
    QStringList files() const;
    /// Enables the menu when it has files and enabled is true.
    void setEnabled(bool enabled);

signals:
    void fileChosen(const QString &path);

private:
    void update();

    QMenu *m_menu;
    std::vector<QAction *> m_actions;
    bool m_enabled = true;
};

} // namespace converge
