#include "resources/fileresource.h"

#include "model/resource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace converge {

namespace {

const Value *param(const Resource &resource, QStringView key)
{
    const Value *v = resource.params.find(key);
    return v && v->isScalar() ? v : nullptr;
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
    bool removed = false;
    if (info.isDir() && !info.isSymLink())
        removed = m_recurse ? QDir(m_path).removeRecursively() : QDir().rmdir(m_path);
    else
        removed = QFile::remove(m_path);
    if (!removed)
        return CheckApplyResult::failed(tr("cannot remove %1").arg(m_path));
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
        } else if (!QDir().mkdir(m_path)) {
            return CheckApplyResult::failed(tr("cannot create directory %1").arg(m_path));
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
        *error = tr("cannot stat %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno)));
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
        *error = tr("cannot chmod %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    context.message(tr("set mode %1 on %2").arg(octal, m_path));
    return true;
}

} // namespace converge
