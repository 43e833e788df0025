#pragma once

#include "layout/graphlayout.h"
#include "layout/graphvizlayout.h"
#include "model/resourcestate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace converge {

class Graph;

/// Writes a resource graph as Graphviz DOT through cgraph.
///
/// Each resource is a node named by its id (`n0`, `n1`, ...) with attributes `kind` and `name`
/// and one attribute per parameter (scalars as their text, lists, maps and quoted strings as a
/// YAML flow value, `meta` as a flow map), so DotReader reads the same graph back. Presentation
/// attributes (label, shape, colours, positions) are added for `dot -Tpng` and are ignored when
/// reading. The output depends only on the graph and the options, never on pointers or time, so
/// it can be compared as text. Any thread (cgraph calls share GraphvizLayout's lock).
class DotWriter
{
    Q_DECLARE_TR_FUNCTIONS(DotWriter)
public:
    struct Options
    {
        /// When set, node and edge positions (pos, width, height, bb) are written from it, in
        /// Graphviz's coordinates, so `neato -n2` reproduces the picture.
        const GraphLayout *layout = nullptr;
        /// Written as rankdir, so `dot` draws it the same way round.
        LayoutDirection direction = LayoutDirection::TopToBottom;
        /// Final or current states indexed by ResourceId (empty: no run). Each node then gets
        /// `runstate`, the StatePalette fill colour, border style and glyph in its label.
        std::vector<ResourceState> states;
        /// mgmt's automatic edges (from, to), which the graph's file does not hold: each is
        /// written dashed with `autoedge=true`, after the graph's own edges, and DotReader
        /// leaves them out.
        std::vector<std::pair<ResourceId, ResourceId>> autoEdges;
    };

    /// The DOT text; empty with *error set only if cgraph fails.
    static QByteArray write(const Graph &graph, const Options &options, QString *error = nullptr);
    /// write() saved to path through OutputFile; false with a translated *error.
    static bool writeFile(const QString &path, const Graph &graph, const Options &options,
                          QString *error = nullptr);
};

} // namespace converge
