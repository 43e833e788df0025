#include "resources/execresource.h"

#include "model/resource.h"
#include "resources/cancellation.h"
#include "resources/execattempt.h"
#include "resources/execidentity.h"
#include "resources/signalname.h"

#include <future>

namespace converge {

namespace {

QString text(const Value &params, QStringView key)
{
    const Value *v = params.find(key);
    return v && v->isScalar() ? v->text() : QString();
}

std::optional<QByteArray> optionalText(const Value &params, QStringView key)
{
    const Value *v = params.find(key);
    return v && v->isScalar() ? std::optional<QByteArray>(v->text().toUtf8()) : std::nullopt;
}

QStringList texts(const Value &params, QStringView key)
{
    QStringList out;
    if (const Value *v = params.find(key); v && v->isList()) {
        for (const Value &item : v->items())
            out.append(item.text());
    }
    return out;
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

/// mgmt's isNameValid: a shell variable name.
bool isVariableName(const QString &name)
{
    if (name.isEmpty() || name.front().isDigit())
        return false;
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return c == u'_' || (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') ||
               (c >= u'A' && c <= u'Z');
    });
}

} // namespace

std::unique_ptr<ExecResource> ExecResource::create(const Resource &resource, const QString &file,
                                                   Diagnostics *diagnostics)
{
    auto exec = std::make_unique<ExecResource>();
    if (const QString why = exec->readParameters(resource); !why.isEmpty()) {
        refuse(resource, file, why, diagnostics);
        return nullptr;
    }
    return exec;
}

QString ExecResource::readParameters(const Resource &resource)
{
    const Value &p = resource.params;
    m_cmd = {u"cmd"_qs, text(p, u"cmd"), text(p, u"shell"), text(p, u"cwd"), texts(p, u"args")};
    if (m_cmd.text.isEmpty())
        m_cmd.text = resource.name; // as mgmt: the name is the command
    m_ifCmd = {u"ifcmd"_qs, text(p, u"ifcmd"), text(p, u"ifshell"), text(p, u"ifcwd"), {}};
    m_nifCmd = {u"nifcmd"_qs, text(p, u"nifcmd"), text(p, u"nifshell"), text(p, u"nifcwd"), {}};
    m_doneCmd = {
        u"donecmd"_qs, text(p, u"donecmd"), text(p, u"doneshell"), text(p, u"donecwd"), {}};
    m_ifEquals = optionalText(p, u"ifequals");
    m_ifEqualsStdout = optionalText(p, u"ifequals_stdout");
    m_creates = text(p, u"creates");

    const bool hasArgs = !m_cmd.args.isEmpty();
    if (hasArgs && !m_cmd.shell.isEmpty())
        return tr("args cannot be used with shell");
    const qsizetype words = fields(m_cmd.text).size();
    if (hasArgs && words > 1)
        return tr("args cannot be used when cmd has arguments");
    if (words == 0)
        return tr("cmd is empty");
    for (const Command *c : {&m_ifCmd, &m_nifCmd, &m_doneCmd}) {
        if (!c->text.isEmpty() && c->shell.isEmpty() && fields(c->text).isEmpty())
            return tr("%1 is empty").arg(c->name);
    }
    if (const Value *timeout = p.find(u"timeout")) {
        const std::optional<qint64> seconds = timeout->toInt();
        if (!seconds || *seconds < 0 || *seconds > MaxTimeoutSeconds)
            return tr("timeout must be a whole number of seconds from 0 to %1, not %2")
                .arg(MaxTimeoutSeconds)
                .arg(timeout->text());
        m_timeoutMs = *seconds * 1000;
    }
    if (const Value *env = p.find(u"env"); env && env->isMap()) {
        for (const auto &[key, value] : env->entries()) {
            if (!isVariableName(key))
                return tr("invalid variable name %1 in env").arg(key);
            m_environment.append({key, value.text()});
        }
    }
    if (const QString sig = text(p, u"sig"); !sig.isEmpty()) {
        QString error;
        const std::optional<int> signal = SignalName::parse(sig, &error);
        if (!signal)
            return error;
        m_stopSignal = *signal;
    }
    for (const QString &path : texts(p, u"watchfiles")) {
        if (!path.startsWith(u'/'))
            return tr("the path %1 in watchfiles must be absolute").arg(path);
    }
    if (!m_creates.isEmpty() && !m_creates.startsWith(u'/'))
        return tr("creates must be an absolute path");
    if (!texts(p, u"mtimes").isEmpty())
        return tr("mtimes needs the state mgmt keeps between runs, which Converge does not keep");
    QString error;
    m_credentials = ExecIdentity::resolve(text(p, u"user"), text(p, u"group"), &error);
    if (!error.isEmpty())
        return error;
    // Empty values are mgmt's defaults (old examples spell out `watchcmd: ''`, `pollint: 0`).
    const auto given = [&p](const char16_t *key) {
        const Value *v = p.find(key);
        return v && (v->isList() ? !v->items().empty() : !v->text().isEmpty() && v->text() != u"0");
    };
    for (const char16_t *key :
         {u"watchcmd", u"watchshell", u"watchcwd", u"watchfiles", u"pollint"}) {
        if (given(key))
            m_watchOnly.append(QString::fromUtf16(key));
    }
    for (const char16_t *key : {u"send_output", u"send_stdout", u"send_stderr"}) {
        if (given(key))
            m_sendOnly.append(QString::fromUtf16(key));
    }
    return {};
}

ProcessSpec ExecResource::spec(const Command &command, const CheckApplyContext &context,
                               qsizetype captureBytes) const
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
    spec.inheritEnvironment = false;
    spec.timeoutMs = m_timeoutMs;
    spec.stopAfterMs = context.remainingMs();
    spec.stopSignal = m_stopSignal;
    spec.killGraceMs = context.killGraceMs();
    spec.credentials = m_credentials;
    spec.headLines = HeadLines;
    spec.tailLines = TailLines;
    spec.captureBytes = captureBytes;
    return spec;
}

std::optional<CheckApplyResult> ExecResource::failure(const QString &what,
                                                      const ProcessResult &result)
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
    std::promise<CheckApplyResult> ended;
    std::future<CheckApplyResult> result = ended.get_future();
    startCheckApply(apply, context,
                    [&ended](CheckApplyResult r) { ended.set_value(std::move(r)); });
    return result.get();
}

void ExecResource::startCheckApply(bool apply, CheckApplyContext &context, Completion done)
{
    if (!m_watchOnly.isEmpty())
        context.message(tr("%1 used only while watching (converge run --watch)")
                            .arg(m_watchOnly.join(u", "_qs)));
    if (!m_sendOnly.isEmpty())
        context.message(
            tr("%1 not used: Converge has no send/recv").arg(m_sendOnly.join(u", "_qs)));
    if (context.refresh())
        context.message(tr("notified: as in mgmt, exec is not refreshable and its checks still "
                           "decide whether cmd runs"));
    ExecAttempt::start(*this, apply, context, std::move(done));
}

} // namespace converge
