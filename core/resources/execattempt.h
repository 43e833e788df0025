#pragma once

#include "resources/execresource.h"

#include <QCoreApplication>

#include <memory>

namespace converge {

/// One check/apply attempt of an ExecResource as a small state machine, in mgmt's order:
/// ifcmd, nifcmd, creates, then (when applying) cmd and donecmd. Each command is started with
/// ProcessRunner::start() and the attempt continues from its completion, on the runner's
/// reactor thread, so no thread waits for a command; a step that needs no command (creates,
/// the decision) runs on whichever thread the previous step ended on. With apply false it
/// stops before cmd and says what would run and why, as a message line. The attempt keeps
/// itself alive until done has been called; the resource and the context must outlive that.
class ExecAttempt : public std::enable_shared_from_this<ExecAttempt>
{
    Q_DECLARE_TR_FUNCTIONS(ExecAttempt)
public:
    /// See CheckApply::startCheckApply().
    static void start(const ExecResource &exec, bool apply, CheckApplyContext &context,
                      CheckApply::Completion done);

    ExecAttempt(const ExecResource &exec, bool apply, CheckApplyContext &context,
                CheckApply::Completion done);

private:
    /// What the attempt does next, in mgmt's CheckApply order.
    enum class Step
    {
        IfCmd,   ///< run ifcmd, if any
        NifCmd,  ///< run nifcmd, if any
        Creates, ///< look at creates, if any; stop here in noop
        Cmd,     ///< run cmd
        DoneCmd, ///< run donecmd, if any
        End,     ///< report the change
    };
    using Ended = void (ExecAttempt::*)(const ProcessResult &);

    /// Takes steps until one starts a command or the attempt ends.
    void advance();
    void launch(const ExecResource::Command &command, qsizetype captureBytes, Ended then);
    void ifCmdEnded(const ProcessResult &result);
    void nifCmdEnded(const ProcessResult &result);
    void commandEnded(const ProcessResult &result);
    /// The "would run" message of a noop attempt, from m_reasons.
    void sayWhatWouldRun();
    void finish(CheckApplyResult result);
    /// command as written, for messages: its text and its args.
    static QString shown(const ExecResource::Command &command);

    const ExecResource &m_exec;
    bool m_apply;
    CheckApplyContext &m_context;
    CheckApply::Completion m_done;
    Step m_step = Step::IfCmd;
    const ExecResource::Command *m_running = nullptr; ///< the command started last
    QStringList m_reasons; ///< why cmd runs: each guard that let it through
};

} // namespace converge
