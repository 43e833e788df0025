#pragma once

#include "model/sourcelocation.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace converge {

/// An ordered YAML-like value tree: null, scalar, list or map.
///
/// Maps keep their keys in insertion order and allow any key, so that parameters Converge does not
/// know survive a load/save round trip unchanged. Scalars remember how they were written (plain,
/// quoted, block) so the writer can reproduce the file's style, and where in the file they came
/// from so later checks can point at them. Equality compares content only, never style or location.
class Value
{
public:
    enum class Type
    {
        Null,   ///< `~`, `null` or an absent value
        Scalar, ///< any string, number or boolean, kept as its text
        List,   ///< a YAML sequence
        Map,    ///< a YAML mapping with ordered, unique keys
    };
    enum class Style
    {
        Plain,        ///< written without quotes: may be read as a number or boolean
        SingleQuoted, ///< 'text': always a string
        DoubleQuoted, ///< "text": always a string
        Literal,      ///< a `|` block: always a string
        Folded,       ///< a `>` block: always a string
    };
    using MapEntry = std::pair<QString, Value>;

    Value() = default;
    static Value scalar(QString text, Style style = Style::Plain);
    static Value list();
    static Value map();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type == Type::Scalar; }
    bool isList() const { return m_type == Type::List; }
    bool isMap() const { return m_type == Type::Map; }

    Style style() const { return m_style; }
    void setStyle(Style style) { m_style = style; }
    SourceLocation location() const { return m_location; }
    void setLocation(SourceLocation location) { m_location = location; }

    /// The scalar's text; empty for anything but a scalar.
    const QString &text() const { return m_text; }
    /// True for a scalar that a YAML reader would take as a string rather than a number,
    /// boolean or null: quoted, block, or plain text that looks like none of those.
    bool isString() const;
    /// The scalar as a YAML integer (plain only), or nothing.
    std::optional<qint64> toInt() const;
    /// The scalar as a YAML number (plain only), or nothing.
    std::optional<double> toDouble() const;
    /// The scalar as a YAML 1.1 boolean (true/false/yes/no/on/off, plain only), or nothing.
    std::optional<bool> toBool() const;

    /// List items; empty for anything but a list.
    const std::vector<Value> &items() const { return m_items; }
    std::vector<Value> &items() { return m_items; }
    void append(Value item) { m_items.push_back(std::move(item)); }

    /// Map entries in order; empty for anything but a map.
    const std::vector<MapEntry> &entries() const { return m_entries; }
    std::vector<MapEntry> &entries() { return m_entries; }
    /// The value under key, or nullptr. Linear: parameter maps are small.
    const Value *find(QStringView key) const;
    Value *find(QStringView key);
    /// Sets key to value, keeping the key's position when it exists and appending otherwise.
    void insert(const QString &key, Value value);
    /// Removes key; returns whether it was there.
    bool remove(QStringView key);

    /// Content equality: type, text, items and entries (in order); style and location ignored.
    friend bool operator==(const Value &a, const Value &b);

private:
    Type m_type = Type::Null;
    Style m_style = Style::Plain;
    SourceLocation m_location;
    QString m_text;
    std::vector<Value> m_items;
    std::vector<MapEntry> m_entries;
};

} // namespace converge
