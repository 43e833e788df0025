#pragma once

#include <QCoreApplication>
#include <QString>

#include <sys/types.h>

namespace converge {

/// What a file watch compares to name a change, and all a polling watch can see: whether the
/// path exists, its mode and owner, and a fingerprint of its content (size, modification and
/// change times and inode; for a directory, the same of every entry, of the whole tree with
/// recurse). Symlinks are not followed, as the file resource never follows them.
///
/// A value; take() reads the disk and may be called from any thread.
struct FileSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(FileSnapshot)
public:
    bool exists = false;
    mode_t mode = 0;
    uid_t uid = 0;
    gid_t gid = 0;
    size_t fingerprint = 0;

    /// Reads path (no trailing slash); `tree` takes every entry below a directory into the
    /// fingerprint, not only its direct entries.
    static FileSnapshot take(const QString &path, bool tree);
    /// The cause a watch reports for going from before to after ("created", "deleted",
    /// "mode changed", "owner changed", "content changed"), empty when nothing differs.
    static QString changeBetween(const FileSnapshot &before, const FileSnapshot &after);
};

} // namespace converge
