#pragma once

#include "model/value.h"

#include <QString>

namespace converge {

/// Writes Value trees as block-style YAML text in mgmt's layout: two-space indent, list items
/// at their key's indent (`exec:` then `- name: exec1`), short scalar lists in flow style.
///
/// Each scalar keeps the style it was read with while that style can still hold its text;
/// otherwise it is quoted so that it reads back as the same string. Multi-line text becomes a
/// `|` literal block. The emitter only appends to its buffer; it cannot fail.
class YamlEmitter
{
public:
    /// `key: value` (or `key:` and the value on following lines) at indent spaces; with
    /// continueLine the key goes right after a `- ` already written at indent - 2.
    void writeEntry(const QString &key, const Value &value, int indent, bool continueLine = false);
    /// The entries of a map at indent; the first one may continue a `- ` already written.
    void writeEntries(const std::vector<Value::MapEntry> &entries, int indent,
                      bool continueLine = false);
    /// A block list whose `- ` markers sit at indent.
    void writeItems(const std::vector<Value> &items, int indent);
    /// Raw text, for the few fixed lines (`---`) a document needs.
    void writeLine(const QString &line) { m_out += line + u'\n'; }

    /// A scalar as it would follow `key: `, quoted when its text needs it. preferred is the
    /// style to keep when still valid; multi-line text gives a `|` header here and the block
    /// after it, indented by indent + 2.
    QString scalar(const Value &value, int indent, bool inFlow = false) const;
    /// Text as a plain scalar when it reads back as the same string, else double-quoted.
    static QString text(const QString &text);
    /// Any value on one line in flow style (`{a: 1, b: [x, y]}`), for a place inside a flow
    /// collection; multi-line text is double-quoted.
    QString flow(const Value &value) const;

    QString &buffer() { return m_out; }

private:
    void writeValueAfterKey(const Value &value, int indent);
    static bool isFlowList(const Value &value);
    QString literalBlock(const QString &text, int indent) const;

    QString m_out;
};

} // namespace converge
