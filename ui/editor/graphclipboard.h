#pragma once

#include "editor/graphfragment.h"

namespace converge {

/// Resources on the system clipboard as yamlgraph text: copied from Converge they paste into a
/// text editor as a valid graph file, and a graph typed or copied in a text editor pastes into
/// Converge. GUI thread only.
class GraphClipboard
{
public:
    /// The MIME type set next to text/plain so Converge knows the text is its own.
    static QString mimeType();
    /// Puts fragment on the clipboard.
    static void put(const GraphFragment &fragment);
    /// Reads the clipboard; false with *error set when it holds no graph.
    static bool take(GraphFragment *fragment, QString *error);
};

} // namespace converge
