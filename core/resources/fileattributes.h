#pragma once

#include "resources/checkapply.h"
#include "resources/filecontentsync.h"

#include <QCoreApplication>

namespace converge {

struct FileSpec;

/// The last steps of a file resource: mgmt's chownCheckApply and chmodCheckApply. Compares
/// the path's owner, group and permission bits with what the spec asks for and changes only
/// what differs, one report line each ("owner root -> 1", "group root -> staff", "mode 0644
/// -> 0600"). A symlink resource's own owner is changed (lchown), never its target's, and it
/// has no mode (FileSpec refuses one). For other resources a link at the path that
/// SymlinkGuard allows is followed, as mgmt follows it; anything else is changed with the
/// no-follow calls, so a link swapped in after the guard looked is not followed. Stateless;
/// any thread.
class FileAttributes
{
    Q_DECLARE_TR_FUNCTIONS(FileAttributes)
public:
    /// wouldCreate: a noop check found the path missing and reported it as created; there is
    /// nothing to compare yet, so nothing more is reported. Otherwise a missing path fails, as
    /// in mgmt.
    static CheckApplyResult check(const FileSpec &spec, bool apply, bool wouldCreate,
                                  const FileContentSync::Report &report);
};

} // namespace converge
