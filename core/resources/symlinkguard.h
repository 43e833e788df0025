#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace converge {

/// The kernel's protected_symlinks rule, applied by the file resource itself so that it holds
/// even where the sysctl (fs.protected_symlinks) is off.
///
/// In a world-writable sticky directory such as /tmp anyone may plant a symlink at a name a
/// graph manages, and a root process that follows it would rewrite, chmod or chown whatever
/// the link points at (/etc/shadow). The kernel refuses to follow such a link unless the
/// follower or the directory's owner owns the link; refusal() says the same. The file resource
/// asks before every operation that follows its path (stat, open for writing, chmod, chown)
/// and opens with O_NOFOLLOW first, so a link planted after the question is not followed
/// either. Stateless; any thread.
class SymlinkGuard
{
    Q_DECLARE_TR_FUNCTIONS(SymlinkGuard)
public:
    /// Empty when following path is allowed (it is no symlink, or the rule permits it);
    /// otherwise the message that refuses it, naming the link, its owner and the directory.
    static QString refusal(const QByteArray &path);
};

} // namespace converge
