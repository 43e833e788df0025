#include "formats/textedits.h"

#include <algorithm>

namespace converge {

void TextEdits::replace(qsizetype begin, qsizetype end, QByteArray text)
{
    m_edits.push_back({begin, end, std::move(text)});
}

std::optional<QByteArray> TextEdits::apply(const QByteArray &text, qsizetype base) const
{
    std::vector<const Edit *> order;
    for (const Edit &edit : m_edits)
        order.push_back(&edit);
    // By start, insertions before a replacement starting there; otherwise in the order given.
    std::stable_sort(order.begin(), order.end(), [](const Edit *a, const Edit *b) {
        return std::pair(a->begin, a->end) < std::pair(b->begin, b->end);
    });
    QByteArray out;
    out.reserve(text.size());
    qsizetype at = 0;
    for (const Edit *edit : order) {
        const qsizetype begin = edit->begin - base;
        const qsizetype end = edit->end - base;
        if (begin < at || end < begin || end > text.size())
            return std::nullopt;
        out += QByteArrayView(text).sliced(at, begin - at);
        out += edit->text;
        at = end;
    }
    out += QByteArrayView(text).sliced(at);
    return out;
}

std::vector<std::pair<qsizetype, qsizetype>> TextEdits::ranges() const
{
    std::vector<std::pair<qsizetype, qsizetype>> result;
    result.reserve(m_edits.size());
    for (const Edit &edit : m_edits)
        result.emplace_back(edit.begin, edit.end);
    return result;
}

qsizetype TextEdits::mapped(qsizetype offset) const
{
    qsizetype shift = 0;
    for (const Edit &edit : m_edits) {
        if (edit.end <= offset)
            shift += edit.text.size() - (edit.end - edit.begin);
        else if (edit.begin < offset)
            offset = edit.begin;
    }
    return offset + shift;
}

} // namespace converge
