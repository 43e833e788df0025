#pragma once

#include <QIcon>
#include <QString>

namespace converge {

/// The desktop theme's icon themeName where there is one, so the toolbar matches other
/// applications; our own :/icons/ownName.svg otherwise.
inline QIcon themedIcon(const QString &themeName, const QString &ownName)
{
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/%1.svg").arg(ownName)));
}

} // namespace converge
