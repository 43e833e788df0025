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
    };
    return params;
}

const QList<ResourceSchema::Param> &noopParams()
{
    static const QList<ResourceSchema::Param> params = {{u"comment", Type::String, {}}};
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

} // namespace

bool ResourceSchema::isRunnable(QStringView kind)
{
    return kind == u"exec" || kind == u"file" || kind == u"noop";
}

QString ResourceSchema::describe(const Value &value)
{
    return SchemaMessages::shown(value);
}

QStringList ResourceSchema::runnableKinds()
{
    return {u"exec"_qs, u"file"_qs, u"noop"_qs};
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
        if (!hasType(entry.second, p->type))
            message = SchemaMessages::wrongType(entry.first, p->type, entry.second);
        else if (!p->allowed.isEmpty() && !p->allowed.contains(entry.second.text()))
            message = SchemaMessages::notAllowed(entry.first, p->allowed, entry.second);
        if (message.isEmpty())
            continue;
        Diagnostic d;
        d.file = file;
        d.location = entry.second.location();
        d.resource = resource.key();
        d.message = resource.key() + u": "_qs + message;
        diagnostics->append(d);
    }
}

} // namespace converge
