#include "resources/fragmentsreader.h"

#include "resources/symlinkguard.h"
#include "resources/systemerror.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace converge {

namespace {

/// Appends path's bytes to out; false with errno set when it cannot be read, or with *refusal
/// set when SymlinkGuard forbids following it.
bool appendFile(const QByteArray &path, QByteArray *out, QString *refusal)
{
    *refusal = SymlinkGuard::refusal(path);
    if (!refusal->isEmpty())
        return false;
    const int fd = open(path.constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    // read() on a directory fails with EISDIR, which is the message a user should see.
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            close(fd);
            errno = error;
            return false;
        }
        if (n == 0)
            break;
        out->append(buffer, n);
    }
    close(fd);
    return true;
}

} // namespace

std::optional<QByteArray> FragmentsReader::read(const QStringList &fragments, QString *error)
{
    QByteArray content;
    for (const QString &fragment : fragments) {
        const QByteArray local = QFile::encodeName(fragment);
        if (!fragment.endsWith(u'/')) {
            if (!appendFile(local, &content, error)) {
                if (error->isEmpty())
                    *error =
                        tr("cannot read fragment %1: %2").arg(fragment, systemErrorText(errno));
                return std::nullopt;
            }
            continue;
        }
        DIR *dir = opendir(local.constData());
        if (!dir) {
            *error =
                tr("cannot read fragment directory %1: %2").arg(fragment, systemErrorText(errno));
            return std::nullopt;
        }
        std::vector<QByteArray> files;
        while (const dirent *entry = readdir(dir)) {
            struct stat st;
            const QByteArray path = local + entry->d_name;
            if (lstat(path.constData(), &st) == 0 && !S_ISDIR(st.st_mode))
                files.push_back(path);
        }
        closedir(dir);
        std::sort(files.begin(), files.end());
        for (const QByteArray &file : files) {
            if (!appendFile(file, &content, error)) {
                if (error->isEmpty())
                    *error = tr("cannot read fragment %1: %2")
                                 .arg(QFile::decodeName(file), systemErrorText(errno));
                return std::nullopt;
            }
        }
    }
    return content;
}

} // namespace converge
