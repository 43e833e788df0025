#include "model/resourcestate.h"

#include <QCoreApplication>

#include <array>

namespace converge {

namespace {
constexpr std::array<std::u16string_view, 6> Names{u"pending", u"running", u"done",
                                                   u"failed",  u"skipped", u"cancelled"};
}

QString stateName(ResourceState state)
{
    const auto name = Names[size_t(state)];
    return QString::fromUtf16(name.data(), qsizetype(name.size()));
}

QString stateLabel(ResourceState state)
{
    static constexpr std::array<const char *, 6> Labels{
        QT_TRANSLATE_NOOP("ResourceState", "pending"),
        QT_TRANSLATE_NOOP("ResourceState", "running"),
        QT_TRANSLATE_NOOP("ResourceState", "done"),
        QT_TRANSLATE_NOOP("ResourceState", "failed"),
        QT_TRANSLATE_NOOP("ResourceState", "skipped"),
        QT_TRANSLATE_NOOP("ResourceState", "cancelled")};
    return QCoreApplication::translate("ResourceState", Labels[size_t(state)]);
}

bool stateFromName(QStringView name, ResourceState *state)
{
    for (size_t i = 0; i < Names.size(); ++i) {
        if (name == QStringView(Names[i].data(), qsizetype(Names[i].size()))) {
            *state = ResourceState(i);
            return true;
        }
    }
    return false;
}

} // namespace converge
