#include "formats/outputfile.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace converge {

namespace {

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

/// path with every symlink in its last component followed, as far as the links exist.
QString followLinks(const QString &path)
{
    QString current = path;
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            return current;
        current = info.symLinkTarget();
    }
    return current; // a loop: open() reports ELOOP on it
}

} // namespace

QString OutputFile::message(Step step)
{
    switch (step) {
    case Step::Open:
        return tr("cannot open %1: %2");
    case Step::CreateIn:
        return tr("cannot create a file in %1: %2");
    case Step::SetMode:
        return tr("cannot set the mode of %1: %2");
    case Step::SetOwner:
        return tr("cannot set the owner of %1: %2");
    case Step::Write:
        return tr("cannot write %1: %2");
    case Step::Replace:
        return tr("cannot replace %1: %2");
    }
    return {};
}

OutputFile::OutputFile(QString path) : m_path(std::move(path)) {}

OutputFile::~OutputFile()
{
    discard();
}

bool OutputFile::fail(Step step, const QString &path, int error)
{
    if (m_error.isEmpty())
        m_error = message(step).arg(path, QString::fromLocal8Bit(strerror(error)));
    discard();
    return false;
}

void OutputFile::discard()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (!m_temporary.isEmpty())
        ::unlink(encoded(m_temporary).constData());
    m_temporary.clear();
}

bool OutputFile::open()
{
    m_target = followLinks(m_path);
    struct stat existing = {};
    const bool exists = ::stat(encoded(m_target).constData(), &existing) == 0;
    if (exists && S_ISDIR(existing.st_mode))
        return fail(Step::Write, m_path, EISDIR);
    if (exists && !S_ISREG(existing.st_mode)) {
        m_fd = ::open(encoded(m_target).constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
        return m_fd >= 0 || fail(Step::Open, m_path, errno);
    }
    const QFileInfo target(m_target);
    const QString prefix = target.absolutePath() + u"/."_qs + target.fileName() + u'.';
    for (int attempt = 0; attempt < 100 && m_fd < 0; ++attempt) {
        m_temporary = prefix + QString::number(QRandomGenerator::global()->generate(), 36);
        // 0666 lets the umask decide a new file's mode, as any editor's save does.
        m_fd = ::open(encoded(m_temporary).constData(),
                      O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0666);
        if (m_fd < 0 && errno != EEXIST) {
            const int error = errno;
            m_temporary.clear();
            return fail(Step::CreateIn, target.absolutePath(), error);
        }
    }
    if (m_fd < 0) {
        m_temporary.clear();
        return fail(Step::CreateIn, target.absolutePath(), EEXIST);
    }
    if (exists) {
        // The replacement keeps what the user set on the old file; an owner only root can give.
        if (::fchmod(m_fd, existing.st_mode & 07777) != 0)
            return fail(Step::SetMode, m_temporary, errno);
        if (::geteuid() == 0 && ::fchown(m_fd, existing.st_uid, existing.st_gid) != 0)
            return fail(Step::SetOwner, m_temporary, errno);
    }
    return true;
}

bool OutputFile::write(QByteArrayView data)
{
    if (m_fd < 0)
        return m_error.isEmpty() ? fail(Step::Write, m_path, EBADF) : false;
    const char *next = data.data();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(m_fd, next, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0)
            return fail(Step::Write, m_path, errno);
        next += written;
        left -= written;
    }
    return true;
}

bool OutputFile::commit()
{
    if (m_fd < 0)
        return m_error.isEmpty() ? fail(Step::Write, m_path, EBADF) : false;
    if (m_temporary.isEmpty()) {
        const int closed = ::close(m_fd);
        m_fd = -1;
        return closed == 0 || fail(Step::Write, m_path, errno);
    }
    // Synced before the rename, or a crash soon after could leave an empty file in its place.
    if (::fsync(m_fd) != 0)
        return fail(Step::Write, m_path, errno);
    const int closed = ::close(m_fd);
    m_fd = -1;
    if (closed != 0)
        return fail(Step::Write, m_path, errno);
    if (::rename(encoded(m_temporary).constData(), encoded(m_target).constData()) != 0)
        return fail(Step::Replace, m_path, errno);
    m_temporary.clear();
    return true;
}

bool OutputFile::save(const QString &path, QByteArrayView data, QString *error)
{
    OutputFile file(path);
    if (file.open() && file.write(data) && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

bool OutputFile::makeFolder(const QString &path, QString *error)
{
    std::error_code failure;
    std::filesystem::create_directories(std::filesystem::path(encoded(path).toStdString()),
                                        failure);
    if (!failure)
        return true;
    if (error)
        *error =
            tr("cannot create folder %1: %2").arg(path, QString::fromStdString(failure.message()));
    return false;
}

bool OutputFile::sameFile(const QString &a, const QString &b)
{
    struct stat first = {}, second = {};
    return ::stat(encoded(a).constData(), &first) == 0 &&
           ::stat(encoded(b).constData(), &second) == 0 && first.st_dev == second.st_dev &&
           first.st_ino == second.st_ino;
}

} // namespace converge
