#include "engine/graphvalidator.h"

#include "engine/engine.h"
#include "formats/graphfileloader.h"
#include "model/metaparams.h"
#include "model/resourceschema.h"
#include "resources/checkapply.h"

namespace converge {

Diagnostics GraphValidator::validate(const Graph &graph, const RunOptions &options)
{
    return Engine::validate(graph, options);
}

Diagnostics GraphValidator::validateResource(const Resource &resource, const QString &file)
{
    Diagnostics diagnostics;
    ResourceSchema::check(resource, file, &diagnostics);
    MetaParams::parse(resource.meta, file, resource.key(), &diagnostics);
    // A value of the wrong type is already reported at its field; create() would only repeat
    // it in other words.
    if (ResourceSchema::isRunnable(resource.kind) && !hasErrors(diagnostics))
        CheckApply::create(resource, file, &diagnostics);
    return diagnostics;
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
