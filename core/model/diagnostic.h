#pragma once

#include "model/sourcelocation.h"

#include <QList>
#include <QString>

namespace converge {

/// One problem found in an input: where it is and what is wrong.
///
/// Loaders return these rather than throwing or exiting, so the command line prints them and the
/// GUI lists them in its Problems dock from the same data.
struct Diagnostic
{
    enum class Severity
    {
        Warning, ///< the input loads, but something will not work as the user may expect
        Error,   ///< the input cannot be used as it is
    };

    Severity severity = Severity::Error;
    QString file;            ///< path as the user gave it; may be empty for in-memory input
    SourceLocation location; ///< 1-based; invalid when the problem has no single place
    QString message;         ///< one line, no trailing period
    QString resource;        ///< "kind/name" of the resource concerned, if any
    QString sourceLine;      ///< the text of the offending line, for a caret display

    /// `file:line:column: error: message`, leaving out the parts that are unknown.
    QString toString() const;
    /// toString() followed by the source line and a caret under the column, when known.
    QString toStringWithContext() const;

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

using Diagnostics = QList<Diagnostic>;

/// True if any of the diagnostics is an error.
bool hasErrors(const Diagnostics &diagnostics);

} // namespace converge
