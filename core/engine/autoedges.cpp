#include "engine/autoedges.h"

#include "model/graph.h"
#include "resources/fileresource.h"

#include <QHashFunctions>

#include <algorithm>
#include <unordered_map>

namespace converge {

namespace {

/// mgmt's meta autoedge; a value that is not a boolean leaves it on (the engine reports bad
/// meta values on its own).
bool wantsAutoEdges(const Resource &resource)
{
    const Value *autoEdge = resource.meta.find(u"autoedge");
    return !autoEdge || autoEdge->toBool().value_or(true);
}

QStringView text(const Resource &resource, QStringView key)
{
    const Value *value = resource.params.find(key);
    return value && value->isScalar() ? QStringView(value->text()) : QStringView();
}

/// The first word of command, as Go's strings.Fields splits it.
QStringView firstWord(QStringView command)
{
    const auto isSpace = [](QChar c) {
        return c.isSpace();
    };
    const auto begin = std::find_if_not(command.begin(), command.end(), isSpace);
    const auto end = std::find_if(begin, command.end(), isSpace);
    return command.sliced(begin - command.begin(), end - begin);
}

struct ViewHash
{
    size_t operator()(QStringView view) const noexcept { return qHash(view); }
};

/// Looks paths up without copying them: a graph of 100,000 files asks for several parents
/// each, and AutoEdges::find() runs for every run and every burst of edits in the window.
class ManagedPaths
{
public:
    explicit ManagedPaths(const Graph &graph, const std::vector<ResourceId> &ids)
    {
        m_paths.reserve(ids.size());
        for (ResourceId id : ids) {
            const Resource &r = graph.resource(id);
            if (r.kind == u"file" && wantsAutoEdges(r)) {
                // The views point into m_paths, which no longer grows once reserved.
                m_paths.push_back(FileResource::managedPath(r));
                m_byPath.emplace(m_paths.back(), id);
            }
        }
    }
    bool isEmpty() const { return m_byPath.empty(); }
    /// The file resource that manages path, or InvalidId.
    ResourceId find(QStringView path) const
    {
        const auto found = m_byPath.find(path);
        return found == m_byPath.end() ? InvalidId : found->second;
    }

private:
    std::vector<QString> m_paths;
    std::unordered_map<QStringView, ResourceId, ViewHash> m_byPath;
};

/// What an exec needs, as mgmt's cmdFiles(): a shell runs the command, so the shell is what it
/// needs; otherwise the command's first word is the program. The main command defaults to the
/// resource's name.
void execPrerequisites(const Resource &r, const ManagedPaths &managed,
                       std::vector<ResourceId> *found)
{
    static constexpr std::pair<const char16_t *, const char16_t *> commands[] = {
        {u"shell", u"cmd"},       {u"watchshell", u"watchcmd"}, {u"ifshell", u"ifcmd"},
        {u"nifshell", u"nifcmd"}, {u"doneshell", u"donecmd"},
    };
    for (const auto &[shellKey, cmdKey] : commands) {
        QStringView program = text(r, shellKey);
        if (program.isEmpty()) {
            QStringView cmd = text(r, cmdKey);
            if (cmd.isEmpty() && shellKey == commands[0].first)
                cmd = r.name;
            program = firstWord(cmd);
        }
        if (!program.isEmpty())
            found->push_back(managed.find(program));
    }
}

/// What a file needs: every managed fragment, then the nearest managed parent directory
/// (mgmt's PathSplitFullReversed without the path itself: "/a/b/c" asks for "/a/b/", "/a/",
/// "/" and stops at the first one found).
void filePrerequisites(const Resource &r, const ManagedPaths &managed,
                       std::vector<ResourceId> *found)
{
    if (const Value *fragments = r.params.find(u"fragments"); fragments && fragments->isList()) {
        for (const Value &fragment : fragments->items()) {
            if (fragment.isScalar())
                found->push_back(managed.find(fragment.text()));
        }
    }
    const QString path = FileResource::managedPath(r);
    QStringView walk(path);
    if (walk.endsWith(u'/'))
        walk.chop(1);
    for (qsizetype slash = walk.lastIndexOf(u'/'); slash >= 0;
         slash = slash > 0 ? walk.lastIndexOf(u'/', slash - 1) : -1) {
        const ResourceId parent = managed.find(walk.left(slash + 1));
        if (parent != InvalidId) {
            found->push_back(parent);
            break;
        }
    }
}

} // namespace

std::vector<AutoEdges::Pair> AutoEdges::find(const Graph &graph)
{
    std::vector<Pair> pairs;
    const std::vector<ResourceId> ids = graph.resourceIds();
    const ManagedPaths managed(graph, ids);
    if (managed.isEmpty())
        return pairs;
    std::vector<ResourceId> found;
    for (ResourceId id : ids) {
        const Resource &r = graph.resource(id);
        const bool exec = r.kind == u"exec";
        if ((!exec && r.kind != u"file") || !wantsAutoEdges(r))
            continue;
        found.clear();
        if (exec)
            execPrerequisites(r, managed, &found);
        else
            filePrerequisites(r, managed, &found);
        // Not itself, each once, and not again when the graph holds the edge already.
        std::erase_if(found, [id](ResourceId from) { return from == InvalidId || from == id; });
        if (found.empty())
            continue;
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        const std::vector<ResourceId> prerequisites = graph.predecessors(id);
        for (ResourceId from : found) {
            if (std::find(prerequisites.begin(), prerequisites.end(), from) == prerequisites.end())
                pairs.push_back({from, id});
        }
    }
    return pairs;
}

} // namespace converge
