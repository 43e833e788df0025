#include "formats/yamlsource.h"

#include <algorithm>

namespace converge {

void YamlSource::indexLines()
{
    m_lineStarts.assign(1, 0);
    for (qsizetype i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        m_lineStarts.push_back(i + 1);
}

qsizetype YamlSource::offset(SourceLocation at) const
{
    if (!at.isValid() || at.column < 1)
        return -1;
    if (size_t(at.line) > m_lineStarts.size())
        return -1;
    const qsizetype result = m_lineStarts[at.line - 1] + at.column - 1;
    return result <= text.size() ? result : -1;
}

const YamlSource::Key *YamlSource::findKey(const std::vector<Key> &keys, QStringView key)
{
    const auto it =
        std::find_if(keys.begin(), keys.end(), [key](const Key &k) { return k.first == key; });
    return it == keys.end() ? nullptr : &*it;
}

SourceLocation YamlSource::topKey(QStringView key) const
{
    const Key *found = findKey(topKeys, key);
    return found ? found->second : SourceLocation();
}

void YamlSource::bindTo(const Graph &model)
{
    m_bound = true;
    m_resourceOfModel.clear();
    for (ResourceId id : model.resourceIds()) {
        const Resource &r = model.resource(id);
        if (const ResourceId own = graph.find(r.kind, r.name); own != InvalidId)
            m_resourceOfModel.insert(id, own);
    }
}

} // namespace converge
