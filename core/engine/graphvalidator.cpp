#include "engine/graphvalidator.h"

#include "engine/engine.h"
#include "formats/graphfileloader.h"

namespace converge {

Diagnostics GraphValidator::validate(const Graph &graph, const RunOptions &options)
{
    return Engine::validate(graph, options);
}

YamlGraphReader::Result GraphValidator::validateFile(const QString &path, RunOptions options)
{
    YamlGraphReader::Result result = loadGraphFile(path);
    // A graph with reading errors is incomplete: the run would not get this far, and its
    // resources would be checked twice.
    if (!result.ok())
        return result;
    options.fileName = path;
    result.diagnostics += validate(result.graph, options);
    return result;
}

} // namespace converge
