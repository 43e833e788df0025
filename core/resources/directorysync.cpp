#include "resources/directorysync.h"

#include "resources/filespec.h"
#include "resources/systemerror.h"
#include "resources/treeremover.h"

#include <QFile>

#include <cerrno>
#include <dirent.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>

namespace converge {

namespace {

/// A directory's entries by name, each true for a directory (never following a link, as Go's
/// DirEntry.IsDir() does not). A missing directory lists as empty; other failures set *error.
std::map<QString, bool> listDirectory(const QString &path, int *error)
{
    std::map<QString, bool> entries;
    const QByteArray local = QFile::encodeName(path);
    DIR *dir = opendir(local.constData());
    if (!dir) {
        if (errno != ENOENT)
            *error = errno;
        return entries;
    }
    while (const dirent *entry = readdir(dir)) {
        if (qstrcmp(entry->d_name, ".") == 0 || qstrcmp(entry->d_name, "..") == 0)
            continue;
        struct stat st;
        const bool isDir =
            lstat((local + entry->d_name).constData(), &st) == 0 && S_ISDIR(st.st_mode);
        entries.emplace(QFile::decodeName(entry->d_name), isDir);
    }
    closedir(dir);
    return entries;
}

} // namespace

DirectorySync::DirectorySync(Options options, FileContentSync::Report report)
    : m_options(std::move(options)), m_report(std::move(report))
{}

CheckApplyResult DirectorySync::run(const QString &source, const QString &destination)
{
    // mgmt reads a missing source as empty and would then empty the destination; a typo in
    // `source` must not wipe a directory, so a missing source is an error here.
    if (!source.isEmpty()) {
        struct stat st;
        if (stat(QFile::encodeName(source).constData(), &st) != 0)
            return CheckApplyResult::failed(
                tr("cannot read source directory %1: %2").arg(source, systemErrorText(errno)));
    }
    return syncDirectory(source, destination);
}

void DirectorySync::finish()
{
    if (m_hidden > 0)
        m_report(tr("%n more change(s) not listed", nullptr, m_hidden));
}

void DirectorySync::say(const QString &line)
{
    if (m_lines < m_options.lineLimit) {
        ++m_lines;
        m_report(line);
    } else {
        ++m_hidden;
    }
}

bool DirectorySync::isExcluded(const QString &path) const
{
    for (const QString &exclude : m_options.excludes) {
        if (FileSpec::hasPathPrefix(exclude, path))
            return true;
    }
    return false;
}

CheckApplyResult DirectorySync::syncDirectory(const QString &source, const QString &destination)
{
    int error = 0;
    const std::map<QString, bool> sources =
        source.isEmpty() ? std::map<QString, bool>() : listDirectory(source, &error);
    if (error)
        return CheckApplyResult::failed(
            tr("cannot read directory %1: %2").arg(source, systemErrorText(error)));
    std::map<QString, bool> extras = listDirectory(destination, &error);
    if (error)
        return CheckApplyResult::failed(
            tr("cannot read directory %1: %2").arg(destination, systemErrorText(error)));
    bool changed = false;
    const FileContentSync::Report fileReport = [this](const QString &line) {
        say(line);
    };
    for (const auto &[name, isDir] : sources) {
        const QString from = source + name;
        const QString to = destination + name;
        const auto existing = extras.find(name);
        if (!isDir) {
            const CheckApplyResult r = FileContentSync::fromFile(
                to, from, {m_options.apply, m_options.force, m_options.mayCreate, to}, fileReport);
            if (r.outcome == CheckApplyResult::Outcome::Failed)
                return r;
            changed |= r.outcome == CheckApplyResult::Outcome::Changed;
        } else {
            if (existing != extras.end() && !existing->second) {
                if (!m_options.force)
                    return CheckApplyResult::failed(
                        tr("%1 is not a directory; force: true replaces it").arg(to));
                if (m_options.apply && unlink(QFile::encodeName(to).constData()) != 0)
                    return CheckApplyResult::failed(
                        tr("cannot remove %1: %2").arg(to, systemErrorText(errno)));
                say(tr("removed (force): %1").arg(to));
            }
            if (existing == extras.end() || !existing->second) {
                changed = true;
                struct stat st;
                const unsigned mode =
                    stat(QFile::encodeName(from).constData(), &st) == 0 ? st.st_mode & 07777 : 0777;
                if (m_options.apply && mkdir(QFile::encodeName(to).constData(), mode) != 0)
                    return CheckApplyResult::failed(
                        tr("cannot create directory %1: %2").arg(to, systemErrorText(errno)));
                say(tr("created: %1/").arg(to));
            }
            const CheckApplyResult r = syncDirectory(from + u'/', to + u'/');
            if (r.outcome == CheckApplyResult::Outcome::Failed)
                return r;
            changed |= r.outcome == CheckApplyResult::Outcome::Changed;
        }
        if (existing != extras.end())
            extras.erase(existing);
    }
    for (const auto &[name, isDir] : extras) {
        const QString path = destination + name;
        if (isExcluded(path))
            continue;
        changed = true;
        QByteArray failed;
        if (m_options.apply) {
            if (const int removeError = TreeRemover::remove(QFile::encodeName(path), &failed))
                return CheckApplyResult::failed(
                    tr("cannot remove %1: %2")
                        .arg(QFile::decodeName(failed), systemErrorText(removeError)));
        }
        say(isDir ? tr("removed: %1/").arg(path) : tr("removed: %1").arg(path));
    }
    return changed ? CheckApplyResult::changed() : CheckApplyResult::converged();
}

} // namespace converge
