#pragma once

#include "resources/processrunner.h"

#include <QCoreApplication>

#include <optional>

namespace converge {

/// The user and group an exec resource's commands run as (mgmt's `user` and `group`).
///
/// A name or a numeric id, looked up as mgmt does (an id first, then a name; either must
/// exist). With `user`, the command gets that user's id, its primary group unless `group`
/// names another, and its supplementary groups (initgroups); with only `group`, the caller's
/// user with that group and no other. Resolved once, when the graph is validated; thread-safe.
class ExecIdentity
{
    Q_DECLARE_TR_FUNCTIONS(ExecIdentity)
public:
    /// Credentials to switch to, std::nullopt when the command runs as the caller (nothing
    /// asked, or what is asked is who the caller already is). On failure error is set: an
    /// unknown user or group, or another identity asked while not running as root.
    static std::optional<ProcessCredentials> resolve(const QString &user, const QString &group,
                                                     QString *error);
};

} // namespace converge
