#include "engine/resourcewatchfactory.h"

#include "model/metaparams.h"
#include "model/resource.h"
#include "resources/compositewatch.h"
#include "resources/execidentity.h"
#include "resources/filespec.h"
#include "resources/filewatch.h"
#include "resources/periodicwatch.h"
#include "resources/watchcommand.h"
#include "resources/watchsupervisor.h"

namespace converge {

namespace {

QString text(const Resource &resource, QStringView key)
{
    const Value *v = resource.params.find(key);
    return v && v->isScalar() ? v->text() : QString();
}

QStringList texts(const Resource &resource, QStringView key)
{
    QStringList out;
    if (const Value *v = resource.params.find(key); v && v->isList()) {
        for (const Value &item : v->items())
            out.append(item.text());
    }
    return out;
}

} // namespace

ResourceWatchFactory::ResourceWatchFactory(Reactor &reactor, InotifyHub &hub)
    : m_reactor(reactor), m_hub(hub)
{}

std::unique_ptr<ResourceWatch> ResourceWatchFactory::create(const Resource &resource,
                                                            WatchSink sink) const
{
    const MetaParams meta = MetaParams::parse(resource.meta);
    if (meta.hidden)
        return nullptr;
    bool watches = false;
    // The supervisor makes its watch in its constructor, and only there: `resource` is not
    // used after create() returns.
    auto supervisor = std::make_unique<WatchSupervisor>(
        m_reactor, meta.retry, meta.delayMs, std::move(sink), [&](WatchSink inner) {
            std::unique_ptr<ResourceWatch> watch = createUnsupervised(resource, std::move(inner));
            watches = watch != nullptr;
            return watches ? std::move(watch) : std::make_unique<CompositeWatch>(WatchSink{});
        });
    if (!watches)
        return nullptr;
    return supervisor;
}

std::unique_ptr<ResourceWatch> ResourceWatchFactory::createUnsupervised(const Resource &resource,
                                                                        WatchSink sink) const
{
    const MetaParams meta = MetaParams::parse(resource.meta);
    if (meta.pollSeconds > 0)
        return std::make_unique<PeriodicWatch>(m_reactor, meta.pollSeconds * 1000, tr("poll"),
                                               std::move(sink));
    if (resource.kind == u"timer") {
        const qint64 seconds = resource.params.find(u"interval")
                                   ? resource.params.find(u"interval")->toInt().value_or(0)
                                   : 0;
        return std::make_unique<PeriodicWatch>(m_reactor, seconds * 1000, tr("timer"),
                                               std::move(sink));
    }
    auto composite = std::make_unique<CompositeWatch>(std::move(sink));
    const auto watchPath = [&](const QString &path, bool recurse, const QString &label) {
        composite->add(std::make_unique<FileWatch>(m_reactor, m_hub, path, recurse,
                                                   composite->partSink(label)));
    };
    if (resource.kind == u"file") {
        const Value *recurse = resource.params.find(u"recurse");
        watchPath(FileSpec::managedPath(resource), recurse && recurse->toBool().value_or(false),
                  {});
        if (const QString source = text(resource, u"source"); !source.isEmpty())
            watchPath(source, source.endsWith(u'/'), tr("source"));
        for (const QString &fragment : texts(resource, u"fragments"))
            watchPath(fragment, false, tr("fragment %1").arg(fragment));
    } else if (resource.kind == u"exec") {
        const ProcessSpec spec = watchCommandSpec(resource);
        if (!spec.program.isEmpty())
            composite->add(
                std::make_unique<WatchCommand>(m_reactor, spec, composite->partSink({})));
        for (const QString &path : texts(resource, u"watchfiles"))
            watchPath(path, path.endsWith(u'/'), tr("watchfiles %1").arg(path));
        if (const QString creates = text(resource, u"creates"); !creates.isEmpty())
            watchPath(creates, false, tr("creates"));
    }
    if (composite->isEmpty())
        return nullptr;
    return composite;
}

ProcessSpec ResourceWatchFactory::watchCommandSpec(const Resource &resource)
{
    ProcessSpec spec;
    const QString command = text(resource, u"watchcmd");
    if (command.trimmed().isEmpty())
        return spec;
    if (const QString shell = text(resource, u"watchshell"); !shell.isEmpty()) {
        spec.program = shell;
        spec.arguments = {u"-c"_qs, command};
    } else {
        // mgmt splits a command without a shell on white space (strings.Fields).
        QStringList words = command.simplified().split(u' ');
        spec.program = words.takeFirst();
        spec.arguments = words;
    }
    spec.workingDirectory = text(resource, u"watchcwd");
    if (const Value *env = resource.params.find(u"env"); env && env->isMap()) {
        for (const auto &[key, value] : env->entries())
            spec.environment.append({key, value.text()});
    }
    spec.inheritEnvironment = false; // mgmt: the command gets exactly `env`
    QString error;
    spec.credentials =
        ExecIdentity::resolve(text(resource, u"user"), text(resource, u"group"), &error);
    return spec;
}

} // namespace converge
