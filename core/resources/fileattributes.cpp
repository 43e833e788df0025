#include "resources/fileattributes.h"

#include "resources/filespec.h"
#include "resources/symlinkguard.h"
#include "resources/systemerror.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace converge {

CheckApplyResult FileAttributes::check(const FileSpec &spec, bool apply, bool wouldCreate,
                                       const FileContentSync::Report &report)
{
    if (!spec.owner && !spec.group && !spec.mode)
        return CheckApplyResult::converged();
    QByteArray path = QFile::encodeName(spec.path);
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    if (!spec.symlink) {
        if (const QString refusal = SymlinkGuard::refusal(path); !refusal.isEmpty())
            return CheckApplyResult::failed(refusal);
    }
    struct stat st;
    if ((spec.symlink ? lstat(path.constData(), &st) : stat(path.constData(), &st)) != 0) {
        if (!apply && wouldCreate && errno == ENOENT)
            return CheckApplyResult::converged();
        return CheckApplyResult::failed(
            tr("cannot stat %1: %2").arg(spec.path, systemErrorText(errno)));
    }
    // A link the guard allowed is followed, as mgmt follows it. Anything else is changed with
    // the no-follow calls, so a link swapped in after the guard looked is never followed.
    struct stat own;
    const bool follow = !spec.symlink && lstat(path.constData(), &own) == 0 && S_ISLNK(own.st_mode);
    bool changed = false;
    const uid_t uid = spec.owner ? spec.owner->id() : st.st_uid;
    const gid_t gid = spec.group ? spec.group->id() : st.st_gid;
    if (uid != st.st_uid || gid != st.st_gid) {
        changed = true;
        if (apply &&
            (follow ? chown(path.constData(), uid, gid) : lchown(path.constData(), uid, gid)) != 0)
            return CheckApplyResult::failed(
                tr("cannot chown %1: %2").arg(spec.path, systemErrorText(errno)));
    }
    if (uid != st.st_uid)
        report(tr("owner %1 -> %2")
                   .arg(FileOwner::nameOf(FileOwner::Kind::User, st.st_uid), spec.owner->text()));
    if (gid != st.st_gid)
        report(tr("group %1 -> %2")
                   .arg(FileOwner::nameOf(FileOwner::Kind::Group, st.st_gid), spec.group->text()));
    if (spec.mode) {
        const unsigned current = st.st_mode & 07777;
        const unsigned wanted = spec.mode->wanted(current);
        if (wanted != current) {
            changed = true;
            if (apply &&
                (follow ? chmod(path.constData(), wanted)
                        : fchmodat(AT_FDCWD, path.constData(), wanted, AT_SYMLINK_NOFOLLOW)) != 0)
                return CheckApplyResult::failed(
                    tr("cannot chmod %1: %2").arg(spec.path, systemErrorText(errno)));
            report(tr("mode %1 -> %2").arg(FileMode::octal(current), FileMode::octal(wanted)));
        }
    }
    return changed ? CheckApplyResult::changed() : CheckApplyResult::converged();
}

} // namespace converge
