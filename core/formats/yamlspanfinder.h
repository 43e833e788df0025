#pragma once

#include "model/value.h"

#include <QByteArray>

namespace converge {

/// Finds where the parts of block YAML text end, given where they start: a scalar, a map entry
/// with everything indented under it, a list item. For YamlSplicer, which knows the starts from
/// the reader. Answers -1 where the text is outside what it can tell (anchors, aliases and tags
/// on a scalar, a plain scalar continued on the next line, a `|` block), so the caller never
/// guesses. Works on a text that must outlive it; any thread.
class YamlSpanFinder
{
public:
    explicit YamlSpanFinder(const QByteArray &text) : m_text(text) {}

    /// Where the line holding pos starts.
    qsizetype lineStart(qsizetype pos) const;
    /// Where the line after the one holding pos starts (the text's size on the last line).
    qsizetype nextLine(qsizetype pos) const;
    /// True when only spaces come before pos on its line.
    bool startsLine(qsizetype pos) const;
    /// The column of pos on its line (0-based, in bytes).
    int column(qsizetype pos) const { return int(pos - lineStart(pos)); }

    /// One past the end of the one-line scalar starting at begin, trailing spaces left out.
    qsizetype scalarEnd(qsizetype begin) const;
    /// True when pos is inside a `{...}` or `[...]` opened earlier on its line.
    bool inFlow(qsizetype pos) const;
    /// One past the `}` or `]` that closes the flow collection opening at open, when that is
    /// on the same line; -1 otherwise.
    qsizetype flowEnd(qsizetype open) const;
    /// One past the value that starts at begin inside a one-line flow collection: a nested
    /// collection or a scalar; -1 when it does not end on its line.
    qsizetype flowValueEnd(qsizetype begin) const;
    /// One past the value of the flow map entry whose key starts at key; -1 as above.
    qsizetype flowEntryEnd(qsizetype key) const;
    /// One past the last line of the block that starts on the line at start and holds every
    /// following line indented deeper than indent (and, with dashContinues, `- ` items at
    /// indent, as a list may sit at its key's indent). Blank and comment lines after the
    /// block's last line are left to what follows.
    qsizetype blockEnd(qsizetype start, int indent, bool dashContinues) const;
    /// The `-` of the block list item whose map starts at mapStart, or -1 when the map is not
    /// the first thing after a `- ` that starts its line.
    qsizetype itemDash(qsizetype mapStart) const;
    /// Where the comment lines right above the line at start begin (start itself when there
    /// are none): lines holding only a comment whose `#` is at column, with no blank line
    /// between them and start. They say what the line at start is about.
    qsizetype commentsAbove(qsizetype start, int column) const;
    /// The block list item (its lines) whose map starts at mapStart: {begin, end}, or {-1, -1}.
    std::pair<qsizetype, qsizetype> itemLines(qsizetype mapStart) const;

private:
    const QByteArray &m_text;
};

} // namespace converge
