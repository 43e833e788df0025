#include "formats/yamlemitter.h"

#include <QStringList>

#include <algorithm>

namespace converge {

namespace {

constexpr int FlowLineLimit = 80;

bool isNullWord(const QString &t)
{
    return t.isEmpty() || t == u"~" || t == u"null" || t == u"Null" || t == u"NULL";
}

bool hasControl(const QString &text, bool allowNewline)
{
    return std::any_of(text.begin(), text.end(), [allowNewline](QChar c) {
        return (c < u' ' && c != u'\t' && (c != u'\n' || !allowNewline)) || c == u'\x7f';
    });
}

/// Whether text written bare reads back as the same text (the type may be a number or bool:
/// a plain scalar that was plain in the file reads back the same way).
bool canBePlain(const QString &text, bool inFlow)
{
    if (isNullWord(text) || text.front().isSpace() || text.back().isSpace() ||
        hasControl(text, false) || text.contains(u'\t'))
        return false;
    static const QString indicators = u"-?:,[]{}#&*!|>'\"%@`"_qs;
    const QChar first = text.front();
    if (indicators.contains(first)) {
        // `-x`, `?x` and `:x` are plain; the other indicators never start a plain scalar.
        const bool dashLike = first == u'-' || first == u'?' || first == u':';
        if (!dashLike || text.size() == 1 || text.at(1).isSpace())
            return false;
    }
    if (text.contains(u": "_qs) || text.contains(u" #"_qs) || text.endsWith(u':'))
        return false;
    if (inFlow && std::any_of(text.begin(), text.end(), [](QChar c) {
            return c == u',' || c == u'[' || c == u']' || c == u'{' || c == u'}';
        }))
        return false;
    return !(text.startsWith(u"---"_qs) || text.startsWith(u"..."_qs));
}

QString singleQuoted(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_qs) + u'\'';
}

QString doubleQuoted(const QString &text)
{
    QString out = u"\""_qs;
    for (QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += u"\\\\"_qs;
            break;
        case '"':
            out += u"\\\""_qs;
            break;
        case '\n':
            out += u"\\n"_qs;
            break;
        case '\t':
            out += u"\\t"_qs;
            break;
        case '\r':
            out += u"\\r"_qs;
            break;
        default:
            if (c < u' ' || c == u'\x7f')
                out += u"\\x"_qs + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            else
                out += c;
        }
    }
    return out + u'"';
}

} // namespace

QString YamlEmitter::text(const QString &text)
{
    return canBePlain(text, false) ? text : doubleQuoted(text);
}

QString YamlEmitter::scalar(const Value &value, int indent, bool inFlow) const
{
    if (value.isNull())
        return {};
    const QString &t = value.text();
    const bool multiLine = t.contains(u'\n');
    if (multiLine && !inFlow && !hasControl(t, true) && !t.front().isSpace())
        return literalBlock(t, indent);
    switch (value.style()) {
    case Value::Style::Plain:
        if (canBePlain(t, inFlow))
            return t;
        break;
    case Value::Style::SingleQuoted:
        if (!multiLine && !hasControl(t, false))
            return singleQuoted(t);
        break;
    case Value::Style::DoubleQuoted:
    case Value::Style::Literal:
    case Value::Style::Folded:
        break;
    }
    return doubleQuoted(t);
}

QString YamlEmitter::literalBlock(const QString &text, int indent) const
{
    // Chomping: `|` keeps one final newline, `|-` none, `|+` all of them.
    qsizetype trailing = 0;
    while (trailing < text.size() && text.at(text.size() - 1 - trailing) == u'\n')
        ++trailing;
    QString out = trailing == 0 ? u"|-"_qs : trailing == 1 ? u"|"_qs : u"|+"_qs;
    const QString pad(indent + 2, u' ');
    const QStringList lines = text.left(text.size() - trailing).split(u'\n');
    for (const QString &line : lines)
        out += u'\n' + (line.isEmpty() ? QString() : pad + line);
    for (qsizetype i = 1; i < trailing; ++i)
        out += u'\n';
    return out;
}

bool YamlEmitter::isFlowList(const Value &value)
{
    return std::all_of(value.items().begin(), value.items().end(), [](const Value &item) {
        return item.isScalar() && !item.text().contains(u'\n');
    });
}

QString YamlEmitter::flow(const Value &value) const
{
    QStringList parts;
    if (value.isMap()) {
        for (const Value::MapEntry &entry : value.entries())
            parts.append(scalar(Value::scalar(entry.first), 0, true) + u": "_qs +
                         flow(entry.second));
        return u'{' + parts.join(u", "_qs) + u'}';
    }
    if (!value.isList())
        return scalar(value, 0, true);
    for (const Value &item : value.items())
        parts.append(flow(item));
    return u'[' + parts.join(u", "_qs) + u']';
}

void YamlEmitter::writeEntry(const QString &key, const Value &value, int indent, bool continueLine)
{
    m_out += QString(continueLine ? 0 : indent, u' ') +
             (canBePlain(key, false) ? key : doubleQuoted(key)) + u':';
    writeValueAfterKey(value, indent);
}

void YamlEmitter::writeValueAfterKey(const Value &value, int indent)
{
    switch (value.type()) {
    case Value::Type::Null:
        m_out += u'\n';
        return;
    case Value::Type::Scalar:
        m_out += u' ' + scalar(value, indent) + u'\n';
        return;
    case Value::Type::List:
        if (value.items().empty() || isFlowList(value)) {
            const QString inLine = flow(value);
            if (value.items().empty() || indent + inLine.size() < FlowLineLimit) {
                m_out += u' ' + inLine + u'\n';
                return;
            }
        }
        m_out += u'\n';
        writeItems(value.items(), indent);
        return;
    case Value::Type::Map:
        if (value.entries().empty()) {
            m_out += u" {}\n"_qs;
            return;
        }
        m_out += u'\n';
        writeEntries(value.entries(), indent + 2);
        return;
    }
}

void YamlEmitter::writeEntries(const std::vector<Value::MapEntry> &entries, int indent,
                               bool continueLine)
{
    for (const Value::MapEntry &entry : entries) {
        writeEntry(entry.first, entry.second, indent, continueLine);
        continueLine = false;
    }
}

void YamlEmitter::writeItems(const std::vector<Value> &items, int indent)
{
    const QString marker = QString(indent, u' ') + u"- "_qs;
    for (const Value &item : items) {
        m_out += marker;
        if (item.isMap() && !item.entries().empty()) {
            writeEntries(item.entries(), indent + 2, true);
        } else if (item.isList() && !item.items().empty() && !isFlowList(item)) {
            m_out += u'\n';
            writeItems(item.items(), indent + 2);
        } else if (item.isList()) {
            m_out += flow(item) + u'\n';
        } else if (item.isMap()) {
            m_out += u"{}\n"_qs;
        } else {
            m_out += scalar(item, indent) + u'\n';
        }
    }
}

} // namespace converge
