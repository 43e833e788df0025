#pragma once

#include "resources/checkapply.h"
#include "resources/filecontentsync.h"
#include "resources/filespec.h"

#include <QCoreApplication>

namespace converge {

/// mgmt's `file` (engine/resources/file.go): a file or (path ending in `/`) a directory with
/// the wanted state, content (from `content`, a `source` file or directory, or `fragments`),
/// symlink, owner, group and mode.
///
/// checkApply() runs mgmt's steps in mgmt's order: state (create or remove the path; without
/// `state` it is never created or removed), content, source or symlink, fragments, owner and
/// group, mode. Each change is one log line ("created", "content differs", "mode 0644 ->
/// 0600", "owner root -> 1", "symlink -> /target", "removed"); with apply false the same lines
/// are reported and nothing is touched. Content is rewritten in place (see FileContentSync),
/// so owner, mode and hard links survive. A symlink at the path is followed as mgmt follows
/// it, except where the kernel's protected_symlinks rule forbids it (SymlinkGuard): there the
/// resource refuses and says so.
///
/// Built by create() on any thread; checkApply() is called on one engine thread at a time.
class FileResource : public CheckApply
{
    Q_DECLARE_TR_FUNCTIONS(FileResource)
public:
    /// Reads the parameters; nullptr with diagnostics naming the resource and the parameter
    /// when mgmt's Validate would refuse them or Converge cannot honour them.
    static std::unique_ptr<FileResource> create(const Resource &resource, const QString &file,
                                                Diagnostics *diagnostics);
    /// The path a file resource manages (FileSpec::managedPath()).
    static QString managedPath(const Resource &resource);

    CheckApplyResult checkApply(bool apply, CheckApplyContext &context) override;
    /// Keeps the paths of the graph's other file resources inside this directory, which
    /// `purge` leaves alone, as mgmt does.
    void prepare(const Graph &graph, const Resource &self) override;

private:
    using Report = FileContentSync::Report;

    CheckApplyResult checkState(bool apply, const Report &report);
    /// Removes the path (a directory only when empty, or with recurse its whole tree; a link
    /// itself, never its target) and reports "removed".
    CheckApplyResult remove(bool apply, const Report &report, bool isDirectory) const;
    CheckApplyResult checkContent(bool apply, const Report &report) const;
    CheckApplyResult checkSource(bool apply, const Report &report) const;
    CheckApplyResult checkSymlink(bool apply, const Report &report) const;

    FileSpec m_spec;
    QStringList m_excludes;
    /// Set in a noop check when the path is missing and would be created: the owner and mode
    /// step then has nothing to look at yet and reports nothing more.
    bool m_wouldCreate = false;
};

} // namespace converge
