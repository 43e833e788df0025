#include "resources/fileresource.h"

#include "model/resource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace converge {

namespace {

const Value *param(const Resource &resource, QStringView key)
{
    const Value *v = resource.params.find(key);
    return v && v->isScalar() ? v : nullptr;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

/// Removes path and everything below it, deepest first, without following symbolic links.
/// Returns 0, or the errno of the first entry that could not go, which *failed then names:
/// QDir::removeRecursively() says neither, and "cannot remove" alone leaves a user guessing.
int removeTree(const QByteArray &path, QByteArray *failed)
{
    struct stat st;
    if (lstat(path.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
        const bool removed = unlink(path.constData()) == 0;
        *failed = path;
        return removed ? 0 : errno;
    }
    DIR *dir = opendir(path.constData());
    if (!dir) {
        *failed = path;
        return errno;
    }
    const QByteArray base = path.endsWith('/') ? path : path + '/';
    std::vector<QByteArray> children;
    while (const dirent *entry = readdir(dir)) {
        if (qstrcmp(entry->d_name, ".") != 0 && qstrcmp(entry->d_name, "..") != 0)
            children.push_back(base + entry->d_name);
    }
    closedir(dir);
    for (const QByteArray &child : children) {
        if (const int error = removeTree(child, failed))
            return error;
    }
    *failed = path;
    return rmdir(path.constData()) == 0 ? 0 : errno;
}

} // namespace

QString FileResource::managedPath(const Resource &resource)
{
    const Value *path = param(resource, u"path");
    return path && !path->text().isEmpty() ? path->text() : resource.name;
}

std::unique_ptr<FileResource> FileResource::create(const Resource &resource, const QString &file,
                                                   Diagnostics *diagnostics)
{
    auto refused = [&](const QString &message) -> std::unique_ptr<FileResource> {
        refuse(resource, file, message, diagnostics);
        return nullptr;
    };
    auto result = std::make_unique<FileResource>();
    result->m_path = managedPath(resource);
    if (!QDir::isAbsolutePath(result->m_path))
        return refused(tr("path must be absolute: %1").arg(result->m_path));
    result->m_directory = result->m_path.endsWith(u'/');
    if (const Value *state = param(resource, u"state")) {
        if (state->text() == u"absent")
            result->m_absent = true;
        else if (!state->text().isEmpty() && state->text() != u"exists")
            return refused(tr("state must be exists or absent, not %1").arg(state->text()));
    }
    if (const Value *content = param(resource, u"content"))
        result->m_content = content->text().toUtf8();
    if (result->m_directory && result->m_content)
        return refused(tr("a directory (path ending in /) cannot have content"));
    if (const Value *mode = param(resource, u"mode"); mode && !mode->text().isEmpty()) {
        bool ok = false;
        const unsigned bits = mode->text().toUInt(&ok, 8);
        if (!ok || bits > 07777)
            return refused(tr("mode must be octal, like 0644, not %1").arg(mode->text()));
        result->m_mode = bits;
    }
    if (const Value *recurse = param(resource, u"recurse"))
        result->m_recurse = recurse->toBool().value_or(false);
    return result;
}

CheckApplyResult FileResource::checkApply(bool apply, CheckApplyContext &context)
{
    if (m_absent)
        return checkAbsent(apply, context);
    return m_directory ? checkDirectory(apply, context) : checkFile(apply, context);
}

CheckApplyResult FileResource::checkAbsent(bool apply, CheckApplyContext &context) const
{
    const QFileInfo info(m_path);
    if (!info.exists() && !info.isSymLink())
        return CheckApplyResult::converged();
    if (!apply) {
        context.message(tr("would remove %1").arg(m_path));
        return CheckApplyResult::changed();
    }
    const QByteArray path = QFile::encodeName(m_path);
    if (info.isDir() && !info.isSymLink() && m_recurse) {
        QByteArray failed;
        if (const int error = removeTree(path, &failed))
            return CheckApplyResult::failed(
                tr("cannot remove %1: %2").arg(QFile::decodeName(failed), errnoText(error)));
    } else if (info.isDir() && !info.isSymLink()) {
        if (rmdir(path.constData()) != 0)
            return CheckApplyResult::failed(
                tr("cannot remove directory %1: %2").arg(m_path, errnoText(errno)));
    } else if (unlink(path.constData()) != 0) {
        return CheckApplyResult::failed(tr("cannot remove %1: %2").arg(m_path, errnoText(errno)));
    }
    context.message(tr("removed %1").arg(m_path));
    return CheckApplyResult::changed();
}

CheckApplyResult FileResource::checkDirectory(bool apply, CheckApplyContext &context) const
{
    const QFileInfo info(m_path);
    bool changed = false;
    if (info.exists() && !info.isDir())
        return CheckApplyResult::failed(tr("%1 exists and is not a directory").arg(m_path));
    if (!info.exists()) {
        changed = true;
        if (!apply) {
            context.message(tr("would create directory %1").arg(m_path));
        } else if (mkdir(QFile::encodeName(m_path).constData(), 0777) != 0) {
            return CheckApplyResult::failed(
                tr("cannot create directory %1: %2").arg(m_path, errnoText(errno)));
        }
    }
    QString error;
    if (!checkMode(apply, context, &changed, &error))
        return CheckApplyResult::failed(error);
    return changed ? CheckApplyResult::changed() : CheckApplyResult::converged();
}

CheckApplyResult FileResource::checkFile(bool apply, CheckApplyContext &context) const
{
    const QFileInfo info(m_path);
    if (info.isDir())
        return CheckApplyResult::failed(tr("%1 is a directory").arg(m_path));
    bool changed = false;
    bool rewrite = !info.exists();
    if (info.exists() && m_content) {
        QFile current(m_path);
        if (!current.open(QIODevice::ReadOnly))
            return CheckApplyResult::failed(
                tr("cannot read %1: %2").arg(m_path, current.errorString()));
        rewrite = current.size() != m_content->size() || current.readAll() != *m_content;
    }
    if (rewrite) {
        changed = true;
        if (!apply) {
            context.message(tr("would write %1").arg(m_path));
        } else {
            QSaveFile out(m_path);
            if (!out.open(QIODevice::WriteOnly) ||
                out.write(m_content.value_or(QByteArray())) !=
                    m_content.value_or(QByteArray()).size() ||
                !out.commit())
                return CheckApplyResult::failed(
                    tr("cannot write %1: %2").arg(m_path, out.errorString()));
            context.message(tr("wrote %1").arg(m_path));
        }
    }
    QString error;
    if (!checkMode(apply, context, &changed, &error))
        return CheckApplyResult::failed(error);
    return changed ? CheckApplyResult::changed() : CheckApplyResult::converged();
}

bool FileResource::checkMode(bool apply, CheckApplyContext &context, bool *changed,
                             QString *error) const
{
    if (!m_mode)
        return true;
    const QByteArray path = QFile::encodeName(m_path);
    struct stat st;
    if (stat(path.constData(), &st) != 0) {
        // In noop the file may be missing only because it was not written.
        if (!apply && *changed)
            return true;
        *error = tr("cannot stat %1: %2").arg(m_path, errnoText(errno));
        return false;
    }
    if ((st.st_mode & 07777) == *m_mode)
        return true;
    *changed = true;
    const QString octal = QString::number(*m_mode, 8).rightJustified(4, u'0');
    if (!apply) {
        context.message(tr("would set mode %1 on %2").arg(octal, m_path));
        return true;
    }
    if (chmod(path.constData(), *m_mode) != 0) {
        *error = tr("cannot chmod %1: %2").arg(m_path, errnoText(errno));
        return false;
    }
    context.message(tr("set mode %1 on %2").arg(octal, m_path));
    return true;
}

} // namespace converge
