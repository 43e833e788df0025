#pragma once

// Helpers for the file resource's suites: make and read files, plant the symlink an attacker
// would plant, and list a tree so that two trees can be compared.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>

#include <sys/stat.h>
#include <unistd.h>

namespace converge::testing {

/// Creates path (and its parent folders) with bytes.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(path.section(u'/', 0, -2));
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

/// What an attacker does in /tmp: makes dir/tmp world-writable and sticky and plants
/// dir/tmp/f, a symlink to target owned by nobody. Returns the link's path, or an empty
/// string when that could not be done: it needs root, and nobody must be someone else.
inline QString plantForeignSymlink(const QString &dir, const QString &target)
{
    const QString shared = dir + u"/tmp"_qs;
    const QString link = shared + u"/f"_qs;
    if (geteuid() != 0 || !QDir().mkpath(shared) ||
        chmod(QFile::encodeName(shared).constData(), 01777) != 0 || !QFile::link(target, link) ||
        lchown(QFile::encodeName(link).constData(), 65534, 65534) != 0)
        return {};
    return link;
}

/// Every path below root with its content ("a/b=text", "a/"), sorted: a tree to compare.
inline QStringList tree(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(root).relativeFilePath(path);
        out.append(it.fileInfo().isDir() ? rel + u'/'
                                         : rel + u'=' + QString::fromUtf8(readFile(path)));
    }
    out.sort();
    return out;
}

} // namespace converge::testing
