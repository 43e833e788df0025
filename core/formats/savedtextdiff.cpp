#include "formats/savedtextdiff.h"

#include "formats/savedtext.h"
#include "formats/yamlsource.h"

#include <algorithm>

namespace converge {

namespace {

using Range = std::pair<qsizetype, qsizetype>;

/// The edits of both, merged where they overlap or touch: outside these, both texts are the
/// source's.
std::vector<Range> mergedRanges(const SavedText &a, const SavedText &b)
{
    std::vector<Range> all = a.edits().ranges();
    const std::vector<Range> more = b.edits().ranges();
    all.insert(all.end(), more.begin(), more.end());
    std::sort(all.begin(), all.end());
    std::vector<Range> merged;
    for (const Range &r : all) {
        if (!merged.empty() && r.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, r.second);
        else
            merged.push_back(r);
    }
    return merged;
}

/// UTF-16 positions of ascending byte offsets of valid UTF-8 text, in one pass.
std::vector<qsizetype> utf16Positions(const QByteArray &text, const std::vector<qsizetype> &bytes)
{
    std::vector<qsizetype> result;
    result.reserve(bytes.size());
    qsizetype at = 0;
    qsizetype units = 0;
    for (const qsizetype offset : bytes) {
        for (; at < offset; ++at) {
            const auto c = uchar(text[at]);
            if ((c & 0xC0) != 0x80)
                units += c >= 0xF0 ? 2 : 1; // four-byte sequences are surrogate pairs
        }
        result.push_back(units);
    }
    return result;
}

bool continues(const QByteArray &text, qsizetype at)
{
    return at < text.size() && (uchar(text[at]) & 0xC0) == 0x80;
}

} // namespace

std::optional<std::vector<SavedTextDiff::Change>>
SavedTextDiff::byComparing(const QByteArray &from, const QByteArray &to, qsizetype limit)
{
    if (!QByteArrayView(from).isValidUtf8() || !QByteArrayView(to).isValidUtf8())
        return std::nullopt;
    const qsizetype shorter = std::min(from.size(), to.size());
    const auto firstDifference = std::mismatch(from.begin(), from.begin() + shorter, to.begin());
    qsizetype prefix = firstDifference.first - from.begin();
    if (prefix == from.size() && prefix == to.size())
        return std::vector<Change>();
    const auto lastDifference =
        std::mismatch(from.rbegin(), from.rend() - prefix, to.rbegin(), to.rend() - prefix);
    qsizetype suffix = lastDifference.first - from.rbegin();
    // Whole characters only: a difference inside a multi-byte sequence takes all of it.
    while (prefix > 0 && continues(from, prefix))
        --prefix;
    while (suffix > 0 && continues(from, from.size() - suffix))
        --suffix;
    const qsizetype fromEnd = from.size() - suffix;
    const qsizetype toEnd = to.size() - suffix;
    if (fromEnd - prefix > limit || toEnd - prefix > limit)
        return std::nullopt;
    const std::vector<qsizetype> positions = utf16Positions(from, {prefix, fromEnd});
    return std::vector<Change>{
        {positions[0], positions[1], QString::fromUtf8(to.constData() + prefix, toEnd - prefix)}};
}

std::optional<std::vector<SavedTextDiff::Change>> SavedTextDiff::between(const SavedText &from,
                                                                         const SavedText &to)
{
    const YamlSource *source = from.splicedInto();
    if (!source || source != to.splicedInto() || !QByteArrayView(from.text()).isValidUtf8() ||
        !QByteArrayView(to.text()).isValidUtf8())
        return std::nullopt;
    // Each merged range lies between two stretches of the source that both texts keep: the
    // changed bytes of each text run from the end of the one before to the start of the next.
    std::vector<qsizetype> fromBytes;
    std::vector<std::pair<qsizetype, qsizetype>> toBytes;
    qsizetype keptEnd = 0; // in source; the stretch before the first range starts at 0
    qsizetype fromKeptEnd = 0;
    qsizetype toKeptEnd = 0;
    for (const Range &range : mergedRanges(from, to)) {
        const qsizetype kept = range.first - keptEnd;
        const qsizetype fromBegin = fromKeptEnd + kept;
        const qsizetype toBegin = toKeptEnd + kept;
        fromKeptEnd = from.edits().mapped(range.second);
        toKeptEnd = to.edits().mapped(range.second);
        keptEnd = range.second;
        if (QByteArrayView(from.text()).sliced(fromBegin, fromKeptEnd - fromBegin) ==
            QByteArrayView(to.text()).sliced(toBegin, toKeptEnd - toBegin))
            continue;
        fromBytes.insert(fromBytes.end(), {fromBegin, fromKeptEnd});
        toBytes.emplace_back(toBegin, toKeptEnd);
    }
    const std::vector<qsizetype> positions = utf16Positions(from.text(), fromBytes);
    std::vector<Change> changes;
    for (size_t i = 0; i < toBytes.size(); ++i) {
        const auto [begin, end] = toBytes[i];
        changes.push_back({positions[2 * i], positions[2 * i + 1],
                           QString::fromUtf8(to.text().constData() + begin, end - begin)});
    }
    return changes;
}

} // namespace converge
