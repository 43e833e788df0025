#include "resources/fileowner.h"

#include <QByteArray>

#include <cerrno>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>
#include <vector>

namespace converge {

namespace {

/// Buffer size the reentrant look-ups ask for; they say ERANGE when an entry needs more.
std::vector<char> lookupBuffer()
{
    const long hint = sysconf(_SC_GETPW_R_SIZE_MAX);
    return std::vector<char>(hint > 0 ? size_t(hint) : 16384);
}

/// Runs one reentrant look-up (call fills an Entry from a buffer), growing the buffer while
/// it says ERANGE; fields gives the found entry's id and name.
template <typename Entry, typename Call, typename Fields>
std::optional<unsigned> lookUpWith(const Call &call, const Fields &fields, QByteArray *name)
{
    std::vector<char> buffer = lookupBuffer();
    Entry entry;
    Entry *found = nullptr;
    while (call(&entry, &buffer, &found) == ERANGE)
        buffer.resize(buffer.size() * 2);
    if (!found)
        return std::nullopt;
    const auto [id, entryName] = fields(*found);
    if (name)
        *name = entryName;
    return id;
}

std::optional<unsigned> userId(const QByteArray &text, bool numeric, unsigned number,
                               QByteArray *name)
{
    return lookUpWith<passwd>(
        [&](passwd *entry, std::vector<char> *buffer, passwd **found) {
            return numeric
                       ? getpwuid_r(number, entry, buffer->data(), buffer->size(), found)
                       : getpwnam_r(text.constData(), entry, buffer->data(), buffer->size(), found);
        },
        [](const passwd &p) { return std::pair(unsigned(p.pw_uid), QByteArray(p.pw_name)); }, name);
}

std::optional<unsigned> groupId(const QByteArray &text, bool numeric, unsigned number,
                                QByteArray *name)
{
    return lookUpWith<group>(
        [&](group *entry, std::vector<char> *buffer, group **found) {
            return numeric
                       ? getgrgid_r(number, entry, buffer->data(), buffer->size(), found)
                       : getgrnam_r(text.constData(), entry, buffer->data(), buffer->size(), found);
        },
        [](const group &g) { return std::pair(unsigned(g.gr_gid), QByteArray(g.gr_name)); }, name);
}

std::optional<unsigned> lookUp(FileOwner::Kind kind, const QByteArray &text, bool numeric,
                               unsigned number, QByteArray *name = nullptr)
{
    return kind == FileOwner::Kind::User ? userId(text, numeric, number, name)
                                         : groupId(text, numeric, number, name);
}

} // namespace

std::optional<FileOwner> FileOwner::resolve(Kind kind, const QString &text, QString *error)
{
    const QByteArray local = text.toLocal8Bit();
    bool numeric = false;
    const unsigned number = text.toUInt(&numeric, 10);
    // mgmt tries the id first, then the name, so "0" is root even if a user is named "0".
    std::optional<unsigned> id;
    if (numeric)
        id = lookUp(kind, local, true, number);
    if (!id)
        id = lookUp(kind, local, false, 0);
    if (!id) {
        *error =
            kind == Kind::User ? tr("unknown user %1").arg(text) : tr("unknown group %1").arg(text);
        return std::nullopt;
    }
    FileOwner owner;
    owner.m_kind = kind;
    owner.m_id = *id;
    owner.m_text = text;
    return owner;
}

bool FileOwner::isAllowed() const
{
    if (geteuid() == 0)
        return true;
    if (m_kind == Kind::User)
        return m_id == geteuid();
    if (m_id == getegid())
        return true;
    const int count = getgroups(0, nullptr);
    std::vector<gid_t> groups(count > 0 ? size_t(count) : 0);
    if (count > 0 && getgroups(count, groups.data()) == count) {
        for (const gid_t g : groups) {
            if (g == m_id)
                return true;
        }
    }
    return false;
}

QString FileOwner::nameOf(Kind kind, unsigned id)
{
    QByteArray name;
    if (lookUp(kind, {}, true, id, &name))
        return QString::fromLocal8Bit(name);
    return QString::number(id);
}

} // namespace converge
