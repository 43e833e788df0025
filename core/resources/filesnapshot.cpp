#include "resources/filesnapshot.h"

#include <QDirIterator>
#include <QFile>
#include <QHashFunctions>

#include <sys/stat.h>

namespace converge {

namespace {

size_t fingerprintOf(const struct stat &st, size_t seed)
{
    return qHashMulti(seed, qint64(st.st_size), qint64(st.st_mtim.tv_sec),
                      qint64(st.st_mtim.tv_nsec), qint64(st.st_ctim.tv_sec),
                      qint64(st.st_ctim.tv_nsec), quint64(st.st_ino), quint32(st.st_mode),
                      quint32(st.st_uid), quint32(st.st_gid));
}

} // namespace

FileSnapshot FileSnapshot::take(const QString &path, bool tree)
{
    FileSnapshot snapshot;
    struct stat st;
    if (lstat(QFile::encodeName(path).constData(), &st) != 0)
        return snapshot;
    snapshot.exists = true;
    snapshot.mode = st.st_mode;
    snapshot.uid = st.st_uid;
    snapshot.gid = st.st_gid;
    snapshot.fingerprint = fingerprintOf(st, 0);
    if (!S_ISDIR(st.st_mode))
        return snapshot;
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    tree ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    // Entries are combined without order (a sum of hashes): the iterator's order is the
    // directory's, which may change without anything in it changing.
    size_t entries = 0;
    while (it.hasNext()) {
        const QString entry = it.next();
        struct stat child;
        if (lstat(QFile::encodeName(entry).constData(), &child) == 0)
            entries += fingerprintOf(child, qHash(entry));
    }
    snapshot.fingerprint = qHashMulti(snapshot.fingerprint, entries);
    return snapshot;
}

QString FileSnapshot::changeBetween(const FileSnapshot &before, const FileSnapshot &after)
{
    if (before.exists != after.exists)
        return after.exists ? tr("created") : tr("deleted");
    if (!after.exists)
        return {};
    if ((before.mode & 07777) != (after.mode & 07777))
        return tr("mode changed");
    if (before.uid != after.uid || before.gid != after.gid)
        return tr("owner changed");
    if (before.fingerprint != after.fingerprint || (before.mode ^ after.mode) & S_IFMT)
        return tr("content changed");
    return {};
}

} // namespace converge
