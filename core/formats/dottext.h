#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace converge {

/// Lexical checks and repairs of DOT text that cgraph itself gets wrong.
///
/// Graphviz's lexer rescans a token from its start on every 8 KB of input, so its cost grows
/// with the square of a token's length (a 4 MB string: 25 s), its error path reads past a buffer
/// after a token over 1 MiB, and the `dot` program refuses any quoted string over 16,384 bytes.
/// It also ignores everything after the first graph and after a NUL. check() finds all of that
/// in one linear pass before cgraph sees the text; splitLongStrings() makes what DotWriter
/// writes fit Graphviz's limit with DOT's own `"..." + "..."` concatenation. Stateless; any
/// thread.
class DotText
{
    Q_DECLARE_TR_FUNCTIONS(DotText)
public:
    /// The longest quoted string, HTML string or identifier: `dot`'s own limit.
    static constexpr qsizetype MaxTokenBytes = 16384;
    /// The longest value made by joining quoted strings with `+`. cgraph copies the whole value
    /// for every `+`, so the cost of a value grows with its length times its pieces.
    static constexpr qsizetype MaxValueBytes = 1024 * 1024;

    struct Problem
    {
        int line = 0;   ///< 1-based
        int column = 0; ///< 1-based, in characters
        QString message;
    };

    /// The first reason text cannot be read as one DOT graph by cgraph, if any: a NUL, a token
    /// or value over the limits above, an unterminated string or comment, text after the end of
    /// the graph. A UTF-8 byte order mark must have been removed.
    static std::optional<Problem> check(const QByteArray &text);
    /// text with every quoted string over MaxTokenBytes split into pieces joined by ` + `, so
    /// that it reads back as the same value. text must be as agwrite() writes it.
    static QByteArray splitLongStrings(const QByteArray &text);
};

} // namespace converge
