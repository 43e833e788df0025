#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <sys/types.h>

namespace converge {

/// A file resource's `owner` or `group`, resolved as mgmt's engine/util GetUID/GetGID do: the
/// text is first taken as a numeric id that the user (group) database knows, then as a name.
/// An id or name the database does not know is refused, as mgmt refuses it.
///
/// Also says whether this process may give a file that owner or group: changing the owner
/// needs root, and a group can be set by a non-root owner only to one of its own groups. The
/// file resource asks at create() time so that `validate` refuses what `run` could not do
/// instead of pretending. A value type; any thread (the look-ups use the reentrant calls).
class FileOwner
{
    Q_DECLARE_TR_FUNCTIONS(FileOwner)
public:
    enum class Kind
    {
        User,  ///< `owner`: a uid from the passwd database
        Group, ///< `group`: a gid from the group database
    };

    /// The id for text, or nothing with *error ("unknown user nobodyx").
    static std::optional<FileOwner> resolve(Kind kind, const QString &text, QString *error);

    unsigned id() const { return m_id; }
    /// The text as the graph wrote it, used when a change is reported ("owner root -> 1").
    const QString &text() const { return m_text; }
    /// True when this process may chown/chgrp a file it owns to this id.
    bool isAllowed() const;

    /// id's name in the database of kind, or the number when it has none: how the current
    /// owner is shown in a change line.
    static QString nameOf(Kind kind, unsigned id);

private:
    Kind m_kind = Kind::User;
    unsigned m_id = 0;
    QString m_text;
};

} // namespace converge
