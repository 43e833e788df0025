#include "formats/yamltextsplice.h"

#include "formats/yamlemitter.h"
#include "formats/yamlvaluebuilder.h"

namespace converge {

YamlTextSplice::YamlTextSplice(const YamlSource &source) : m_source(source), m_text(source.text) {}

char YamlTextSplice::at(qsizetype offset) const
{
    return offset >= 0 && offset < m_source.text.size() ? m_source.text[offset] : '\0';
}

QByteArray YamlTextSplice::scalarText(qsizetype begin, const Value &value) const
{
    // The quoting the file used there, while it can still hold the new text.
    Value styled = value;
    styled.setStyle(YamlValueBuilder::styleAt(m_source.text, begin));
    return YamlEmitter().scalar(styled, m_text.column(begin), m_text.inFlow(begin)).toUtf8();
}

std::tuple<qsizetype, qsizetype, QByteArray> YamlTextSplice::scalarEdit(SourceLocation at,
                                                                        const Value &value) const
{
    const qsizetype begin = m_source.offset(at);
    const qsizetype end = begin < 0 ? -1 : m_text.scalarEnd(begin);
    const QByteArray text = end < 0 ? QByteArray() : scalarText(begin, value);
    if (text.isEmpty() || text.contains('\n'))
        return {-1, -1, {}};
    return {begin, end, text};
}

bool YamlTextSplice::replaceScalar(SourceLocation at, const Value &value)
{
    auto [begin, end, text] = scalarEdit(at, value);
    if (begin < 0)
        return false;
    m_edits.replace(begin, end, std::move(text));
    return true;
}

void YamlTextSplice::replace(qsizetype begin, qsizetype end, QByteArray text)
{
    m_edits.replace(begin, end, std::move(text));
}

bool YamlTextSplice::removeItem(SourceLocation mapStart)
{
    const qsizetype map = m_source.offset(mapStart);
    const auto [begin, end] = m_text.itemLines(map);
    if (begin < 0)
        return false;
    // The comments that introduce the item go with it rather than describe its neighbour.
    m_edits.replace(m_text.commentsAbove(begin, m_text.column(m_text.itemDash(map))), end, {});
    return true;
}

void YamlTextSplice::insertLines(qsizetype at, QByteArray lines)
{
    if (at > 0 && m_source.text[at - 1] != '\n')
        lines.prepend('\n');
    m_edits.insert(at, std::move(lines));
}

bool YamlTextSplice::insertEntry(qsizetype at, int keyColumn, const QString &key,
                                 const Value &value)
{
    YamlEmitter emitter;
    emitter.writeEntry(key, value, keyColumn);
    insertLines(at, emitter.buffer().toUtf8());
    return true;
}

bool YamlTextSplice::replaceEntry(SourceLocation keyLocation, const QString &key,
                                  const Value *value)
{
    const qsizetype keyAt = m_source.offset(keyLocation);
    if (keyAt < 0)
        return false;
    // The first key shares its line with the item's `- `: only what follows the dash changes.
    const bool ownLine = m_text.startsLine(keyAt);
    const qsizetype begin = ownLine ? m_text.lineStart(keyAt) : keyAt;
    const qsizetype end = m_text.blockEnd(m_text.lineStart(keyAt), m_text.column(keyAt), true);
    if (!value && !ownLine)
        return false;
    QByteArray text;
    if (value) {
        YamlEmitter emitter;
        emitter.writeEntry(key, *value, m_text.column(keyAt), !ownLine);
        text = emitter.buffer().toUtf8();
    }
    m_edits.replace(begin, end, std::move(text));
    return true;
}

QByteArray YamlTextSplice::newItem(const std::vector<Value::MapEntry> &entries, int dashColumn,
                                   int keyColumn)
{
    YamlEmitter emitter;
    emitter.buffer() =
        QString::fromUtf8(spaces(dashColumn) + '-' + spaces(keyColumn - dashColumn - 1));
    emitter.writeEntries(entries, keyColumn, true);
    return emitter.buffer().toUtf8();
}

QByteArray YamlTextSplice::newFlowItem(const std::vector<Value::MapEntry> &entries, int dashColumn)
{
    Value map = Value::map();
    for (const Value::MapEntry &entry : entries)
        map.insert(entry.first, entry.second);
    return spaces(dashColumn) + "- " + YamlEmitter().flow(map).toUtf8() + '\n';
}

bool YamlTextSplice::insertFlowEntry(qsizetype open, const QString &key, const Value &value)
{
    const qsizetype end = m_text.flowEnd(open);
    if (end < 0 || m_source.text[open] != '{')
        return false;
    // After the last entry's last character, so `{ a: 1 }` keeps its inner spaces.
    qsizetype at = end - 1;
    while (at > open && (m_source.text[at - 1] == ' ' || m_source.text[at - 1] == '\t'))
        --at;
    const YamlEmitter emitter;
    QByteArray entry =
        (emitter.scalar(Value::scalar(key), 0, true) + u": "_qs + emitter.flow(value)).toUtf8();
    if (at > open + 1)
        entry.prepend(", ");
    m_edits.insert(at, std::move(entry));
    return true;
}

bool YamlTextSplice::replaceFlowValue(SourceLocation at, const Value &value)
{
    const qsizetype begin = m_source.offset(at);
    const qsizetype end = m_text.flowValueEnd(begin);
    if (end < 0 || !m_text.inFlow(begin))
        return false;
    m_edits.replace(begin, end, YamlEmitter().flow(value).toUtf8());
    return true;
}

bool YamlTextSplice::removeFlowEntry(SourceLocation keyLocation)
{
    const qsizetype key = m_source.offset(keyLocation);
    const qsizetype end = m_text.flowEntryEnd(key);
    if (end < 0 || !m_text.inFlow(key))
        return false;
    const QByteArray &t = m_source.text;
    qsizetype before = key;
    while (before > 0 && (t[before - 1] == ' ' || t[before - 1] == '\t'))
        --before;
    if (before > 0 && t[before - 1] == ',') {
        m_edits.replace(before - 1, end, {}); // `, key: value` after a neighbour
        return true;
    }
    qsizetype after = end;
    while (after < t.size() && (t[after] == ' ' || t[after] == '\t'))
        ++after;
    if (after < t.size() && t[after] == ',') {
        ++after;
        while (after < t.size() && (t[after] == ' ' || t[after] == '\t'))
            ++after;
        m_edits.replace(key, after, {}); // the first entry, and the comma after it
        return true;
    }
    m_edits.replace(key, end, {}); // the only entry
    return true;
}

qsizetype YamlTextSplice::itemEnd(SourceLocation mapStart) const
{
    return m_text.itemLines(m_source.offset(mapStart)).second;
}

std::optional<QByteArray>
YamlTextSplice::itemWith(SourceLocation mapStart,
                         const std::vector<std::pair<SourceLocation, QString>> &values) const
{
    const auto [begin, end] = m_text.itemLines(m_source.offset(mapStart));
    if (begin < 0)
        return std::nullopt;
    TextEdits edits;
    for (const auto &[at, text] : values) {
        auto [b, e, scalar] = scalarEdit(at, Value::scalar(text));
        if (b < begin || e > end)
            return std::nullopt;
        edits.replace(b, e, std::move(scalar));
    }
    return edits.apply(m_source.text.mid(begin, end - begin), begin);
}

} // namespace converge
