#pragma once

#include "resources/checkapply.h"
#include "resources/filecontentsync.h"

#include <QCoreApplication>
#include <QStringList>

namespace converge {

/// Copies a source directory onto a destination directory "rsync style", as mgmt's
/// syncCheckApply does for a file resource with a directory `source` and `recurse: true`, and
/// empties a directory for `purge` without a source.
///
/// Directories missing in the destination are made with the source's mode; files are
/// converged by FileContentSync (content and mode, in place); whatever the destination holds
/// that the source does not is removed, as mgmt removes it, except the paths in `excludes`
/// (other file resources of the graph inside the tree, which mgmt keeps when purging) and
/// their parent directories. Entries are visited in name order so the report is the same on
/// every run. Each change is one report line naming the path; after `lineLimit` lines the
/// rest is counted and summarised by finish(). One object per check/apply call; one thread.
class DirectorySync
{
    Q_DECLARE_TR_FUNCTIONS(DirectorySync)
public:
    struct Options
    {
        bool apply = true;     ///< false: report only, touch nothing
        bool force = false;    ///< a file may be replaced by a directory and the reverse
        bool mayCreate = true; ///< false (no `state`): missing files are errors, as in mgmt
        QStringList excludes;  ///< paths that are never removed
        int lineLimit = 20;    ///< report lines before the rest is only counted
    };

    DirectorySync(Options options, FileContentSync::Report report);

    /// Syncs source (a directory path ending in /, or empty to only remove) onto destination
    /// (ending in /). Stops at the first failure, whose message names the path and strerror.
    CheckApplyResult run(const QString &source, const QString &destination);
    /// Reports how many change lines were not shown; call once after run().
    void finish();

private:
    CheckApplyResult syncDirectory(const QString &source, const QString &destination);
    bool isExcluded(const QString &path) const;
    void say(const QString &line);

    Options m_options;
    FileContentSync::Report m_report;
    int m_lines = 0;
    int m_hidden = 0;
};

} // namespace converge
