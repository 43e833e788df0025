#include "resources/symlinkguard.h"

#include "resources/fileowner.h"

#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace converge {

QString SymlinkGuard::refusal(const QByteArray &path)
{
    QByteArray link = path;
    while (link.size() > 1 && link.endsWith('/'))
        link.chop(1);
    struct stat linkStat;
    if (lstat(link.constData(), &linkStat) != 0 || !S_ISLNK(linkStat.st_mode))
        return {};
    const qsizetype slash = link.lastIndexOf('/');
    const QByteArray directory = slash > 0 ? link.left(slash) : QByteArray("/");
    struct stat dirStat;
    if (stat(directory.constData(), &dirStat) != 0)
        return {};
    const bool shared = (dirStat.st_mode & S_ISVTX) && (dirStat.st_mode & S_IWOTH);
    if (!shared || linkStat.st_uid == geteuid() || linkStat.st_uid == dirStat.st_uid)
        return {};
    return tr("refusing to follow %1: a symlink owned by %2 in the world-writable sticky "
              "directory %3, which the kernel's protected_symlinks rule forbids")
        .arg(QFile::decodeName(link), FileOwner::nameOf(FileOwner::Kind::User, linkStat.st_uid),
             QFile::decodeName(directory));
}

} // namespace converge
