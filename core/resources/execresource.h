#pragma once

#include "resources/checkapply.h"
#include "resources/processrunner.h"

#include <QCoreApplication>

#include <optional>

namespace converge {

/// mgmt's `exec` (engine/resources/exec.go): runs `cmd` unless a guard says the machine is
/// already as wanted.
///
/// Check, in mgmt's order: `ifcmd` exiting non-zero, or printing exactly `ifequals` (stdout and
/// stderr as they came) or `ifequals_stdout`, means converged; then `nifcmd` exiting zero; then
/// `creates` existing. With no guard the command always runs. Apply: `cmd`, then `donecmd`
/// after it succeeded. Without a shell a command is split at white space into an argv (mgmt's
/// strings.Fields) and `args`, when given, are its arguments; with one it runs as
/// `shell -c cmd`. Each command has its own shell and directory (`ifshell`, `nifcwd`, ...). As
/// in mgmt, commands get exactly `env` as their environment (none when unset) and run as
/// `user` and `group`. `timeout` (seconds) kills a command's process group; a cancel or the
/// meta timeout sends `sig` (SIGTERM by default) first. A refresh changes nothing, as exec is
/// not refreshable in mgmt. Parameters for watch mode and send/recv are accepted and logged
/// as not used. In noop it says what it would run and why ("would run `make`: creates /x is
/// missing"). Each attempt is an ExecAttempt that continues on the process runner's reactor
/// when a command ends, so no thread waits for a command. Built by create() on any thread;
/// one attempt at a time.
class ExecResource : public CheckApply
{
    Q_DECLARE_TR_FUNCTIONS(ExecResource)
public:
    /// A command prints at most this many lines per stream into the log; the rest is counted
    /// and its last TailLines lines are kept.
    static constexpr qint64 HeadLines = 10000;
    static constexpr int TailLines = 100;
    /// The largest `timeout` in seconds: beyond it, milliseconds no longer fit in 64 bits.
    static constexpr qint64 MaxTimeoutSeconds = std::numeric_limits<qint64>::max() / 1000;

    /// Reads the parameters; nullptr with diagnostics when they cannot be used.
    static std::unique_ptr<ExecResource> create(const Resource &resource, const QString &file,
                                                Diagnostics *diagnostics);

    /// startCheckApply() and a wait for its completion.
    CheckApplyResult checkApply(bool apply, CheckApplyContext &context) override;
    void startCheckApply(bool apply, CheckApplyContext &context, Completion done) override;
    bool waitsOnProcesses() const override { return true; }

private:
    friend class ExecAttempt;

    /// One command of the resource with its shell and directory, or nothing when unset.
    struct Command
    {
        QString name; ///< "cmd", "ifcmd", ... for messages
        QString text;
        QString shell;
        QString cwd;
        QStringList args;
    };
    /// Why create() cannot use resource's parameters, or an empty string.
    QString readParameters(const Resource &resource);
    /// How command runs: its argv or shell, directory, environment, identity and deadlines.
    ProcessSpec spec(const Command &command, const CheckApplyContext &context,
                     qsizetype captureBytes) const;
    /// The result for a command that did not exit by itself, or nothing when it did.
    static std::optional<CheckApplyResult> failure(const QString &what,
                                                   const ProcessResult &result);

    Command m_cmd;
    Command m_ifCmd;
    Command m_nifCmd;
    Command m_doneCmd;
    std::optional<QByteArray> m_ifEquals;
    std::optional<QByteArray> m_ifEqualsStdout;
    QString m_creates;
    qint64 m_timeoutMs = 0;
    int m_stopSignal = SIGTERM;
    QList<QPair<QString, QString>> m_environment;
    std::optional<ProcessCredentials> m_credentials;
    QStringList m_watchOnly; ///< given parameters that only watch mode uses
    QStringList m_sendOnly;  ///< given parameters that only send/recv uses
};

} // namespace converge
