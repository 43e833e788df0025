#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace converge {

/// Where each identifier and each edge `a -> b` of a DOT text first appears.
///
/// cgraph keeps no line numbers for the objects it reads, so DotReader finds them here, in one
/// pass over the text: lookups are O(1), which keeps a 5,000-node file from costing seconds. A
/// light tokenizer (comments, quoted and HTML strings, attribute lists skipped), so it is exact
/// for ordinary files and only approximate for exotic ones (an edge to a `{ subgraph }` is found
/// at its head's first mention). Plain data, any thread.
class DotLineIndex
{
public:
    explicit DotLineIndex(const QStringList &lines);

    /// 1-based line of id's first mention outside attribute lists, or 0.
    int nodeLine(const QString &id) const { return m_nodes.value(id); }
    /// 1-based line of the first `from -> to`, else nodeLine(to).
    int edgeLine(const QString &from, const QString &to) const;

private:
    void addToken(const QString &token, int line);

    QHash<QString, int> m_nodes;
    QHash<QString, int> m_edges; ///< keyed by from + '\0' + to
    QString m_previous;          ///< the identifier before the current edge operator
    bool m_afterArrow = false;
    bool m_port = false;
};

} // namespace converge
