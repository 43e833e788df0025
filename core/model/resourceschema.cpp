#include "model/resourceschema.h"

#include <QCoreApplication>

#include <algorithm>

namespace converge {

namespace {

using Type = ResourceSchema::ParamType;

const QList<ResourceSchema::Param> &execParams()
{
    static const QList<ResourceSchema::Param> params = {
        {u"cmd", Type::String, {}},
        {u"args", Type::StringList, {}},
        {u"shell", Type::String, {}},
        {u"cwd", Type::String, {}},
        {u"env", Type::StringMap, {}},
        {u"timeout", Type::Integer, {}},
        {u"ifcmd", Type::String, {}},
        {u"ifshell", Type::String, {}},
        {u"ifcwd", Type::String, {}},
        {u"nifcmd", Type::String, {}},
        {u"creates", Type::String, {}},
        {u"donecmd", Type::String, {}},
        {u"doneshell", Type::String, {}},
        {u"donecwd", Type::String, {}},
        {u"watchcmd", Type::String, {}},
        {u"watchshell", Type::String, {}},
        {u"watchcwd", Type::String, {}},
        {u"pollint", Type::Integer, {}},
        {u"user", Type::String, {}},
        {u"group", Type::String, {}},
        {u"state", Type::String, {}},
        // mgmt's newer exec parameters (engine/resources/exec.go).
        {u"sig", Type::String, {}},
        {u"nifshell", Type::String, {}},
        {u"nifcwd", Type::String, {}},
        {u"ifequals", Type::String, {}},
        {u"ifequals_stdout", Type::String, {}},
        {u"watchfiles", Type::StringList, {}},
        {u"mtimes", Type::StringList, {}},
        {u"send_output", Type::String, {}},
        {u"send_stdout", Type::String, {}},
        {u"send_stderr", Type::String, {}},
    };
    return params;
}

const QList<ResourceSchema::Param> &fileParams()
{
    static const QList<ResourceSchema::Param> params = {
        {u"path", Type::String, {}},
        {u"dirname", Type::String, {}},
        {u"basename", Type::String, {}},
        {u"state", Type::String, {QString(), u"exists"_qs, u"absent"_qs}},
        {u"content", Type::String, {}},
        {u"source", Type::String, {}},
        {u"fragments", Type::StringList, {}},
        {u"mode", Type::String, {}},
        {u"owner", Type::String, {}},
        {u"group", Type::String, {}},
        {u"recurse", Type::Boolean, {}},
        {u"force", Type::Boolean, {}},
        {u"purge", Type::Boolean, {}},
        {u"symlink", Type::Boolean, {}},
        {u"selinux", Type::String, {}},
    };
    return params;
}

const QList<ResourceSchema::Param> &noopParams()
{
    static const QList<ResourceSchema::Param> params = {{u"comment", Type::String, {}}};
    return params;
}

const QList<ResourceSchema::Param> &timerParams()
{
    static const QList<ResourceSchema::Param> params = {{u"interval", Type::Integer, {}}};
    return params;
}

/// Translation context for the messages below.
class SchemaMessages
{
    Q_DECLARE_TR_FUNCTIONS(ResourceSchema)

public:
    static QString expected(Type type)
    {
        switch (type) {
        case Type::String:
            return tr("a string");
        case Type::Integer:
            return tr("a whole number");
        case Type::Boolean:
            return tr("true or false");
        case Type::StringList:
            return tr("a list of strings");
        case Type::StringMap:
            return tr("a map of strings");
        }
        return {};
    }
    static QString shown(const Value &v)
    {
        switch (v.type()) {
        case Value::Type::Null:
            return tr("nothing");
        case Value::Type::List:
            return tr("a list");
        case Value::Type::Map:
            return tr("a map");
        case Value::Type::Scalar:
            break;
        }
        return u'"' + v.text() + u'"';
    }
    static QString wrongType(const QString &key, Type type, const Value &v)
    {
        return tr("%1: expected %2, got %3").arg(key, expected(type), shown(v));
    }
    static QString unknown(const QString &resource, const QString &key)
    {
        return tr("%1: unknown parameter %2: mgmt ignores it").arg(resource, key);
    }
    static QString unknownLike(const QString &resource, const QString &key, const QString &meant)
    {
        return tr("%1: unknown parameter %2: mgmt ignores it; did you mean %3?")
            .arg(resource, key, meant);
    }
    static QString nul(const QString &key)
    {
        return tr("%1: contains a NUL character (\\0), which no command, path or environment "
                  "entry can hold")
            .arg(key);
    }
    static QString notAllowed(const QString &key, const QStringList &allowed, const Value &v)
    {
        QStringList named;
        for (const QString &a : allowed) {
            if (!a.isEmpty())
                named.append(a);
        }
        return tr("%1: expected one of %2, got %3").arg(key, named.join(u", "_qs), shown(v));
    }
};

bool allScalars(const Value &v, Value::Type container)
{
    if (v.type() != container)
        return false;
    if (container == Value::Type::List) {
        return std::all_of(v.items().begin(), v.items().end(),
                           [](const Value &i) { return i.isScalar(); });
    }
    return std::all_of(v.entries().begin(), v.entries().end(),
                       [](const Value::MapEntry &e) { return e.second.isScalar(); });
}

bool hasType(const Value &v, Type type)
{
    switch (type) {
    case Type::String:
        return v.isScalar() || v.isNull();
    case Type::Integer:
        return v.isNull() || (v.toInt() && *v.toInt() >= 0);
    case Type::Boolean:
        return v.isNull() || v.toBool().has_value();
    case Type::StringList:
        return v.isNull() || allScalars(v, Value::Type::List);
    case Type::StringMap:
        return v.isNull() || allScalars(v, Value::Type::Map);
    }
    return false;
}

/// Every kind mgmt registers with engine.RegisterResource (engine/resources/*.go).
const QStringList &mgmtKinds()
{
    static const QStringList kinds = {
        u"augeas"_qs,
        u"aws:ec2"_qs,
        u"bmc:firmware"_qs,
        u"bmc:power"_qs,
        u"consul:kv"_qs,
        u"cron"_qs,
        u"deploy:tar"_qs,
        u"dhcp:host"_qs,
        u"dhcp:range"_qs,
        u"dhcp:server"_qs,
        u"docker:container"_qs,
        u"docker:image"_qs,
        u"exec"_qs,
        u"exit"_qs,
        u"file"_qs,
        u"fwattr"_qs,
        u"fwupd:device"_qs,
        u"fwupd:remote"_qs,
        u"fwupd:system"_qs,
        u"group"_qs,
        u"gsettings"_qs,
        u"gzip"_qs,
        u"hetzner:vm"_qs,
        u"hostname"_qs,
        u"json:edit"_qs,
        u"kv"_qs,
        u"line"_qs,
        u"mount"_qs,
        u"msg"_qs,
        u"noop"_qs,
        u"nspawn"_qs,
        u"password"_qs,
        u"pkg"_qs,
        u"print"_qs,
        u"remote"_qs,
        u"schedule"_qs,
        u"ssh:authorized_key"_qs,
        u"svc"_qs,
        u"sysctl"_qs,
        u"tar"_qs,
        u"test"_qs,
        u"tftp:file"_qs,
        u"tftp:server"_qs,
        u"timer"_qs,
        u"user"_qs,
        u"value"_qs,
        u"virt"_qs,
        u"virt:builder"_qs,
        u"virt:network"_qs,
        u"virt:network:host"_qs,
        u"virt:network:range"_qs,
    };
    return kinds;
}

/// Edit distance counting a swap of two neighbours as one edit, so "exce" is one from "exec".
int editDistance(QStringView a, QStringView b)
{
    std::vector<std::vector<int>> d(a.size() + 1, std::vector<int>(b.size() + 1));
    for (qsizetype i = 0; i <= a.size(); ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= b.size(); ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

/// The word of candidates at most two edits from unknown (case aside), or empty: more than two
/// edits away is a different word, not a typo.
QString closestWord(const QString &unknown, const QStringList &candidates)
{
    const QString lower = unknown.toLower();
    QString best;
    int bestDistance = 3;
    for (const QString &word : candidates) {
        const int distance = editDistance(lower, word);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = word;
        }
    }
    return best;
}

/// Whether a NUL in this parameter's text is refused: mgmt hands every string of exec and
/// file to a system call, which stops at the first NUL; file content is written as bytes.
bool refusesNul(QStringView kind, QStringView param)
{
    return (kind == u"exec" || kind == u"file") && param != u"content";
}

/// The innermost value holding a NUL (a map holding one in a key counts itself), or nullptr.
const Value *findNul(const Value &v)
{
    if (v.isScalar())
        return v.text().contains(QChar(0)) ? &v : nullptr;
    for (const Value &item : v.items()) {
        if (const Value *found = findNul(item))
            return found;
    }
    for (const Value::MapEntry &entry : v.entries()) {
        if (entry.first.contains(QChar(0)))
            return &v;
        if (const Value *found = findNul(entry.second))
            return found;
    }
    return nullptr;
}

} // namespace

bool ResourceSchema::isMgmtKind(QStringView kind)
{
    return mgmtKinds().contains(kind);
}

QString ResourceSchema::closestKind(QStringView unknown)
{
    return closestWord(unknown.toString(), mgmtKinds());
}

void ResourceSchema::warnUnknown(const Resource &resource, const QString &file,
                                 Diagnostics *diagnostics)
{
    if (!diagnostics || !isRunnable(resource.kind))
        return;
    for (const Value::MapEntry &entry : resource.params.entries()) {
        if (param(resource.kind, entry.first))
            continue;
        QStringList known;
        for (const Param &p : params(resource.kind))
            known.append(QString::fromUtf16(p.name));
        const QString meant = closestWord(entry.first, known);
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.file = file;
        d.location = entry.second.location();
        d.resource = resource.key();
        d.message = meant.isEmpty()
                        ? SchemaMessages::unknown(resource.key(), entry.first)
                        : SchemaMessages::unknownLike(resource.key(), entry.first, meant);
        diagnostics->append(d);
    }
}

bool ResourceSchema::isRunnable(QStringView kind)
{
    return kind == u"exec" || kind == u"file" || kind == u"noop" || kind == u"timer";
}

bool ResourceSchema::isCollected(const Resource &resource, const Value &collect)
{
    if (!resource.exported)
        return true;
    if (!collect.isList())
        return false;
    return std::any_of(collect.items().begin(), collect.items().end(), [&](const Value &c) {
        const Value *kind = c.find(u"kind");
        if (!kind)
            kind = c.find(u"res");
        return kind && kind->isScalar() && kind->text().toLower() == resource.kind;
    });
}

QString ResourceSchema::describe(const Value &value)
{
    return SchemaMessages::shown(value);
}

QStringList ResourceSchema::runnableKinds()
{
    return {u"exec"_qs, u"file"_qs, u"noop"_qs, u"timer"_qs};
}

const QList<ResourceSchema::Param> &ResourceSchema::params(QStringView kind)
{
    static const QList<Param> none;
    if (kind == u"exec")
        return execParams();
    if (kind == u"file")
        return fileParams();
    if (kind == u"noop")
        return noopParams();
    if (kind == u"timer")
        return timerParams();
    return none;
}

const ResourceSchema::Param *ResourceSchema::param(QStringView kind, QStringView name)
{
    for (const Param &p : params(kind)) {
        if (name == p.name)
            return &p;
    }
    return nullptr;
}

void ResourceSchema::check(const Resource &resource, const QString &file, Diagnostics *diagnostics)
{
    if (!diagnostics || !isRunnable(resource.kind))
        return;
    for (const Value::MapEntry &entry : resource.params.entries()) {
        const Param *p = param(resource.kind, entry.first);
        if (!p)
            continue;
        QString message;
        const Value *at = &entry.second;
        const Value *nul = refusesNul(resource.kind, entry.first) ? findNul(*at) : nullptr;
        if (!hasType(entry.second, p->type)) {
            message = SchemaMessages::wrongType(entry.first, p->type, entry.second);
        } else if (nul) {
            message = SchemaMessages::nul(entry.first);
            at = nul;
        } else if (!p->allowed.isEmpty() && !p->allowed.contains(entry.second.text())) {
            message = SchemaMessages::notAllowed(entry.first, p->allowed, entry.second);
        }
        if (message.isEmpty())
            continue;
        Diagnostic d;
        d.file = file;
        d.location = at->location();
        d.resource = resource.key();
        d.message = resource.key() + u": "_qs + message;
        diagnostics->append(d);
    }
}

} // namespace converge
