#pragma once

#include <QByteArray>

namespace converge {

/// Removes a path and everything below it, deepest first, never following a symbolic link
/// (a link inside the tree is removed, not what it points to). mgmt uses os.RemoveAll for
/// `state: absent` with recurse, for force and for purge. Stateless; any thread.
class TreeRemover
{
public:
    /// 0 when path is gone, or the errno of the first entry that could not go, which *failed
    /// then names: QDir::removeRecursively() says neither, and "cannot remove" alone leaves a
    /// user guessing.
    static int remove(const QByteArray &path, QByteArray *failed);
};

} // namespace converge
