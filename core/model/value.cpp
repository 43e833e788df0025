#include "model/value.h"

#include <QRegularExpression>

namespace converge {

Value Value::scalar(QString text, Style style)
{
    Value v;
    v.m_type = Type::Scalar;
    v.m_style = style;
    v.m_text = std::move(text);
    return v;
}

Value Value::list()
{
    Value v;
    v.m_type = Type::List;
    return v;
}

Value Value::map()
{
    Value v;
    v.m_type = Type::Map;
    return v;
}

namespace {

bool isNullWord(QStringView t)
{
    return t.isEmpty() || t == u"~" || t == u"null" || t == u"Null" || t == u"NULL";
}

} // namespace

bool Value::isString() const
{
    if (m_type != Type::Scalar)
        return false;
    if (m_style != Style::Plain)
        return true;
    return !isNullWord(m_text) && !toBool() && !toDouble();
}

std::optional<qint64> Value::toInt() const
{
    if (m_type != Type::Scalar || m_style != Style::Plain)
        return std::nullopt;
    bool ok = false;
    qint64 n = 0;
    if (m_text.startsWith(u"0x"))
        n = m_text.mid(2).toLongLong(&ok, 16);
    else if (m_text.startsWith(u"0o"))
        n = m_text.mid(2).toLongLong(&ok, 8);
    else
        n = m_text.toLongLong(&ok, 10);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

std::optional<double> Value::toDouble() const
{
    if (m_type != Type::Scalar || m_style != Style::Plain)
        return std::nullopt;
    if (auto n = toInt())
        return double(*n);
    static const QRegularExpression number(
        QStringLiteral(R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$)"));
    if (!number.match(m_text).hasMatch())
        return std::nullopt;
    return m_text.toDouble();
}

std::optional<bool> Value::toBool() const
{
    if (m_type != Type::Scalar || m_style != Style::Plain)
        return std::nullopt;
    const QString t = m_text.toLower();
    if (t == u"true" || t == u"yes" || t == u"on" || t == u"y")
        return true;
    if (t == u"false" || t == u"no" || t == u"off" || t == u"n")
        return false;
    return std::nullopt;
}

const Value *Value::find(QStringView key) const
{
    for (const MapEntry &e : m_entries) {
        if (e.first == key)
            return &e.second;
    }
    return nullptr;
}

Value *Value::find(QStringView key)
{
    return const_cast<Value *>(std::as_const(*this).find(key));
}

void Value::insert(const QString &key, Value value)
{
    m_type = Type::Map;
    if (Value *existing = find(key))
        *existing = std::move(value);
    else
        m_entries.emplace_back(key, std::move(value));
}

bool Value::remove(QStringView key)
{
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->first == key) {
            m_entries.erase(it);
            return true;
        }
    }
    return false;
}

bool operator==(const Value &a, const Value &b)
{
    return a.m_type == b.m_type && a.m_text == b.m_text && a.m_items == b.m_items &&
           a.m_entries == b.m_entries;
}

} // namespace converge
