#pragma once

#include "formats/yamlsource.h"
#include "formats/yamlvaluebuilder.h"
#include "model/diagnostic.h"
#include "model/graph.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace converge {

/// Turns the values of a yamlgraph document into a Graph and checks it, for YamlGraphReader.
///
/// take() is the YamlValueBuilder sink: it converts each resource as soon as its map is complete
/// (an exact repeat merges into the first, as mgmt's ResCmp does) and queues each edge (edges
/// may come before the resources they name). finish() then checks the top level, warns about
/// `@@` resources no `collect` takes, resolves the edges (one per pair of resources, as mgmt's
/// pgraph keeps; one naming a missing resource is kept as a DanglingEdge and reported), restores
/// positions and reports cycles. Every problem becomes a diagnostic;
/// nothing stops at the first. Where each element sits in the text (source()) is recorded only
/// when asked for: a graph that is checked or run, never saved, does not pay for it. One document,
/// one thread.
class GraphAssembler
{
    Q_DECLARE_TR_FUNCTIONS(GraphAssembler)

public:
    GraphAssembler(const QString &file, bool recordSpans);

    bool take(const YamlValueBuilder::Path &path, Value &value);
    void finish(Value &root);

    Graph &graph() { return m_graph; }
    Diagnostics &diagnostics() { return m_diagnostics; }
    /// Where the graph's elements were read, by the graph's ids (text and graph left unset);
    /// empty unless constructed to record spans.
    YamlSource &source() { return m_source; }

private:
    struct EdgeEnd
    {
        QString kind;
        QString name;
        SourceLocation location;
        SourceLocation kindAt; ///< where its kind and name values start
        SourceLocation nameAt;
        Value::Style nameStyle = Value::Style::Plain;
        EdgeEndName end() const { return {kind, name, location}; }
    };
    struct PendingEdge
    {
        Edge edge;
        EdgeEnd from;
        EdgeEnd to;
        QString label; ///< "edge NAME", or "edges: item N" for an unnamed edge
        YamlSource::EdgeSpans spans;
        SourceLocation location(bool ofFrom) const { return ofFrom ? from.location : to.location; }
    };

    void recordKey(const YamlValueBuilder::Path &path);
    void takeResource(const QString &kind, int index, Value &value);
    void takeDuplicate(const Resource &first, const Resource &again, SourceLocation at);
    void takeKind(const YamlValueBuilder::PathStep &step, const Value &list);
    void takeEdge(int index, Value &value);
    bool readEdgeEnd(const QString &label, const Value &edge, const char16_t *key, EdgeEnd *end);
    void checkTopLevel(Value &root);
    void reportUncollected();
    void resolveEdges();
    void recordEdgeSpans(EdgeId id, PendingEdge &pending);
    bool mergeRepeatedEdge(const PendingEdge &pending);
    void readPositions(Value &converge);
    void reportCycles();
    void report(Diagnostic::Severity severity, SourceLocation at, const QString &message,
                const QString &resource = {});

    QString m_file;
    bool m_recordSpans;
    Graph m_graph;
    std::vector<PendingEdge> m_edges;
    Diagnostics m_diagnostics;
    YamlSource m_source;
    std::vector<YamlSource::Key> m_itemKeys; ///< keys of the resource or edge being read
};

} // namespace converge
