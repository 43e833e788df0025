#include "model/nameindex.h"

#include "model/graph.h"

#include <algorithm>

namespace converge {

NameIndex::NameIndex(const Graph &graph)
{
    const std::vector<ResourceId> ids = graph.resourceIds(); // ascending: so are the results
    m_ids.reserve(ids.size());
    m_start.reserve(ids.size() + 1);
    m_name.reserve(ids.size());
    for (ResourceId id : ids) {
        const Resource &r = graph.resource(id);
        m_ids.push_back(id);
        m_start.push_back(m_text.size());
        m_text += r.kind;
        m_text += u'/';
        m_name.push_back(m_text.size());
        m_text += r.name;
        m_text += QChar(0);
    }
    m_start.push_back(m_text.size());
    fold(m_text);
}

void NameIndex::fold(QString &text)
{
    // One UTF-16 unit to one (QChar's simple case folding), so offsets stay where they were and
    // a query folded the same way finds what QString::contains(CaseInsensitive) finds, without
    // a string allocated per resource (that took most of the build at 100,000).
    for (QChar &c : text)
        c = c.toCaseFolded();
}

std::vector<ResourceId> NameIndex::find(QStringView text, Part part) const
{
    std::vector<ResourceId> found;
    if (text.isEmpty() || m_ids.empty())
        return found;
    QString folded = text.toString();
    fold(folded);
    const QStringView all(m_text);
    qsizetype from = 0;
    while (true) {
        const qsizetype at = all.indexOf(folded, from);
        if (at < 0)
            break;
        // The key holding the hit: the last start at or before it.
        const size_t key =
            size_t(std::upper_bound(m_start.begin(), m_start.end(), at) - m_start.begin()) - 1;
        if (part == Part::Name && at < m_name[key]) {
            from = at + 1; // in the kind: the name may still hold it
            continue;
        }
        found.push_back(m_ids[key]);
        from = m_start[key + 1];
    }
    return found;
}

} // namespace converge
