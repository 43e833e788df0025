#pragma once

#include "formats/textedits.h"
#include "model/diagnostic.h"
#include "model/graph.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace converge {

struct YamlSource;

/// The text saving a graph writes, and where its elements and the lines of the text read sit in
/// it: what File > Save writes and the Source pane shows.
///
/// A graph read from YAML is spliced into the text it was read from (YamlSplicer), so comments
/// and formatting stay; a graph without a source, or one the splicer refuses, is written in full
/// (YamlGraphWriter), with the reason kept. A plain value; make() may run on any thread and
/// takes as long as reading the text back (about a second for 10 MB).
class SavedText
{
public:
    /// What the text is made for.
    enum class Use
    {
        Saving,  ///< source() is kept, for the next save to splice into
        Showing, ///< only the lines are kept: the spans and graph of a large file are not small
    };

    /// What saving graph writes; source is what graph was read from (null for none).
    static SavedText make(const std::shared_ptr<const YamlSource> &source, const Graph &graph,
                          Use use = Use::Saving);

    const QByteArray &text() const { return m_text; }
    /// The text's spans, bound to graph's ids (so a later save splices into it); null when made
    /// for showing, or if the text did not read back as YAML.
    std::shared_ptr<const YamlSource> source() const { return m_written; }
    /// Empty when the edits were spliced into the source; otherwise why the file is rewritten in
    /// full (empty too for a graph that had no source).
    QString rewrittenBecause() const { return m_why; }
    bool isSpliced() const { return m_spliced; }
    /// Spliced without a change: the text is the source's, byte for byte.
    bool isUnchanged() const { return m_spliced && m_edits.isEmpty(); }
    /// The line of text() that line (1-based) of the source's text became; 0 for a text written
    /// in full or a line outside the source.
    int lineFromSource(int line) const;
    /// The line of text() that names graph's resource id; 0 when it has none.
    int lineOfResource(ResourceId id) const;
    /// The source text() was spliced into (null when written in full), and how.
    const YamlSource *splicedInto() const { return m_spliced ? m_read.get() : nullptr; }
    const TextEdits &edits() const { return m_edits; }
    /// What reading text() back found, naming no file: the problems of the saved file at the
    /// lines where they now are. Nothing when text() is the source's unchanged (a load of it
    /// found the same) or when it was not read back.
    const std::optional<Diagnostics> &reading() const { return m_reading; }

private:
    void indexLines(const Graph &graph);

    QByteArray m_text;
    std::shared_ptr<const YamlSource> m_read;
    std::shared_ptr<const YamlSource> m_written;
    TextEdits m_edits;
    std::optional<Diagnostics> m_reading;
    std::vector<qsizetype> m_lineStarts;     ///< of m_text
    QHash<ResourceId, int> m_lineOfResource; ///< by graph's ids
    QString m_why;
    bool m_spliced = false;
};

} // namespace converge
