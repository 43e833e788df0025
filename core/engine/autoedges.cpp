#include "engine/autoedges.h"

#include "model/graph.h"
#include "resources/fileresource.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace converge {

namespace {

/// mgmt's meta autoedge; a value that is not a boolean leaves it on (the engine reports bad
/// meta values on its own).
bool wantsAutoEdges(const Resource &resource)
{
    const Value *autoEdge = resource.meta.find(u"autoedge");
    return !autoEdge || autoEdge->toBool().value_or(true);
}

QString text(const Resource &resource, QStringView key)
{
    const Value *value = resource.params.find(key);
    return value && value->isScalar() ? value->text() : QString();
}

/// The paths a resource asks for, in mgmt's order. For a file, the parents come last and only
/// the nearest managed one counts; *firstParent says where they start.
QStringList wantedPaths(const Resource &resource, qsizetype *firstParent)
{
    QStringList paths;
    if (resource.kind == u"exec") {
        // mgmt's cmdFiles(): a shell runs the command, so the shell is what it needs;
        // otherwise the command's first word is the program (strings.Fields splits on any
        // white space). The main command defaults to the resource's name.
        static constexpr std::pair<const char16_t *, const char16_t *> commands[] = {
            {u"shell", u"cmd"},       {u"watchshell", u"watchcmd"}, {u"ifshell", u"ifcmd"},
            {u"nifshell", u"nifcmd"}, {u"doneshell", u"donecmd"},
        };
        for (const auto &[shellKey, cmdKey] : commands) {
            const QString shell = text(resource, shellKey);
            QString cmd = text(resource, cmdKey);
            if (cmd.isEmpty() && shellKey == commands[0].first)
                cmd = resource.name;
            const QString program = shell.isEmpty() ? cmd.simplified().section(u' ', 0, 0) : shell;
            if (!program.isEmpty())
                paths.append(program);
        }
        *firstParent = paths.size();
    } else if (resource.kind == u"file") {
        if (const Value *fragments = resource.params.find(u"fragments");
            fragments && fragments->isList()) {
            for (const Value &fragment : fragments->items()) {
                if (fragment.isScalar())
                    paths.append(fragment.text());
            }
        }
        *firstParent = paths.size();
        // mgmt's PathSplitFullReversed, without the path itself: "/a/b/c" asks for "/a/b/",
        // "/a/", "/".
        QString path = FileResource::managedPath(resource);
        if (path.endsWith(u'/'))
            path.chop(1);
        for (qsizetype slash = path.lastIndexOf(u'/'); slash >= 0;
             slash = slash > 0 ? path.lastIndexOf(u'/', slash - 1) : -1)
            paths.append(path.left(slash + 1));
    }
    return paths;
}

} // namespace

std::vector<AutoEdges::Pair> AutoEdges::find(const Graph &graph)
{
    std::vector<Pair> pairs;
    const std::vector<ResourceId> ids = graph.resourceIds();
    QHash<QString, ResourceId> managed; // path -> the file resource that manages it
    for (ResourceId id : ids) {
        const Resource &r = graph.resource(id);
        if (r.kind == u"file" && wantsAutoEdges(r))
            managed.insert(FileResource::managedPath(r), id);
    }
    if (managed.isEmpty())
        return pairs;
    for (ResourceId id : ids) {
        const Resource &r = graph.resource(id);
        if ((r.kind != u"file" && r.kind != u"exec") || !wantsAutoEdges(r))
            continue;
        qsizetype firstParent = 0;
        const QStringList paths = wantedPaths(r, &firstParent);
        QSet<ResourceId> found;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const auto match = managed.constFind(paths[i]);
            if (match == managed.constEnd() || *match == id)
                continue;
            found.insert(*match);
            if (i >= firstParent)
                break; // only the nearest managed parent directory
        }
        if (found.isEmpty())
            continue;
        const std::vector<ResourceId> prerequisites = graph.predecessors(id);
        std::vector<ResourceId> from(found.begin(), found.end());
        std::sort(from.begin(), from.end());
        for (ResourceId f : from) {
            if (std::find(prerequisites.begin(), prerequisites.end(), f) == prerequisites.end())
                pairs.push_back({f, id});
        }
    }
    return pairs;
}

} // namespace converge
