#pragma once

#include <QByteArray>

#include <optional>
#include <utility>
#include <vector>

namespace converge {

/// A set of replacements in one text, each at byte offsets of the text as it was, applied at
/// once so that no edit moves another's offsets.
///
/// An insertion is a replacement of nothing; insertions at one offset keep the order they were
/// added in. Two edits that overlap make apply() refuse rather than guess. A plain value; any
/// thread.
class TextEdits
{
public:
    /// Replaces the bytes [begin, end) with text.
    void replace(qsizetype begin, qsizetype end, QByteArray text);
    void insert(qsizetype at, QByteArray text) { replace(at, at, std::move(text)); }
    bool isEmpty() const { return m_edits.empty(); }

    /// The text with every edit made, where text starts at offset base of the original; nothing
    /// when two edits overlap or one lies outside text.
    std::optional<QByteArray> apply(const QByteArray &text, qsizetype base = 0) const;
    /// Where offset of the original text lands in apply()'s result (base 0): after every edit
    /// that ends at or before it (an insertion there pushes it on); an offset inside a replaced
    /// range lands where its replacement starts.
    qsizetype mapped(qsizetype offset) const;
    /// The [begin, end) of each edit in the original text, in the order added.
    std::vector<std::pair<qsizetype, qsizetype>> ranges() const;

private:
    struct Edit
    {
        qsizetype begin;
        qsizetype end;
        QByteArray text;
    };
    std::vector<Edit> m_edits;
};

} // namespace converge
