#include "model/diagnostic.h"

#include <algorithm>

namespace converge {

QString Diagnostic::toString() const
{
    QString out;
    if (!file.isEmpty())
        out += file + u':';
    if (location.isValid()) {
        out += QString::number(location.line) + u':';
        if (location.column > 0)
            out += QString::number(location.column) + u':';
    }
    if (!out.isEmpty())
        out += u' ';
    out += severity == Severity::Error ? u"error: " : u"warning: ";
    out += message;
    return out;
}

QString Diagnostic::toStringWithContext() const
{
    QString out = toString();
    if (sourceLine.isEmpty() || location.column <= 0)
        return out;
    // A line of megabytes (minified YAML, a generated DOT) would flood the terminal: show a
    // window around the caret, marked with ellipses where it cuts.
    constexpr qsizetype Shown = 160;
    const qsizetype caret = std::min<qsizetype>(location.column - 1, sourceLine.size());
    const qsizetype start =
        sourceLine.size() <= Shown ? 0 : std::max<qsizetype>(0, caret - Shown / 2);
    const qsizetype end = std::min(sourceLine.size(), start + Shown);
    const QString lead = start > 0 ? u"\u2026"_qs : QString();
    out += u'\n' + lead + sourceLine.mid(start, end - start);
    if (end < sourceLine.size())
        out += u'\u2026';
    out += u'\n' + QString(lead.size(), u' ');
    // Keep tabs in the padding so the caret lines up under tab-indented text too.
    for (qsizetype i = start; i < caret; ++i)
        out += sourceLine.at(i) == u'\t' ? u'\t' : u' ';
    out += u'^';
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.isError(); });
}

} // namespace converge
