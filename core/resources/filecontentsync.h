#pragma once

#include "resources/checkapply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace converge {

/// Makes one regular file hold given bytes or a source file's bytes: mgmt's fileCheckApply.
///
/// An existing file is rewritten in place: the same inode is opened, written from the start
/// and truncated to the new length. That is what mgmt does (os.Create truncates the file it
/// opens) and it is what makes the change safe for the file's other users: the owner, the mode,
/// ACLs and extended attributes stay, hard links see the new content, and a daemon holding
/// the file open or watching it with inotify sees it change. An atomic rename would give every
/// one of those a new, root-owned 0644 file while they keep the old one; the price of the
/// in-place write is that a reader can see a half-written file for a moment, as under mgmt.
/// A missing file is created with O_EXCL and O_NOFOLLOW (so a link planted at the path is
/// never followed) and written the same way. A source file's mode is copied with its content,
/// as mgmt does.
///
/// Every change is reported through the report callback ("created", "content differs",
/// "mode 0644 -> 0755"), with apply false too, when nothing is touched. Failures name the
/// operation, the path and strerror. Stateless; any thread.
class FileContentSync
{
    Q_DECLARE_TR_FUNCTIONS(FileContentSync)
public:
    using Report = std::function<void(const QString &line)>;
    struct Options
    {
        bool apply = true;     ///< false: check and report only
        bool force = false;    ///< a directory at the path may be replaced by the file
        bool mayCreate = true; ///< false (no `state`): a missing file is an error, as in mgmt
        QString label;         ///< shown after each line ("created: /d/x"); empty for the
                               ///< resource's own path
    };

    /// Converges path to content.
    static CheckApplyResult fromBytes(const QString &path, const QByteArray &content,
                                      const Options &options, const Report &report);
    /// Converges path to the regular file source, content and mode.
    static CheckApplyResult fromFile(const QString &path, const QString &source,
                                     const Options &options, const Report &report);
};

} // namespace converge
