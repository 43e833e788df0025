#pragma once

#include "model/value.h"

#include <QString>

namespace converge {

/// How a Value travels in a DOT attribute, so that DotWriter and DotReader agree.
///
/// A plain scalar is written as its text, which is what any DOT file's attributes look like.
/// Everything else (lists, maps, null, quoted strings and text a reader could not tell from
/// those) is written as a YAML flow value: `["-c", "echo hi"]`, `{retry: 3}`, `"007"`, `~`.
/// Such text always starts with `[`, `{`, `"` or `'` (or is `~`), which a plain YAML scalar
/// never does, so decoding is unambiguous. Every text it makes reads back byte for byte through
/// Graphviz's DOT lexer, which cannot carry a backslash before `"`, `\`, a line break or the end
/// of a string: such values go as YAML double-quoted text whose escapes avoid those
/// (`\x22`, `\x5c`). Decoding obeys the YAML reader's limits (YamlValueBuilder: aliases,
/// nesting). Stateless; any thread.
class DotValueCodec
{
public:
    /// Prefix of an attribute that holds a parameter whose own name Graphviz or Converge uses.
    static constexpr QStringView EscapePrefix = u"param.";
    /// Attribute listing, as a flow list, the order of an object's parameters when it is not
    /// the order cgraph gives attributes in (sorted by name), so that it survives a round trip.
    static constexpr QStringView OrderAttribute = u"paramorder";

    static QString encode(const Value &value);
    /// The inverse of encode(). Text that starts like flow YAML but does not parse (from a DOT
    /// file written by someone else) is kept as a string.
    static Value decode(const QString &text);

    /// For attributes that hold text, not a Value (kind, name, comment, an edge's name, a
    /// parameter's key): the text itself when it travels through DOT unchanged and does not start
    /// with `"` or `%`, else a YAML double-quoted scalar as encode() writes one.
    static QString encodeText(const QString &text);
    /// The inverse of encodeText(). Text that starts with `"` but is not one YAML double-quoted
    /// scalar (from a DOT file written by someone else) is kept as it is.
    static QString decodeText(const QString &text);
};

} // namespace converge
