#include "resources/fileresource.h"

#include "model/graph.h"
#include "model/resource.h"
#include "resources/directorysync.h"
#include "resources/fileattributes.h"
#include "resources/filecontentsync.h"
#include "resources/fragmentsreader.h"
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

using Outcome = CheckApplyResult::Outcome;

/// path without its trailing slashes, for system calls that must not resolve a directory.
QByteArray systemPath(const QString &path)
{
    QByteArray local = QFile::encodeName(path);
    while (local.size() > 1 && local.endsWith('/'))
        local.chop(1);
    return local;
}

CheckApplyResult failedCall(const QString &what, const QString &path, int error)
{
    return CheckApplyResult::failed(what.arg(path, systemErrorText(error)));
}

} // namespace

QString FileResource::managedPath(const Resource &resource)
{
    return FileSpec::managedPath(resource);
}

std::unique_ptr<FileResource> FileResource::create(const Resource &resource, const QString &file,
                                                   Diagnostics *diagnostics)
{
    QString error;
    std::optional<FileSpec> spec = FileSpec::read(resource, &error);
    if (!spec) {
        refuse(resource, file, error, diagnostics);
        return nullptr;
    }
    auto result = std::make_unique<FileResource>();
    result->m_spec = std::move(*spec);
    return result;
}

void FileResource::prepare(const Graph &graph, const Resource &self)
{
    if (!m_spec.purge)
        return;
    for (const ResourceId id : graph.resourceIds()) {
        const Resource &other = graph.resource(id);
        if (other.kind != u"file" || other.name == self.name)
            continue;
        const QString path = FileSpec::managedPath(other);
        if (FileSpec::hasPathPrefix(path, m_spec.path))
            m_excludes.append(path);
    }
}

CheckApplyResult FileResource::checkApply(bool apply, CheckApplyContext &context)
{
    // With state: exists every missing path is made by one of the steps; a noop check then
    // has no owner or mode to compare yet.
    struct stat st;
    m_wouldCreate = !apply && m_spec.state == FileSpec::State::Exists &&
                    lstat(systemPath(m_spec.path).constData(), &st) != 0 && errno == ENOENT;
    // A noop check reports the very changes a run would make, each marked as not made, so a
    // reader of the log cannot take "created" for something that happened; a run reports each
    // change once it is made, so a failed step leaves no line for what it could not do.
    const FileContentSync::Report report = [&context, apply](const QString &line) {
        context.message(apply ? line : tr("%1 (noop: not done)").arg(line));
    };
    bool changed = false;
    // mgmt's order: state, content, source (or symlink), fragments, owner and group, mode.
    // Content and fragments exclude each other, so one step serves both.
    for (int step = 0; step < 4; ++step) {
        CheckApplyResult r;
        switch (step) {
        case 0:
            r = checkState(apply, report);
            break;
        case 1:
            r = checkContent(apply, report);
            break;
        case 2:
            r = m_spec.symlink ? checkSymlink(apply, report) : checkSource(apply, report);
            break;
        default:
            r = FileAttributes::check(m_spec, apply, m_wouldCreate, report);
            break;
        }
        if (r.outcome == Outcome::Failed)
            return r;
        changed |= r.outcome == Outcome::Changed;
    }
    return changed ? CheckApplyResult::changed() : CheckApplyResult::converged();
}

CheckApplyResult FileResource::checkState(bool apply, const Report &report)
{
    // Without a state mgmt neither creates nor removes the path; a symlink has its own step.
    if (m_spec.symlink || m_spec.state == FileSpec::State::Undefined)
        return CheckApplyResult::converged();
    const QByteArray path = systemPath(m_spec.path);
    if (const QString refusal = SymlinkGuard::refusal(path); !refusal.isEmpty())
        return CheckApplyResult::failed(refusal);
    struct stat st;
    const bool exists = stat(path.constData(), &st) == 0;
    if (!exists && errno != ENOENT)
        return failedCall(tr("cannot stat %1: %2"), m_spec.path, errno);
    if (m_spec.state == FileSpec::State::Absent)
        return exists ? remove(apply, report, S_ISDIR(st.st_mode)) : CheckApplyResult::converged();
    if (!m_spec.isDirectory()) {
        if (exists)
            return CheckApplyResult::converged();
        // The content step writes the file; creating it empty first would only add a line.
        if (m_spec.content || !m_spec.source.isEmpty() || !m_spec.fragments.isEmpty())
            return CheckApplyResult::converged();
        if (apply) {
            const int fd =
                open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
            if (fd < 0)
                return failedCall(tr("cannot create %1: %2"), m_spec.path, errno);
            close(fd);
        }
        report(tr("created"));
        return CheckApplyResult::changed();
    }
    if (exists && S_ISDIR(st.st_mode))
        return CheckApplyResult::converged();
    if (exists) {
        if (!m_spec.force)
            return CheckApplyResult::failed(
                tr("%1 exists and is not a directory; force: true replaces it").arg(m_spec.path));
        if (apply && unlink(path.constData()) != 0)
            return failedCall(tr("cannot remove %1: %2"), m_spec.path, errno);
        report(tr("removed file (force)"));
    }
    m_wouldCreate = !apply;
    if (!apply) {
        report(tr("created"));
        return CheckApplyResult::changed();
    }
    // recurse is mgmt's `mkdir -p`: the missing parents are made first, with the usual 0777.
    if (m_spec.recurse) {
        for (qsizetype slash = path.indexOf('/', 1); slash > 0;
             slash = path.indexOf('/', slash + 1)) {
            const QByteArray parent = path.left(slash);
            if (mkdir(parent.constData(), 0777) != 0 && errno != EEXIST)
                return failedCall(tr("cannot create directory %1: %2"), QFile::decodeName(parent),
                                  errno);
        }
    }
    if (mkdir(path.constData(), m_spec.mode ? m_spec.mode->wanted(0) : 0777) != 0)
        return failedCall(tr("cannot create directory %1: %2"), m_spec.path, errno);
    report(tr("created"));
    return CheckApplyResult::changed();
}

CheckApplyResult FileResource::remove(bool apply, const Report &report, bool isDirectory) const
{
    if (!apply) {
        report(tr("removed"));
        return CheckApplyResult::changed();
    }
    const QByteArray path = systemPath(m_spec.path);
    struct stat st;
    const bool isLink = lstat(path.constData(), &st) == 0 && S_ISLNK(st.st_mode);
    if (isDirectory && !isLink && m_spec.recurse) {
        QByteArray failed;
        if (const int error = TreeRemover::remove(path, &failed))
            return failedCall(tr("cannot remove %1: %2"), QFile::decodeName(failed), error);
    } else if (isDirectory && !isLink) {
        if (rmdir(path.constData()) != 0)
            return failedCall(tr("cannot remove directory %1: %2"), m_spec.path, errno);
    } else if (unlink(path.constData()) != 0) {
        return failedCall(tr("cannot remove %1: %2"), m_spec.path, errno);
    }
    report(tr("removed"));
    return CheckApplyResult::changed();
}

CheckApplyResult FileResource::checkContent(bool apply, const Report &report) const
{
    if (!m_spec.content && m_spec.fragments.isEmpty())
        return CheckApplyResult::converged();
    const FileContentSync::Options options{
        apply, m_spec.force, m_spec.state == FileSpec::State::Exists, {}};
    if (m_spec.content)
        return FileContentSync::fromBytes(m_spec.path, *m_spec.content, options, report);
    QString error;
    const std::optional<QByteArray> content = FragmentsReader::read(m_spec.fragments, &error);
    if (!content)
        return CheckApplyResult::failed(error);
    return FileContentSync::fromBytes(m_spec.path, *content, options, report);
}

CheckApplyResult FileResource::checkSource(bool apply, const Report &report) const
{
    if (m_spec.source.isEmpty() && !m_spec.purge)
        return CheckApplyResult::converged();
    const bool mayCreate = m_spec.state == FileSpec::State::Exists;
    if (!m_spec.isDirectory())
        return FileContentSync::fromFile(m_spec.path, m_spec.source,
                                         {apply, m_spec.force, mayCreate, {}}, report);
    DirectorySync sync({apply, m_spec.force, mayCreate, m_excludes, 20}, report);
    const CheckApplyResult result = sync.run(m_spec.source, m_spec.path);
    sync.finish();
    return result;
}

CheckApplyResult FileResource::checkSymlink(bool apply, const Report &report) const
{
    if (m_spec.state == FileSpec::State::Undefined)
        return CheckApplyResult::converged();
    const QByteArray path = systemPath(m_spec.path);
    QByteArray target(4096, Qt::Uninitialized);
    const ssize_t length = readlink(path.constData(), target.data(), size_t(target.size()));
    const int error = length < 0 ? errno : 0;
    if (error && error != ENOENT && error != EINVAL)
        return failedCall(tr("cannot read link %1: %2"), m_spec.path, error);
    const bool missing = error == ENOENT;
    const bool notALink = error == EINVAL;
    struct stat st;
    const bool isDirectory = lstat(path.constData(), &st) == 0 && S_ISDIR(st.st_mode);
    target.truncate(qMax<ssize_t>(length, 0));
    if (m_spec.state == FileSpec::State::Absent) {
        if (missing)
            return CheckApplyResult::converged();
        if (notALink && !m_spec.force)
            return CheckApplyResult::failed(
                tr("%1 is not a symlink; force: true removes it").arg(m_spec.path));
        return remove(apply, report, isDirectory);
    }
    if (!error && QFile::decodeName(target) == m_spec.source)
        return CheckApplyResult::converged();
    if (notALink && !m_spec.force)
        return CheckApplyResult::failed(
            tr("%1 exists and is not a symlink; force: true replaces it").arg(m_spec.path));
    if (!missing) {
        const CheckApplyResult removed = remove(apply, report, isDirectory);
        if (removed.outcome == Outcome::Failed)
            return removed;
    }
    if (apply && symlink(QFile::encodeName(m_spec.source).constData(), path.constData()) != 0)
        return failedCall(tr("cannot create symlink %1: %2"), m_spec.path, errno);
    report(tr("symlink -> %1").arg(m_spec.source));
    return CheckApplyResult::changed();
}

} // namespace converge
