#include "formats/savedtext.h"

#include "formats/yamlgraphreader.h"
#include "formats/yamlgraphwriter.h"
#include "formats/yamlsource.h"
#include "formats/yamlsplicer.h"

namespace converge {

SavedText SavedText::make(const std::shared_ptr<const YamlSource> &source, const Graph &graph)
{
    SavedText saved;
    saved.m_read = source;
    if (source) {
        if (std::optional<YamlSplicer::Outcome> spliced =
                YamlSplicer::splice(source, graph, &saved.m_why)) {
            saved.m_text = std::move(spliced->text);
            saved.m_written = std::move(spliced->source);
            saved.m_edits = std::move(spliced->edits);
            saved.m_spliced = true;
            return saved;
        }
    }
    // Written in full: read it back so the next save splices into it.
    saved.m_text = YamlGraphWriter::toYaml(graph);
    const YamlGraphReader::Result read = YamlGraphReader::readData(saved.m_text);
    if (read.source) {
        auto written = std::make_shared<YamlSource>(*read.source);
        written->bindTo(graph);
        saved.m_written = std::move(written);
    }
    return saved;
}

int SavedText::lineFromSource(int line) const
{
    if (!m_spliced || !m_read || !m_written)
        return 0;
    const qsizetype offset = m_read->offset({line, 1});
    return offset < 0 ? 0 : m_written->lineAt(m_edits.mapped(offset));
}

int SavedText::lineOfResource(ResourceId id) const
{
    if (!m_written)
        return 0;
    const auto spans = m_written->resources.constFind(m_written->ownResource(id));
    return spans == m_written->resources.cend() ? 0 : spans->name.line;
}

} // namespace converge
