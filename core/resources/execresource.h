#pragma once

#include "resources/checkapply.h"
#include "resources/processrunner.h"

#include <QCoreApplication>

#include <optional>

namespace converge {

/// mgmt's `exec`: runs `cmd` unless a guard says the machine is already as wanted.
///
/// Check: converged when `creates` exists, when `ifcmd` exits non-zero, or when `nifcmd` exits
/// zero; with no guard the command always runs, as in mgmt. Apply: `cmd`, then `donecmd` after
/// it succeeded. Without `shell`, a command is split at whitespace into an argv (mgmt's
/// strings.Fields) and `args`, when given, are its arguments; with `shell`, it runs as
/// `shell -c cmd`. `timeout` (seconds) and the meta timeout kill the command's process group.
class ExecResource : public CheckApply
{
    Q_DECLARE_TR_FUNCTIONS(ExecResource)
public:
    /// Reads the parameters; nullptr with diagnostics when they cannot be used.
    static std::unique_ptr<ExecResource> create(const Resource &resource, const QString &file,
                                                Diagnostics *diagnostics);

    CheckApplyResult checkApply(bool apply, CheckApplyContext &context) override;
    bool waitsOnProcesses() const override { return true; }

private:
    /// One command of the resource with its shell and directory, or nothing when unset.
    struct Command
    {
        QString text;
        QString shell;
        QString cwd;
        QStringList args;
    };
    ProcessResult run(const Command &command, CheckApplyContext &context) const;
    std::optional<CheckApplyResult> failure(const QString &what, const ProcessResult &result) const;

    Command m_cmd;
    Command m_ifCmd;
    Command m_nifCmd;
    Command m_doneCmd;
    QString m_creates;
    qint64 m_timeoutMs = 0;
    QList<QPair<QString, QString>> m_environment;
};

} // namespace converge
