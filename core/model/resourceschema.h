#pragma once

#include "model/diagnostic.h"
#include "model/resource.h"

#include <QString>
#include <QStringList>

namespace converge {

/// The parameters Converge knows for each resource kind, with the type each expects.
///
/// Used by the reader to report `cmd: [a, b]` at the value, by the property editor to pick an
/// editor per field, and by the engine to refuse kinds it cannot run. Parameters not listed here
/// are accepted and kept untouched: mgmt has more than Converge models. Stateless; any thread.
class ResourceSchema
{
public:
    enum class ParamType
    {
        String,     ///< any scalar (mgmt reads numbers into string fields too) or null
        Integer,    ///< a plain whole number, at least 0
        Boolean,    ///< true/false (YAML 1.1 spellings accepted)
        StringList, ///< a list of scalars
        StringMap,  ///< a map of scalars (environment variables)
    };
    struct Param
    {
        const char16_t *name;
        ParamType type;
        QStringList allowed; ///< accepted values for an enumerated string; empty means any
    };

    /// exec, file, noop and timer: the kinds the engine can check and apply.
    static bool isRunnable(QStringView kind);
    static QStringList runnableKinds();
    /// True for the kinds mgmt registers (engine/resources: exec, file, pkg, svc, timer, ...),
    /// runnable here or not. A kind outside this list is one mgmt refuses to load.
    static bool isMgmtKind(QStringView kind);
    /// The registered kind an unknown one was probably meant to be ("Exec" and "exce" give
    /// "exec"), or an empty string when none is close.
    static QString closestKind(QStringView unknown);
    /// The known parameters of kind in the order an editor shows them; empty for other kinds.
    static const QList<Param> &params(QStringView kind);
    /// The parameter name of kind, or nullptr when Converge does not know it.
    static const Param *param(QStringView kind, QStringView name);

    /// Whether mgmt runs resource on this host: false for an exported (`@@`) resource whose kind
    /// no entry of the graph's `collect:` list names (by `kind:`, or the 2016 `res:`), since
    /// mgmt only hands those to other hosts.
    static bool isCollected(const Resource &resource, const Value &collect);

    /// How a value appears in messages: "text" for a scalar, else "a list", "a map", "nothing".
    static QString describe(const Value &value);

    /// Appends an error for each known parameter of the wrong type or with a value outside its
    /// allowed set, and for a NUL character in a name, command, argument, path or environment
    /// entry (no system call can take one; only file content may hold it), at the value,
    /// naming the resource.
    static void check(const Resource &resource, const QString &file, Diagnostics *diagnostics);
    /// Appends a warning for each parameter of an exec, file or noop that mgmt does not have
    /// (`contnet:`), with a "did you mean" when one is close: mgmt's YAML decoding drops such a
    /// key silently, so the resource would run without what the user meant to set.
    static void warnUnknown(const Resource &resource, const QString &file,
                            Diagnostics *diagnostics);
};

} // namespace converge
