#pragma once

#include "formats/textedits.h"
#include "formats/yamlsource.h"
#include "formats/yamlspanfinder.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace converge {

/// The edits YamlSplicer makes to a source text, in the text's own terms: a scalar replaced in
/// the quoting it had, a list item's lines removed, lines inserted, a neighbour's item copied
/// with its values swapped. Each operation returns false (and edits nothing) when the text at
/// that place is outside what it can change safely. The source must outlive it; one thread.
class YamlTextSplice
{
public:
    explicit YamlTextSplice(const YamlSource &source);

    const YamlSpanFinder &text() const { return m_text; }
    const TextEdits &edits() const { return m_edits; }
    /// The byte offset of a location in the source.
    qsizetype offset(SourceLocation at) const { return m_source.offset(at); }
    /// The source byte at offset, or NUL outside it.
    char at(qsizetype offset) const;

    /// Replaces the one-line scalar at `at` by value, in the scalar's quoting while it fits.
    bool replaceScalar(SourceLocation at, const Value &value);
    /// Replaces the bytes [begin, end) by text.
    void replace(qsizetype begin, qsizetype end, QByteArray text);
    /// Removes the lines of the block list item whose map starts at mapStart, and the comment
    /// lines right above it at its dash's column.
    bool removeItem(SourceLocation mapStart);
    /// Inserts whole lines at a line start (or the text's end, with a newline put first when
    /// the last line lacks one).
    void insertLines(qsizetype at, QByteArray lines);
    /// Inserts `key: value` lines at a line start, the key at keyColumn.
    bool insertEntry(qsizetype at, int keyColumn, const QString &key, const Value &value);
    /// Replaces the map entry key whose key starts at keyLocation (with everything under it) by
    /// key and value, or removes it when value is null. A first key sharing its line with the
    /// item's `- ` cannot be removed.
    bool replaceEntry(SourceLocation keyLocation, const QString &key, const Value *value);
    /// Adds `key: value` after the last entry of the one-line flow map that opens at open.
    bool insertFlowEntry(qsizetype open, const QString &key, const Value &value);
    /// Replaces the value at `at`, inside a one-line flow collection, by value in flow style.
    bool replaceFlowValue(SourceLocation at, const Value &value);
    /// Removes the entry whose key starts at keyLocation from its one-line flow map, with the
    /// comma that parts it from its neighbour.
    bool removeFlowEntry(SourceLocation keyLocation);
    /// One past the last line of the block list item whose map starts at mapStart; -1 if none.
    qsizetype itemEnd(SourceLocation mapStart) const;
    /// The lines of the block list item at mapStart with the scalars at the given locations
    /// replaced by the given texts; nothing when one of them cannot be replaced.
    std::optional<QByteArray>
    itemWith(SourceLocation mapStart,
             const std::vector<std::pair<SourceLocation, QString>> &values) const;

    /// A new block list item: `- ` at dashColumn, its keys at keyColumn.
    static QByteArray newItem(const std::vector<Value::MapEntry> &entries, int dashColumn,
                              int keyColumn);
    /// A new list item written as one flow map, `- {key: value, ...}`, its dash at dashColumn.
    static QByteArray newFlowItem(const std::vector<Value::MapEntry> &entries, int dashColumn);
    static QByteArray spaces(int n) { return QByteArray(std::max(n, 0), ' '); }

private:
    QByteArray scalarText(qsizetype begin, const Value &value) const;
    /// The replacement of the scalar at `at` by value: {begin, end, text}, or begin -1.
    std::tuple<qsizetype, qsizetype, QByteArray> scalarEdit(SourceLocation at,
                                                            const Value &value) const;

    const YamlSource &m_source;
    YamlSpanFinder m_text;
    TextEdits m_edits;
};

} // namespace converge
