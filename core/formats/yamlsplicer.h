#pragma once

#include "formats/yamlsource.h"
#include "formats/yamltextsplice.h"
#include "model/diagnostic.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace converge {

/// Saves a graph as the text it was read from with only the edited parts changed, so a file
/// kept in git gets a minimal diff: comments, blank lines, key order, flow or block style and
/// quoting survive everywhere.
///
/// The graph to save is compared with the graph as read (YamlSource), element by element:
/// resources and edges are matched by id, then by key. A renamed resource changes its `name:`
/// value and every edge end and position naming it; a changed parameter changes its value (a
/// new one goes after its siblings, at their indent); a removed resource, edge or position
/// loses its lines; a new one goes after the last of its kind, in the style of that neighbour
/// (a new kind after the last kind). Positions are written only for resources that have one
/// (YamlPositionSplicer). A graph equal to the one read gives the text back unchanged, byte for
/// byte.
///
/// Every splice is proved: the result must read back as the graph to save (GraphComparison).
/// A resource or edge written as one flow map stays one: keys are added, changed and removed
/// inside its braces, and a new resource after such a neighbour is one too. When a splice is
/// impossible (a flow map over several lines, anchors or aliases on an edited value, a file
/// that lost its shape) or the proof fails, splice()
/// returns nothing and says why; the caller then writes the whole file (YamlGraphWriter).
/// Stateless from outside; any thread.
class YamlSplicer
{
    Q_DECLARE_TR_FUNCTIONS(YamlSplicer)

public:
    struct Outcome
    {
        QByteArray text;                    ///< the file to write
        std::shared_ptr<YamlSource> source; ///< text as read back, bound to graph's ids
        TextEdits edits; ///< what turned the source's text into text; none when unchanged
        /// What reading text back found (no file named): its problems where they now are.
        /// Nothing when text is the source's, unchanged, and so was not read again.
        std::optional<Diagnostics> reading;
    };

    /// The text of source with graph's differences spliced in; nothing when that cannot be
    /// done, with the reason in *why. fileName is used in messages of the proof's reading.
    static std::optional<Outcome> splice(const std::shared_ptr<const YamlSource> &source,
                                         const Graph &graph, QString *why);

private:
    YamlSplicer(const YamlSource &source, const Graph &graph);

    bool run();
    void matchElements();
    void matchDanglingEdges();
    bool spliceTopLevel();
    bool spliceResources();
    bool spliceResource(ResourceId own, ResourceId edited);
    bool spliceEntry(const YamlSource::ResourceSpans &spans, qsizetype mapStart, const QString &key,
                     const Value *before, const Value *after);
    bool removeKinds(QSet<QString> *removedKinds);
    bool insertResources();
    bool spliceEdges();
    bool spliceEdgeValues(const Edge &before, const Edge &after, const YamlSource::EdgeSpans &spans,
                          const QString &label);
    bool insertEdges();
    QByteArray edgeText(EdgeId edited, EdgeId neighbour, int dashColumn, int keyColumn) const;
    bool fail(const QString &why);

    const YamlSource &m_source;
    const Graph &m_graph;
    YamlTextSplice m_splice;
    QHash<ResourceId, ResourceId> m_editedOf; ///< the source's resource -> the graph's
    QHash<ResourceId, ResourceId> m_ownOf;    ///< the graph's resource -> the source's
    QHash<EdgeId, EdgeId> m_edgeOwnOf;        ///< the graph's edge -> the source's
    /// The graph's edge or dangling edge -> the source's dangling edge it was read as.
    QHash<EdgeId, EdgeId> m_danglingOwnOf;
    QString m_why;
};

} // namespace converge
