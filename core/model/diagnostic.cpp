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
    out += u'\n' + sourceLine + u'\n';
    // Keep tabs in the padding so the caret lines up under tab-indented text too.
    for (int i = 0; i < location.column - 1 && i < sourceLine.size(); ++i)
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
