#include "window/recentfiles.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace converge {

namespace {
constexpr int MaxRecentFiles = 8;
const char SettingsKey[] = "recentFiles";
} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    for (int i = 0; i < MaxRecentFiles; ++i) {
        QAction *action = m_menu->addAction(QString());
        connect(action, &QAction::triggered, this,
                [this, action] { emit fileChosen(action->data().toString()); });
        m_actions.push_back(action);
    }
    m_menu->addSeparator();
    QAction *clear = m_menu->addAction(tr("&Clear Menu"));
    connect(clear, &QAction::triggered, this, [this] {
        QSettings().remove(QLatin1String(SettingsKey));
        update();
    });
    update();
}

void RecentFiles::add(const QString &path)
{
    QStringList list = files();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxRecentFiles)
        list.removeLast();
    QSettings().setValue(QLatin1String(SettingsKey), list);
    update();
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) == 0)
        return;
    QSettings().setValue(QLatin1String(SettingsKey), list);
    update();
}

QStringList RecentFiles::files() const
{
    return QSettings().value(QLatin1String(SettingsKey)).toStringList();
}

void RecentFiles::setEnabled(bool enabled)
{
    m_enabled = enabled;
    update();
}

void RecentFiles::update()
{
    const QStringList list = files();
    for (int i = 0; i < MaxRecentFiles; ++i) {
        QAction *action = m_actions[i];
        action->setVisible(i < list.size());
        if (i < list.size()) {
            action->setText(tr("&%1 %2").arg(i + 1).arg(QFileInfo(list[i]).fileName()));
            action->setData(list[i]);
            action->setStatusTip(list[i]);
        }
    }
    m_menu->setEnabled(m_enabled && !list.isEmpty());
}

} // namespace converge
