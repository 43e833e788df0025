#pragma once

#include "model/resource.h"

#include <QString>

#include <vector>

namespace converge {

class Graph;

/// Every resource's "kind/name", case-folded into one buffer, so that finding the resources
/// whose name contains a text is one fast scan of that buffer instead of 100,000 string
/// comparisons: about a millisecond at 100,000 resources, quick enough for every keystroke.
///
/// A snapshot: built once from a graph, it does not follow later changes (build another). A
/// plain value; any thread may read it.
class NameIndex
{
public:
    /// What part of "kind/name" a text must be found in.
    enum class Part
    {
        Name, ///< the name only: "the name contains ..." (the Filter dock)
        Key,  ///< kind/name as a whole, so "exec/we" finds exec/web-1 (Find)
    };

    NameIndex() = default;
    explicit NameIndex(const Graph &graph);

    /// The resources in which text occurs (ignoring case), ascending ids; none for an empty text.
    std::vector<ResourceId> find(QStringView text, Part part) const;
    int size() const { return int(m_ids.size()); }

private:
    static void fold(QString &text);

    QString m_text;                 ///< folded keys, each followed by a U+0000
    std::vector<qsizetype> m_start; ///< where each key starts in m_text; one more at the end
    std::vector<qsizetype> m_name;  ///< where each key's name starts
    std::vector<ResourceId> m_ids;  ///< the resource of each key, ascending
};

} // namespace converge
