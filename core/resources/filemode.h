#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace converge {

/// A file resource's `mode`, read as mgmt reads it (engine/util/mode.go): either an octal number
/// ("0644", "644", "4755") or a comma-separated list of symbolic assignments ("u=rw,go=r",
/// "a=rx", "ug=rwxs,o=t").
///
/// Like mgmt (FileModeAllowAssign = false), only `=` is accepted: a declarative graph names
/// the bits it wants, not a change to whatever is there, so `u+x` and `go-w` are refused. A
/// symbolic mode sets only the classes it names; the others keep the file's current bits,
/// which is why wanted() takes the current mode. Each class (u, g, o) may be named once, and
/// `a` or an empty class stands alone. A value type; any thread.
class FileMode
{
    Q_DECLARE_TR_FUNCTIONS(FileMode)
public:
    /// The mode text parsed, or nothing with *error saying why ("mode must be octal, like 0644,
    /// or symbolic, like u=rw,go=r, not u+x: ...").
    static std::optional<FileMode> parse(const QString &text, QString *error);

    /// The permission bits (07777) the file should have, given the bits it has now.
    unsigned wanted(unsigned current) const;
    /// The text as the graph wrote it.
    const QString &text() const { return m_text; }

    /// bits as four octal digits, "0644", the way mode changes are reported.
    static QString octal(unsigned bits);

private:
    /// One `who=what` clause, already reduced to bit masks.
    struct Assignment
    {
        unsigned cleared = 0; ///< the bits this clause owns and so first clears
        unsigned set = 0;     ///< the bits it then sets
    };

    QString m_text;
    std::optional<unsigned> m_octal;
    std::vector<Assignment> m_assignments;
};

} // namespace converge
