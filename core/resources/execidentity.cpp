#include "resources/execidentity.h"

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace converge {

namespace {

/// getpwuid_r/getpwnam_r's answer, with the buffer it points into.
struct UserEntry
{
    passwd entry = {};
    std::vector<char> buffer = std::vector<char>(16384);
    bool found = false;
};

UserEntry findUser(const QString &user)
{
    UserEntry u;
    passwd *result = nullptr;
    bool numeric = false;
    const uint id = user.toUInt(&numeric);
    if (numeric)
        getpwuid_r(id, &u.entry, u.buffer.data(), u.buffer.size(), &result);
    if (!result)
        getpwnam_r(user.toLocal8Bit().constData(), &u.entry, u.buffer.data(), u.buffer.size(),
                   &result);
    u.found = result != nullptr;
    return u;
}

std::optional<gid_t> findGroup(const QString &group)
{
    std::vector<char> buffer(65536);
    struct group entry = {};
    struct group *result = nullptr;
    bool numeric = false;
    const uint id = group.toUInt(&numeric);
    if (numeric)
        getgrgid_r(id, &entry, buffer.data(), buffer.size(), &result);
    if (!result)
        getgrnam_r(group.toLocal8Bit().constData(), &entry, buffer.data(), buffer.size(), &result);
    if (!result)
        return std::nullopt;
    return result->gr_gid;
}

} // namespace

std::optional<ProcessCredentials> ExecIdentity::resolve(const QString &user, const QString &group,
                                                        QString *error)
{
    if (user.isEmpty() && group.isEmpty())
        return std::nullopt;
    ProcessCredentials wanted;
    wanted.uid = geteuid();
    wanted.gid = getegid();
    QByteArray userName;
    if (!user.isEmpty()) {
        const UserEntry u = findUser(user);
        if (!u.found) {
            *error = tr("user %1 does not exist").arg(user);
            return std::nullopt;
        }
        wanted.uid = u.entry.pw_uid;
        wanted.gid = u.entry.pw_gid;
        userName = u.entry.pw_name;
    }
    if (!group.isEmpty()) {
        const std::optional<gid_t> gid = findGroup(group);
        if (!gid) {
            *error = tr("group %1 does not exist").arg(group);
            return std::nullopt;
        }
        wanted.gid = *gid;
    }
    if (wanted.uid == geteuid() && wanted.gid == getegid())
        return std::nullopt; // asked to be who it already is
    if (geteuid() != 0) {
        *error = tr("running as root is required to run a command as another user or group");
        return std::nullopt;
    }
    wanted.groups = {wanted.gid};
    if (!userName.isEmpty()) {
        int count = 64;
        std::vector<gid_t> groups(count);
        while (getgrouplist(userName.constData(), wanted.gid, groups.data(), &count) < 0)
            groups.resize(size_t(count));
        groups.resize(size_t(count));
        wanted.groups = groups;
    }
    return wanted;
}

} // namespace converge
