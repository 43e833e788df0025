#include "resources/filespec.h"

#include "model/resource.h"

#include <QDir>

#include <unistd.h>

namespace converge {

namespace {

const Value *scalarParam(const Resource &resource, QStringView key)
{
    const Value *v = resource.params.find(key);
    return v && v->isScalar() ? v : nullptr;
}

QString textParam(const Resource &resource, QStringView key)
{
    const Value *v = scalarParam(resource, key);
    return v ? v->text() : QString();
}

/// mgmt's util.Dirname: the cleaned path up to and including its last slash.
QString dirnameOf(const QString &path)
{
    if (path == u"/")
        return {};
    const QString clean = QDir::cleanPath(path);
    return clean.left(clean.lastIndexOf(u'/') + 1);
}

/// mgmt's util.Basename: the cleaned path's last part, keeping a directory's trailing slash.
QString basenameOf(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    QString base = clean.mid(clean.lastIndexOf(u'/') + 1);
    if (path.endsWith(u'/'))
        base += u'/';
    return base;
}

} // namespace

bool FileSpec::hasPathPrefix(const QString &path, const QString &prefix)
{
    const QStringList parts = QDir::cleanPath(path).split(u'/');
    const QStringList prefixParts = QDir::cleanPath(prefix).split(u'/');
    if (prefixParts.size() > parts.size())
        return false;
    for (qsizetype i = 0; i < prefixParts.size(); ++i) {
        if (parts[i] != prefixParts[i])
            return false;
    }
    return true;
}

QString FileSpec::managedPath(const Resource &resource)
{
    QString path = textParam(resource, u"path");
    if (path.isEmpty())
        path = resource.name;
    const QString dirname = textParam(resource, u"dirname");
    const QString basename = textParam(resource, u"basename");
    if (dirname.isEmpty() && basename.isEmpty())
        return path;
    return (dirname.isEmpty() ? dirnameOf(path) : dirname) +
           (basename.isEmpty() ? basenameOf(path) : basename);
}

std::optional<FileSpec> FileSpec::read(const Resource &resource, QString *error)
{
    auto refused = [&](const QString &why) -> std::optional<FileSpec> {
        *error = why;
        return std::nullopt;
    };
    FileSpec spec;
    spec.path = managedPath(resource);
    const QString dirname = textParam(resource, u"dirname");
    if (!dirname.isEmpty() && !dirname.endsWith(u'/'))
        return refused(tr("dirname must end with a slash: %1").arg(dirname));
    if (textParam(resource, u"basename").startsWith(u'/'))
        return refused(
            tr("basename must not start with a slash: %1").arg(textParam(resource, u"basename")));
    // mgmt's one file parameter Converge cannot honour: refused rather than ignored.
    if (resource.params.find(u"selinux"))
        return refused(tr("selinux contexts are not supported by Converge"));
    if (!QDir::isAbsolutePath(spec.path))
        return refused(tr("path must be absolute: %1").arg(spec.path));
    const QString state = textParam(resource, u"state");
    if (state == u"exists")
        spec.state = State::Exists;
    else if (state == u"absent")
        spec.state = State::Absent;
    else if (!state.isEmpty())
        return refused(tr("state must be exists or absent, not %1").arg(state));
    if (const Value *content = scalarParam(resource, u"content"))
        spec.content = content->text().toUtf8();
    spec.source = textParam(resource, u"source");
    if (const Value *fragments = resource.params.find(u"fragments")) {
        for (const Value &item : fragments->items())
            spec.fragments.append(item.text());
    }
    auto flag = [&](QStringView key) {
        const Value *v = scalarParam(resource, key);
        return v && v->toBool().value_or(false);
    };
    spec.recurse = flag(u"recurse");
    spec.force = flag(u"force");
    spec.purge = flag(u"purge");
    spec.symlink = flag(u"symlink");

    const bool hasSource = !spec.source.isEmpty();
    const bool hasFragments = !spec.fragments.isEmpty();
    for (const QString &text : QStringList{spec.path, spec.source} + spec.fragments) {
        if (text.contains(QChar(0)))
            return refused(tr("a path cannot contain a NUL byte: %1").arg(text));
    }
    if (int(bool(spec.content)) + int(hasSource) + int(hasFragments) > 1)
        return refused(tr("only one of content, source and fragments can be given"));
    if (spec.symlink && !hasSource && spec.state == State::Exists)
        return refused(tr("symlink needs a source to point to"));
    if (spec.state == State::Absent && (spec.content || hasSource || hasFragments))
        return refused(tr("content, source and fragments cannot be given with state: absent"));
    if (hasSource && !spec.symlink && spec.isDirectory() != spec.sourceIsDirectory())
        return refused(tr("path and source must both be directories (ending in /) or both not"));
    if (hasSource && !spec.symlink && !QDir::isAbsolutePath(spec.source))
        return refused(tr("source must be absolute: %1").arg(spec.source));
    if (spec.isDirectory() && (spec.content || hasFragments || spec.symlink))
        return refused(
            tr("a directory (path ending in /) cannot have content, fragments or symlink"));
    if (hasSource && spec.isDirectory() && !spec.recurse)
        return refused(tr("a source directory is copied only with recurse: true"));
    if (spec.purge && !spec.recurse)
        return refused(tr("purge needs recurse: true"));
    if (hasSource && !spec.isDirectory() && spec.recurse && !spec.symlink)
        return refused(tr("recurse cannot be used to copy a single file"));
    for (const QString &fragment : std::as_const(spec.fragments)) {
        if (!QDir::isAbsolutePath(fragment))
            return refused(tr("fragment must be absolute: %1").arg(fragment));
        if (hasPathPrefix(spec.path, fragment))
            return refused(tr("the path is inside its own fragment %1").arg(fragment));
    }
    if (spec.purge && (spec.content || hasFragments))
        return refused(tr("purge cannot be combined with content or fragments"));
    if (spec.symlink && (spec.content || hasFragments))
        return refused(tr("symlink cannot be combined with content or fragments"));
    if (spec.symlink && (spec.recurse || spec.purge))
        return refused(tr("symlink cannot be combined with recurse or purge"));

    if (const QString mode = textParam(resource, u"mode"); !mode.isEmpty()) {
        // Linux has no mode of its own for a link; mgmt's chmod would follow it and change
        // the target on every run, which no graph can mean.
        if (spec.symlink)
            return refused(tr("mode cannot be set on a symlink: a link has no mode of its own"));
        QString why;
        spec.mode = FileMode::parse(mode, &why);
        if (!spec.mode)
            return refused(why);
    }
    const std::pair<QStringView, FileOwner::Kind> owners[] = {{u"owner", FileOwner::Kind::User},
                                                              {u"group", FileOwner::Kind::Group}};
    for (const auto &[key, kind] : owners) {
        const QString text = textParam(resource, key);
        if (text.isEmpty())
            continue;
        QString why;
        std::optional<FileOwner> owner = FileOwner::resolve(kind, text, &why);
        if (!owner)
            return refused(tr("%1: %2").arg(key, why));
        if (!owner->isAllowed())
            return refused(tr("%1 %2 can only be set by root; Converge runs as uid %3")
                               .arg(key, text)
                               .arg(geteuid()));
        (kind == FileOwner::Kind::User ? spec.owner : spec.group) = owner;
    }
    return spec;
}

} // namespace converge
