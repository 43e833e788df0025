#include "formats/dotvaluecodec.h"

#include <QStringList>

#include "formats/yamlvaluebuilder.h"

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>

namespace converge {

namespace {

bool isNullWord(const QString &text)
{
    return text == u"~" || text == u"null" || text == u"Null" || text == u"NULL";
}

// Whether text can stand unquoted inside a YAML flow collection and read back as the same
// plain scalar.
bool isSafePlainInFlow(const QString &text)
{
    if (text.isEmpty() || isNullWord(text) || text.front().isSpace() || text.back().isSpace())
        return false;
    const QChar first = text.front();
    if (QStringView(u"#&*!|>'\"%@`,[]{}").contains(first))
        return false;
    if (QStringView(u"-?:").contains(first) && (text.size() == 1 || text[1].isSpace()))
        return false;
    for (QChar c : text) {
        if (c.unicode() < 0x20 || QStringView(u",[]{}").contains(c))
            return false;
    }
    return !text.contains(u": ") && !text.contains(u" #") && !text.endsWith(u':');
}

// Graphviz 2.42's lexer reads `\"` in a quoted string as `"`, keeps `\\` as two characters
// and drops `\` before a line break; agwrite() only puts `\` before `"`. So text in which a
// backslash stands before `"`, `\`, a line break or the end, and text with a NUL (which ends a C
// string), cannot travel as it is. Everything else reads back byte for byte.
bool isDotSafe(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].unicode() == 0)
            return false;
        if (text[i] == u'\\' &&
            (i + 1 == text.size() || QStringView(u"\\\"\n").contains(text[i + 1])))
            return false;
    }
    return true;
}

// A YAML double-quoted scalar whose escapes all start with `\` and a letter or digit, so that
// it is DOT-safe itself: `"` and `\` are written as \x22 and \x5c.
QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\x22");
            break;
        case '\\':
            out += QStringLiteral("\\x5c");
            break;
        case '\0':
            out += QStringLiteral("\\0");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + u'"';
}

QString encodeFlow(const Value &value)
{
    switch (value.type()) {
    case Value::Type::Null:
        return QStringLiteral("~");
    case Value::Type::Scalar:
        return value.style() == Value::Style::Plain && isSafePlainInFlow(value.text()) &&
                       isDotSafe(value.text())
                   ? value.text()
                   : quoted(value.text());
    case Value::Type::List: {
        QStringList items;
        for (const Value &item : value.items())
            items << encodeFlow(item);
        return u'[' + items.join(QStringLiteral(", ")) + u']';
    }
    case Value::Type::Map: {
        QStringList entries;
        for (const auto &[key, item] : value.entries()) {
            // YAML allows an implicit key of at most 1024 characters; longer ones say `? `.
            const QString text = encodeFlow(Value::scalar(key));
            entries << (text.size() > 1000 ? QStringLiteral("? ") : QString()) + text +
                           QStringLiteral(": ") + encodeFlow(item);
        }
        return u'{' + entries.join(QStringLiteral(", ")) + u'}';
    }
    }
    return {};
}

} // namespace

QString DotValueCodec::encode(const Value &value)
{
    if (value.isScalar() && value.style() == Value::Style::Plain && !value.text().isEmpty() &&
        !isNullWord(value.text()) && !QStringView(u"[{\"'").contains(value.text().front()) &&
        isDotSafe(value.text()))
        return value.text();
    return encodeFlow(value);
}

Value DotValueCodec::decode(const QString &text)
{
    if (text == u"~")
        return {};
    if (text.isEmpty() || !QStringView(u"[{\"'").contains(text.front()))
        return Value::scalar(text);
    // Through the YAML reader's own builder, so that its limits (aliases, nesting, duplicate
    // keys) hold here too: YAML::Load would expand an alias bomb until memory runs out.
    const QByteArray source = text.toUtf8();
    YamlValueBuilder builder(source, [](const YamlValueBuilder::Path &, Value &) { return false; });
    std::istringstream stream(source.toStdString());
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(builder);
        if (builder.hasDocument() && builder.diagnostics().isEmpty() && !parser)
            return builder.root();
    } catch (const YAML::Exception &) {
    }
    return Value::scalar(text, Value::Style::DoubleQuoted);
}

QString DotValueCodec::encodeText(const QString &text)
{
    // '%' first is how cgraph names an anonymous graph, so such a graph name would be lost.
    return text.startsWith(u'"') || text.startsWith(u'%') || !isDotSafe(text) ? quoted(text) : text;
}

QString DotValueCodec::decodeText(const QString &text)
{
    if (!text.startsWith(u'"'))
        return text;
    const Value value = decode(text);
    return value.isScalar() ? value.text() : text;
}

} // namespace converge
