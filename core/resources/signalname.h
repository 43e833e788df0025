#pragma once

#include <QCoreApplication>

#include <optional>

namespace converge {

/// Signal names as mgmt's exec `sig` takes them: "SIGTERM", "SIGINT", ... exactly; "term" or
/// "TERM" are refused with a suggestion, as mgmt does. Thread-safe.
class SignalName
{
    Q_DECLARE_TR_FUNCTIONS(SignalName)
public:
    /// The signal number for name, or std::nullopt with error set.
    static std::optional<int> parse(const QString &name, QString *error);
};

} // namespace converge
