#include "resources/execattempt.h"

#include <QFileInfo>

namespace converge {

void ExecAttempt::start(const ExecResource &exec, bool apply, CheckApplyContext &context,
                        CheckApply::Completion done)
{
    std::make_shared<ExecAttempt>(exec, apply, context, std::move(done))->advance();
}

ExecAttempt::ExecAttempt(const ExecResource &exec, bool apply, CheckApplyContext &context,
                         CheckApply::Completion done)
    : m_exec(exec), m_apply(apply), m_context(context), m_done(std::move(done))
{}

QString ExecAttempt::shown(const ExecResource::Command &command)
{
    return (QStringList{command.text} + command.args).join(u' ');
}

void ExecAttempt::advance()
{
    for (;;) {
        switch (m_step) {
        case Step::IfCmd: {
            m_step = Step::NifCmd;
            if (m_exec.m_ifCmd.text.isEmpty())
                break;
            // ifequals needs the output; one byte more than the longest expected text is
            // enough to tell a longer output apart.
            const std::optional<QByteArray> &equals = m_exec.m_ifEquals;
            const std::optional<QByteArray> &equalsStdout = m_exec.m_ifEqualsStdout;
            const qsizetype capture =
                std::max(equals ? equals->size() : -1, equalsStdout ? equalsStdout->size() : -1) +
                1;
            return launch(m_exec.m_ifCmd, capture, &ExecAttempt::ifCmdEnded);
        }
        case Step::NifCmd:
            m_step = Step::Creates;
            if (m_exec.m_nifCmd.text.isEmpty())
                break;
            return launch(m_exec.m_nifCmd, 0, &ExecAttempt::nifCmdEnded);
        case Step::Creates:
            m_step = Step::Cmd;
            if (!m_exec.m_creates.isEmpty()) {
                if (QFileInfo::exists(m_exec.m_creates)) {
                    m_context.message(tr("%1 exists").arg(m_exec.m_creates));
                    return finish(CheckApplyResult::converged());
                }
                m_reasons.append(tr("creates %1 is missing").arg(m_exec.m_creates));
            }
            if (!m_apply) {
                sayWhatWouldRun();
                return finish(CheckApplyResult::changed());
            }
            break;
        case Step::Cmd:
            m_step = Step::DoneCmd;
            return launch(m_exec.m_cmd, 0, &ExecAttempt::commandEnded);
        case Step::DoneCmd:
            m_step = Step::End;
            if (m_exec.m_doneCmd.text.isEmpty())
                break;
            return launch(m_exec.m_doneCmd, 0, &ExecAttempt::commandEnded);
        case Step::End: {
            CheckApplyResult r = CheckApplyResult::changed();
            r.exitCode = 0;
            return finish(r);
        }
        }
    }
}

void ExecAttempt::launch(const ExecResource::Command &command, qsizetype captureBytes, Ended then)
{
    m_running = &command;
    CheckApplyContext &context = m_context;
    m_context.processes().start(
        m_exec.spec(command, m_context, captureBytes), m_context.cancellation(),
        [&context](RunEvent::Stream stream, const QString &line) { context.output(stream, line); },
        [self = shared_from_this(), then](ProcessResult result) {
            if (result.skippedLines > 0) {
                self->m_context.message(
                    ExecResource::tr("%1: %2 output lines not shown (the first %3 and the last "
                                     "%4 of each stream are)")
                        .arg(self->m_running->name)
                        .arg(result.skippedLines)
                        .arg(ExecResource::HeadLines)
                        .arg(ExecResource::TailLines));
            }
            if (auto failed = ExecResource::failure(self->m_running->name, result))
                return self->finish(*failed);
            ((*self).*then)(result);
        });
}

void ExecAttempt::ifCmdEnded(const ProcessResult &result)
{
    m_context.message(ExecResource::tr("ifcmd exited with %1").arg(result.exitCode));
    if (result.exitCode != 0)
        return finish(CheckApplyResult::converged());
    if (m_exec.m_ifEquals && result.output == *m_exec.m_ifEquals) {
        m_context.message(ExecResource::tr("ifequals matched"));
        return finish(CheckApplyResult::converged());
    }
    if (m_exec.m_ifEqualsStdout && result.standardOutput == *m_exec.m_ifEqualsStdout) {
        m_context.message(ExecResource::tr("ifequals_stdout matched"));
        return finish(CheckApplyResult::converged());
    }
    m_reasons.append(m_exec.m_ifEquals || m_exec.m_ifEqualsStdout
                         ? tr("ifcmd `%1` exited 0 and printed something else than ifequals")
                               .arg(shown(m_exec.m_ifCmd))
                         : tr("ifcmd `%1` exited 0").arg(shown(m_exec.m_ifCmd)));
    advance();
}

void ExecAttempt::nifCmdEnded(const ProcessResult &result)
{
    m_context.message(ExecResource::tr("nifcmd exited with %1").arg(result.exitCode));
    if (result.exitCode == 0)
        return finish(CheckApplyResult::converged());
    m_reasons.append(tr("nifcmd `%1` exited %2").arg(shown(m_exec.m_nifCmd)).arg(result.exitCode));
    advance();
}

void ExecAttempt::commandEnded(const ProcessResult &result)
{
    if (result.exitCode != 0) {
        CheckApplyResult r = CheckApplyResult::failed(
            ExecResource::tr("%1 exited with %2").arg(m_running->name).arg(result.exitCode));
        r.exitCode = result.exitCode;
        return finish(r);
    }
    advance();
}

void ExecAttempt::sayWhatWouldRun()
{
    const QString why =
        m_reasons.isEmpty() ? tr("no ifcmd, nifcmd or creates") : m_reasons.join(u"; "_qs);
    if (m_exec.m_doneCmd.text.isEmpty())
        m_context.message(tr("would run `%1`: %2").arg(shown(m_exec.m_cmd), why));
    else
        m_context.message(tr("would run `%1`, then `%2`: %3")
                              .arg(shown(m_exec.m_cmd), shown(m_exec.m_doneCmd), why));
}

void ExecAttempt::finish(CheckApplyResult result)
{
    // Moved out first: done may free what owns this attempt's resource and context.
    const CheckApply::Completion done = std::move(m_done);
    done(std::move(result));
}

} // namespace converge
