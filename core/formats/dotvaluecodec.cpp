#include "formats/dotvaluecodec.h"

#include <QStringList>

#include <yaml-cpp/yaml.h>

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

QString quoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
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
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
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
        return value.style() == Value::Style::Plain && isSafePlainInFlow(value.text())
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
        for (const auto &[key, item] : value.entries())
            entries << encodeFlow(Value::scalar(key)) + QStringLiteral(": ") + encodeFlow(item);
        return u'{' + entries.join(QStringLiteral(", ")) + u'}';
    }
    }
    return {};
}

Value fromYaml(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        // yaml-cpp tags quoted scalars "!" and plain ones "?".
        return Value::scalar(QString::fromStdString(node.Scalar()),
                             node.Tag() == "!" ? Value::Style::DoubleQuoted : Value::Style::Plain);
    case YAML::NodeType::Sequence: {
        Value list = Value::list();
        for (const auto &item : node)
            list.append(fromYaml(item));
        return list;
    }
    case YAML::NodeType::Map: {
        Value map = Value::map();
        for (const auto &entry : node)
            map.insert(QString::fromStdString(entry.first.as<std::string>()),
                       fromYaml(entry.second));
        return map;
    }
    default:
        return {};
    }
}

} // namespace

QString DotValueCodec::encode(const Value &value)
{
    if (value.isScalar() && value.style() == Value::Style::Plain && !value.text().isEmpty() &&
        !isNullWord(value.text()) && !QStringView(u"[{\"'").contains(value.text().front()))
        return value.text();
    return encodeFlow(value);
}

Value DotValueCodec::decode(const QString &text)
{
    if (text == u"~")
        return {};
    if (text.isEmpty() || !QStringView(u"[{\"'").contains(text.front()))
        return Value::scalar(text);
    try {
        return fromYaml(YAML::Load(text.toStdString()));
    } catch (const YAML::Exception &) {
        return Value::scalar(text, Value::Style::DoubleQuoted);
    }
}

} // namespace converge
