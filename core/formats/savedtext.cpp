#include "formats/savedtext.h"

#include "formats/yamlgraphreader.h"
#include "formats/yamlgraphwriter.h"
#include "formats/yamlsource.h"
#include "formats/yamlsplicer.h"

#include <algorithm>

namespace converge {

SavedText SavedText::make(const std::shared_ptr<const YamlSource> &source, const Graph &graph,
                          Use use)
{
    SavedText saved;
    saved.m_read = source;
    std::optional<YamlSplicer::Outcome> spliced;
    if (source)
        spliced = YamlSplicer::splice(source, graph, &saved.m_why);
    if (spliced) {
        saved.m_text = std::move(spliced->text);
        saved.m_written = std::move(spliced->source);
        saved.m_edits = std::move(spliced->edits);
        saved.m_reading = std::move(spliced->reading);
        saved.m_spliced = true;
    } else {
        // Written in full: read it back so the next save splices into it.
        saved.m_text = YamlGraphWriter::toYaml(graph);
        const YamlGraphReader::Result read = YamlGraphReader::readData(saved.m_text);
        if (read.parsed)
            saved.m_reading = read.diagnostics;
        if (read.source) {
            auto written = std::make_shared<YamlSource>(*read.source);
            written->bindTo(graph);
            saved.m_written = std::move(written);
        }
    }
    saved.indexLines(graph);
    if (use == Use::Showing)
        saved.m_written.reset();
    return saved;
}

void SavedText::indexLines(const Graph &graph)
{
    m_lineStarts.assign(1, 0);
    for (qsizetype i = m_text.indexOf('\n'); i >= 0; i = m_text.indexOf('\n', i + 1))
        m_lineStarts.push_back(i + 1);
    if (!m_written)
        return;
    for (ResourceId id : graph.resourceIds()) {
        const auto spans = m_written->resources.constFind(m_written->ownResource(id));
        if (spans != m_written->resources.cend())
            m_lineOfResource.insert(id, spans->name.line);
    }
}

int SavedText::lineFromSource(int line) const
{
    if (!m_spliced || !m_read)
        return 0;
    const qsizetype offset = m_read->offset({line, 1});
    if (offset < 0)
        return 0;
    const qsizetype at = m_edits.mapped(offset);
    return int(std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), at) -
               m_lineStarts.begin());
}

int SavedText::lineOfResource(ResourceId id) const
{
    return m_lineOfResource.value(id, 0);
}

} // namespace converge
