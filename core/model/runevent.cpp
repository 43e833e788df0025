#include "model/runevent.h"

#include <QCoreApplication>

namespace converge {

QString RunEvent::refreshText(const QString &from)
{
    return QCoreApplication::translate("converge::RunEvent", "received a refresh from %1")
        .arg(from);
}

} // namespace converge
