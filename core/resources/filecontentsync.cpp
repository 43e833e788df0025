#include "resources/filecontentsync.h"

#include "resources/filemode.h"
#include "resources/symlinkguard.h"
#include "resources/systemerror.h"
#include "resources/treeremover.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace converge {

namespace {

constexpr qint64 ChunkSize = 64 * 1024;

/// Closes a descriptor when it goes out of scope.
struct Descriptor
{
    int fd = -1;
    ~Descriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

/// Where the wanted bytes come from: a buffer, or an open source file.
struct Wanted
{
    const QByteArray *bytes = nullptr;
    int fd = -1;
    qint64 size = 0;
    unsigned mode = 0; ///< the source file's permission bits; unused for bytes

    /// Up to ChunkSize bytes at offset; empty with errno set on a read failure.
    QByteArray chunk(qint64 offset) const
    {
        if (bytes)
            return bytes->mid(offset, ChunkSize);
        QByteArray out(qMin(ChunkSize, size - offset), Qt::Uninitialized);
        const ssize_t n = pread(fd, out.data(), size_t(out.size()), offset);
        if (n < 0)
            return {};
        out.truncate(n);
        return out;
    }
};

bool readFully(int fd, char *data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t n = pread(fd, data, size_t(size), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
        offset += n;
    }
    return true;
}

bool writeFully(int fd, const char *data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t n = pwrite(fd, data, size_t(size), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        data += n;
        size -= n;
        offset += n;
    }
    return true;
}

/// True when fd holds exactly the wanted bytes; *error gets errno when reading fails.
bool sameContent(int fd, qint64 fdSize, const Wanted &wanted, int *error)
{
    if (fdSize != wanted.size)
        return false;
    QByteArray have;
    for (qint64 offset = 0; offset < wanted.size; offset += ChunkSize) {
        const QByteArray want = wanted.chunk(offset);
        have.resize(want.size());
        if (want.isEmpty() || !readFully(fd, have.data(), have.size(), offset)) {
            *error = errno ? errno : EIO;
            return false;
        }
        if (have != want)
            return false;
    }
    return true;
}

QString line(const QString &text, const QString &label)
{
    return label.isEmpty() ? text : text + u": "_qs + label;
}

CheckApplyResult sync(const QString &path, const Wanted &wanted,
                      const FileContentSync::Options &options,
                      const FileContentSync::Report &report)
{
    auto failed = [&](const QString &what, int error) {
        return CheckApplyResult::failed(what.arg(path, systemErrorText(error)));
    };
    const QByteArray local = QFile::encodeName(path);
    if (const QString refusal = SymlinkGuard::refusal(local); !refusal.isEmpty())
        return CheckApplyResult::failed(refusal);
    struct stat st;
    bool exists = stat(local.constData(), &st) == 0;
    if (!exists && errno != ENOENT)
        return failed(FileContentSync::tr("cannot stat %1: %2"), errno);
    if (!exists && !options.mayCreate)
        return CheckApplyResult::failed(
            FileContentSync::tr("%1 does not exist, and without state: exists it is not created")
                .arg(path));
    if (exists && S_ISDIR(st.st_mode)) {
        if (!options.force)
            return CheckApplyResult::failed(
                FileContentSync::tr("%1 is a directory; force: true replaces it by a file")
                    .arg(path));
        if (!options.apply) {
            report(line(FileContentSync::tr("removed directory (force)"), options.label));
            report(line(FileContentSync::tr("created"), options.label));
            return CheckApplyResult::changed();
        }
        QByteArray failedPath;
        if (const int error = TreeRemover::remove(local, &failedPath))
            return CheckApplyResult::failed(
                FileContentSync::tr("cannot remove %1: %2")
                    .arg(QFile::decodeName(failedPath), systemErrorText(error)));
        report(line(FileContentSync::tr("removed directory (force)"), options.label));
        exists = false;
    }
    if (exists && !S_ISREG(st.st_mode))
        return CheckApplyResult::failed(FileContentSync::tr("%1 is not a regular file").arg(path));
    const unsigned oldMode = exists ? st.st_mode & 07777 : 0;
    const bool modeDiffers = wanted.fd >= 0 && exists && oldMode != wanted.mode;
    if (exists) {
        Descriptor current{open(local.constData(), O_RDONLY | O_CLOEXEC)};
        if (current.fd < 0)
            return failed(FileContentSync::tr("cannot read %1: %2"), errno);
        int error = 0;
        const bool same = sameContent(current.fd, st.st_size, wanted, &error);
        if (error)
            return failed(FileContentSync::tr("cannot read %1: %2"), error);
        if (same)
            return CheckApplyResult::converged();
    }
    // A change is told once it is made (a check only tells what it would make), so a failed
    // write never leaves "created" in the log.
    QStringList changes{
        line(exists ? FileContentSync::tr("content differs") : FileContentSync::tr("created"),
             options.label)};
    if (modeDiffers)
        changes << line(FileContentSync::tr("mode %1 -> %2")
                            .arg(FileMode::octal(oldMode), FileMode::octal(wanted.mode)),
                        options.label);
    const auto tell = [&changes, &report] {
        for (const QString &change : changes)
            report(change);
        return CheckApplyResult::changed();
    };
    if (!options.apply)
        return tell();

    Descriptor out{exists ? open(local.constData(), O_WRONLY | O_CLOEXEC)
                          : open(local.constData(),
                                 O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666)};
    if (out.fd < 0)
        return failed(exists ? FileContentSync::tr("cannot open %1 for writing: %2")
                             : FileContentSync::tr("cannot create %1: %2"),
                      errno);
    struct stat opened;
    if (exists &&
        (fstat(out.fd, &opened) != 0 || opened.st_ino != st.st_ino || opened.st_dev != st.st_dev))
        return CheckApplyResult::failed(
            FileContentSync::tr("%1 was replaced while it was being checked").arg(path));
    for (qint64 offset = 0; offset < wanted.size; offset += ChunkSize) {
        const QByteArray chunk = wanted.chunk(offset);
        if (chunk.isEmpty())
            return CheckApplyResult::failed(FileContentSync::tr("cannot read the source for %1: %2")
                                                .arg(path, systemErrorText(errno ? errno : EIO)));
        if (!writeFully(out.fd, chunk.constData(), chunk.size(), offset))
            return failed(FileContentSync::tr("cannot write %1: %2"), errno);
    }
    if (ftruncate(out.fd, wanted.size) != 0)
        return failed(FileContentSync::tr("cannot truncate %1: %2"), errno);
    if (wanted.fd >= 0 && fchmod(out.fd, wanted.mode) != 0)
        return failed(FileContentSync::tr("cannot chmod %1: %2"), errno);
    if (fsync(out.fd) != 0)
        return failed(FileContentSync::tr("cannot write %1: %2"), errno);
    return tell();
}

} // namespace

CheckApplyResult FileContentSync::fromBytes(const QString &path, const QByteArray &content,
                                            const Options &options, const Report &report)
{
    Wanted wanted;
    wanted.bytes = &content;
    wanted.size = content.size();
    return sync(path, wanted, options, report);
}

CheckApplyResult FileContentSync::fromFile(const QString &path, const QString &source,
                                           const Options &options, const Report &report)
{
    // A link planted at the source would copy what it points at (/etc/shadow) to the path.
    if (const QString refusal = SymlinkGuard::refusal(QFile::encodeName(source));
        !refusal.isEmpty())
        return CheckApplyResult::failed(refusal);
    Descriptor in{open(QFile::encodeName(source).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK)};
    struct stat st;
    if (in.fd < 0 || fstat(in.fd, &st) != 0)
        return CheckApplyResult::failed(
            tr("cannot read source %1: %2").arg(source, systemErrorText(errno)));
    if (!S_ISREG(st.st_mode))
        return CheckApplyResult::failed(tr("source %1 is not a regular file").arg(source));
    // The same inode is already converged: mgmt's os.SameFile check.
    struct stat dst;
    if (stat(QFile::encodeName(path).constData(), &dst) == 0 && dst.st_ino == st.st_ino &&
        dst.st_dev == st.st_dev)
        return CheckApplyResult::converged();
    Wanted wanted;
    wanted.fd = in.fd;
    wanted.size = st.st_size;
    wanted.mode = st.st_mode & 07777;
    return sync(path, wanted, options, report);
}

} // namespace converge
