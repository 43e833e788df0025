#include "resources/signalname.h"

#include <csignal>
#include <cstring>

namespace converge {

namespace {

/// "SIGTERM" for SIGTERM: glibc's abbreviation with mgmt's (Go's unix.SignalNum) prefix.
std::optional<int> lookup(const QString &name)
{
    for (int s = 1; s < NSIG; ++s) {
        const char *abbreviation = sigabbrev_np(s);
        if (abbreviation && name == u"SIG"_qs + QLatin1String(abbreviation))
            return s;
    }
    return std::nullopt;
}

} // namespace

std::optional<int> SignalName::parse(const QString &name, QString *error)
{
    if (const auto s = lookup(name))
        return s;
    // mgmt's two guesses: the case, then the prefix.
    for (const QString &guess : {name.toUpper(), u"SIG"_qs + name.toUpper()}) {
        if (lookup(guess)) {
            *error = tr("invalid sig %1, did you mean %2?").arg(name, guess);
            return std::nullopt;
        }
    }
    *error = tr("invalid sig %1").arg(name);
    return std::nullopt;
}

} // namespace converge
