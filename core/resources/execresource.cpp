#include "resources/execresource.h"

#include "model/resource.h"
#include "resources/cancellation.h"

#include <QFileInfo>

namespace converge {

namespace {

QString text(const Value &params, QStringView key)
{
    const Value *v = params.find(key);
    return v && v->isScalar() ? v->text() : QString();
}

/// The words of a command line split on runs of white space, by hand: a QRegularExpression
/// split costs microseconds, and every exec resource is checked each time a run starts.
QStringList fields(const QString &command)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= command.size(); ++i) {
        const bool space = i == command.size() || command.at(i).isSpace();
        if (space && start >= 0) {
            words.append(command.mid(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return words;
}

} // namespace

std::unique_ptr<ExecResource> ExecResource::create(const Resource &resource, const QString &file,
                                                   Diagnostics *diagnostics)
{
    const Value &p = resource.params;
    auto exec = std::make_unique<ExecResource>();
    exec->m_cmd = {text(p, u"cmd"), text(p, u"shell"), text(p, u"cwd"), {}};
    if (exec->m_cmd.text.isEmpty())
        exec->m_cmd.text = resource.name; // as mgmt: the name is the command
    if (const Value *args = p.find(u"args"); args && args->isList()) {
        for (const Value &a : args->items())
            exec->m_cmd.args.append(a.text());
    }
    exec->m_ifCmd = {text(p, u"ifcmd"), text(p, u"ifshell"), text(p, u"ifcwd"), {}};
    exec->m_nifCmd = {text(p, u"nifcmd"), text(p, u"ifshell"), text(p, u"ifcwd"), {}};
    exec->m_doneCmd = {text(p, u"donecmd"), text(p, u"doneshell"), text(p, u"donecwd"), {}};
    exec->m_creates = text(p, u"creates");
    if (const Value *timeout = p.find(u"timeout"); timeout && timeout->toInt())
        exec->m_timeoutMs = *timeout->toInt() * 1000;
    if (const Value *env = p.find(u"env"); env && env->isMap()) {
        for (const auto &[key, value] : env->entries())
            exec->m_environment.append({key, value.text()});
    }

    const bool hasArgs = !exec->m_cmd.args.isEmpty();
    if (hasArgs && !exec->m_cmd.shell.isEmpty()) {
        refuse(resource, file, tr("args cannot be used with shell"), diagnostics);
        return nullptr;
    }
    const qsizetype words = fields(exec->m_cmd.text).size();
    if (hasArgs && words > 1) {
        refuse(resource, file, tr("args cannot be used when cmd has arguments"), diagnostics);
        return nullptr;
    }
    if (words == 0) {
        refuse(resource, file, tr("cmd is empty"), diagnostics);
        return nullptr;
    }
    return exec;
}

ProcessResult ExecResource::run(const Command &command, CheckApplyContext &context) const
{
    ProcessSpec spec;
    if (command.shell.isEmpty()) {
        QStringList argv = fields(command.text);
        spec.program = argv.takeFirst();
        spec.arguments = command.args.isEmpty() ? argv : command.args;
    } else {
        spec.program = command.shell;
        spec.arguments = {u"-c"_qs, command.text};
    }
    spec.workingDirectory = command.cwd;
    spec.environment = m_environment;
    const qint64 meta = context.remainingMs();
    spec.timeoutMs = meta > 0 && (m_timeoutMs == 0 || meta < m_timeoutMs) ? meta : m_timeoutMs;
    spec.killGraceMs = context.killGraceMs();
    return context.processes().run(
        spec, context.cancellation(),
        [&context](RunEvent::Stream stream, const QString &line) { context.output(stream, line); });
}

std::optional<CheckApplyResult> ExecResource::failure(const QString &what,
                                                      const ProcessResult &result) const
{
    CheckApplyResult r;
    r.exitCode = result.exitCode;
    switch (result.status) {
    case ProcessResult::Status::Exited:
        return std::nullopt;
    case ProcessResult::Status::Cancelled:
        r.outcome = CheckApplyResult::Outcome::Cancelled;
        r.error = tr("%1 cancelled").arg(what);
        break;
    case ProcessResult::Status::TimedOut:
        r.error = tr("%1 timed out").arg(what);
        break;
    case ProcessResult::Status::Signalled:
        r.error = tr("%1 killed by signal %2").arg(what).arg(result.signal);
        break;
    case ProcessResult::Status::FailedToStart:
        r.error = tr("%1 failed to start: %2").arg(what, result.error);
        break;
    }
    return r;
}

CheckApplyResult ExecResource::checkApply(bool apply, CheckApplyContext &context)
{
    if (!m_creates.isEmpty() && QFileInfo::exists(m_creates)) {
        context.message(tr("%1 exists").arg(m_creates));
        return CheckApplyResult::converged();
    }
    for (const Command *guard : {&m_ifCmd, &m_nifCmd}) {
        if (guard->text.isEmpty())
            continue;
        const QString what = guard == &m_ifCmd ? u"ifcmd"_qs : u"nifcmd"_qs;
        const ProcessResult result = run(*guard, context);
        if (auto failed = failure(what, result))
            return *failed;
        context.message(tr("%1 exited with %2").arg(what).arg(result.exitCode));
        if ((result.exitCode == 0) != (guard == &m_ifCmd))
            return CheckApplyResult::converged();
    }
    if (!apply)
        return CheckApplyResult::changed();

    for (const Command *command : {&m_cmd, &m_doneCmd}) {
        if (command->text.isEmpty())
            continue;
        const QString what = command == &m_cmd ? u"cmd"_qs : u"donecmd"_qs;
        const ProcessResult result = run(*command, context);
        if (auto failed = failure(what, result))
            return *failed;
        if (result.exitCode != 0) {
            CheckApplyResult r =
                CheckApplyResult::failed(tr("%1 exited with %2").arg(what).arg(result.exitCode));
            r.exitCode = result.exitCode;
            return r;
        }
    }
    CheckApplyResult r = CheckApplyResult::changed();
    r.exitCode = 0;
    return r;
}

} // namespace converge
