#pragma once

#include "engine/runoptions.h"
#include "formats/yamlgraphreader.h"
#include "model/diagnostic.h"

#include <QString>

namespace converge {

class Graph;
struct Resource;

/// The one answer to "would `run` accept this graph?", for `converge validate`, the window's
/// Problems list and the property editor.
///
/// It asks the very functions a run asks: the reader's checks, then the Engine's preparation
/// (Engine::validate: each resource's CheckApply::create, its meta parameters, cycles through
/// automatic edges). So whatever `run` refuses, these report first, with the same message at
/// the same file:line:col; nothing here repeats a resource's rules. Stateless and reentrant:
/// any thread, several at once. Never throws.
class GraphValidator
{
public:
    /// Every reason a run of graph would be refused; empty when it would start. options.fileName
    /// names the file in messages. Pure: the machine is not touched.
    static Diagnostics validate(const Graph &graph, const RunOptions &options = {});

    /// One resource's share of validate(): its parameter types, meta parameters and, for a kind
    /// that runs, what CheckApply::create refuses. For the property editor, after each edit.
    static Diagnostics validateResource(const Resource &resource, const QString &file = {});

    /// Reads path as every tool does (loadGraphFile) and, when reading found no error, adds
    /// validate()'s findings, so result.ok() is true exactly when `run` would start the graph.
    static YamlGraphReader::Result validateFile(const QString &path, RunOptions options = {});
};

} // namespace converge
