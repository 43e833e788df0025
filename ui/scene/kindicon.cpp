#include "scene/kindicon.h"

#include <QHash>

namespace converge {

QIcon kindIcon(QStringView kind)
{
    static QHash<QString, QIcon> cache;
    // The kinds Converge runs; "other" is crossed out, for the kinds it only shows.
    static const QStringList ownIcons{QStringLiteral("exec"), QStringLiteral("file"),
                                      QStringLiteral("noop"), QStringLiteral("timer")};
    const QString name = ownIcons.contains(kind) ? kind.toString() : QStringLiteral("other");
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/kind-%1.svg").arg(name)));
    return *it;
}

} // namespace converge
