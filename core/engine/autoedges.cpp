#include "engine/autoedges.h"

#include "model/graph.h"
#include "resources/fileresource.h"

#include <QHash>

#include <algorithm>

namespace converge {

namespace {

/// mgmt's meta autoedge; a value that is not a plain false leaves it on (the engine reports
/// bad meta values on its own).
bool wantsAutoEdges(const Resource &resource)
{
    const Value *autoEdge = resource.meta.find(u"autoedge");
    return !(autoEdge && autoEdge->isScalar() && autoEdge->text() == u"false");
}

} // namespace

std::vector<AutoEdges::Pair> AutoEdges::find(const Graph &graph)
{
    // Directories are the file resources whose path ends in a slash.
    QHash<QString, ResourceId> directories;
    for (ResourceId id : graph.resourceIds()) {
        const Resource &r = graph.resource(id);
        if (r.kind != u"file")
            continue;
        const QString path = FileResource::managedPath(r);
        if (path.endsWith(u'/'))
            directories.insert(path, id);
    }
    std::vector<Pair> pairs;
    if (directories.isEmpty())
        return pairs;
    for (ResourceId id : graph.resourceIds()) {
        const Resource &r = graph.resource(id);
        if (r.kind != u"file" || !wantsAutoEdges(r))
            continue;
        QString path = FileResource::managedPath(r);
        if (path.endsWith(u'/'))
            path.chop(1);
        // Walk up from the nearest parent; the first directory found is the one it needs.
        for (qsizetype slash = path.lastIndexOf(u'/'); slash >= 0;
             slash = slash > 0 ? path.lastIndexOf(u'/', slash - 1) : -1) {
            const auto found = directories.constFind(path.left(slash + 1));
            if (found == directories.constEnd())
                continue;
            const std::vector<ResourceId> prerequisites = graph.predecessors(id);
            if (std::find(prerequisites.begin(), prerequisites.end(), *found) ==
                prerequisites.end())
                pairs.push_back({*found, id});
            break;
        }
    }
    return pairs;
}

} // namespace converge
