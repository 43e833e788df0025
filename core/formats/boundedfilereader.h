#pragma once

#include "model/diagnostic.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace converge {

/// Reads a whole input file, but never more than a cap, whatever the file is.
///
/// The size a file reports is not a bound: a device (`/dev/zero`), a FIFO or a file that grows
/// while it is read says 0 or too little. So the bytes are counted as they come, and a file that
/// holds more than the cap is refused once cap + 1 bytes are in, without reading the rest (a
/// regular file that says it is bigger is refused unread).
/// The one way graph files (yamlgraph and DOT) are read. Any thread; no state.
class BoundedFileReader
{
    Q_DECLARE_TR_FUNCTIONS(BoundedFileReader)
public:
    /// The contents of path, or nothing with an error Diagnostic for path appended to
    /// diagnostics: the reason the file could not be opened or read, or that it holds more than
    /// maxBytes.
    static std::optional<QByteArray> read(const QString &path, qint64 maxBytes,
                                          Diagnostics *diagnostics);
    /// The translated message for a file over maxBytes.
    static QString tooLarge(qint64 maxBytes);
};

} // namespace converge
