#include "resources/filemode.h"

#include <QStringList>

#include <sys/stat.h>

namespace converge {

namespace {

/// The read, write and execute bits of one class, shifted into place.
unsigned classBits(QChar who, unsigned rwx)
{
    switch (who.unicode()) {
    case u'u':
        return rwx << 6;
    case u'g':
        return rwx << 3;
    default:
        return rwx;
    }
}

} // namespace

std::optional<FileMode> FileMode::parse(const QString &text, QString *error)
{
    auto refused = [&](const QString &why) -> std::optional<FileMode> {
        *error = tr("mode must be octal, like 0644, or symbolic, like u=rw,go=r, not %1: %2")
                     .arg(text, why);
        return std::nullopt;
    };
    FileMode mode;
    mode.m_text = text;
    bool isNumber = false;
    const unsigned bits = text.toUInt(&isNumber, 8);
    if (isNumber) {
        if (bits > 07777)
            return refused(tr("more than the 12 permission bits"));
        mode.m_octal = bits;
        return mode;
    }
    const QStringList clauses = text.split(u',');
    QString seen;
    for (const QString &clause : clauses) {
        if (clause.contains(u'+') || clause.contains(u'-'))
            return refused(tr("only = assignments are accepted, as in mgmt"));
        const QStringList sides = clause.split(u'=');
        if (sides.size() != 2)
            return refused(tr("%1 needs exactly one =").arg(clause));
        QString who = sides[0];
        if (who.isEmpty() || who.contains(u'a')) {
            if (clauses.size() > 1)
                return refused(tr("%1 names every class, so it must stand alone").arg(clause));
            who = u"ugo"_qs;
        }
        Assignment assignment;
        for (const QChar w : who) {
            if (w != u'u' && w != u'g' && w != u'o')
                return refused(tr("unknown class %1 in %2").arg(w).arg(clause));
            if (seen.contains(w))
                return refused(tr("class %1 is named twice").arg(w));
            seen.append(w);
            assignment.cleared |= classBits(w, 07);
            if (w == u'u')
                assignment.cleared |= S_ISUID;
            if (w == u'g')
                assignment.cleared |= S_ISGID;
        }
        for (const QChar c : sides[1]) {
            for (const QChar w : who) {
                switch (c.unicode()) {
                case u'r':
                    assignment.set |= classBits(w, 04);
                    break;
                case u'w':
                    assignment.set |= classBits(w, 02);
                    break;
                case u'x':
                    assignment.set |= classBits(w, 01);
                    break;
                case u's':
                    assignment.set |= w == u'u' ? S_ISUID : w == u'g' ? S_ISGID : 0;
                    break;
                case u't':
                    assignment.set |= S_ISVTX;
                    break;
                default:
                    return refused(tr("unknown permission %1 in %2").arg(c).arg(clause));
                }
            }
        }
        mode.m_assignments.push_back(assignment);
    }
    return mode;
}

unsigned FileMode::wanted(unsigned current) const
{
    if (m_octal)
        return *m_octal;
    unsigned bits = current & 07777;
    for (const Assignment &a : m_assignments)
        bits = (bits & ~a.cleared) | a.set;
    return bits;
}

QString FileMode::octal(unsigned bits)
{
    return QString::number(bits, 8).rightJustified(4, u'0');
}

} // namespace converge
