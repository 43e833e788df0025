#include "model/resourcegrouping.h"

#include "model/autogrouping.h"
#include "model/graph.h"

#include <QCoreApplication>
#include <QHash>

#include <numeric>

namespace converge {

namespace {

QString prefixKey(const QString &name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (c == u'-' || c == u'_' || c == u'.' || c == u'/')
            return i == 0 ? QString() : name.left(i + 1) + u'*';
    }
    return {};
}

/// Connected components, edges taken both ways: the lowest id of each resource's component.
std::vector<ResourceId> components(const Graph &graph)
{
    std::vector<ResourceId> root(graph.resourceCapacity());
    std::iota(root.begin(), root.end(), ResourceId(0));
    const auto find = [&root](ResourceId id) {
        while (root[id] != id) {
            root[id] = root[root[id]];
            id = root[id];
        }
        return id;
    };
    for (EdgeId e : graph.edgeIds()) {
        const ResourceId a = find(graph.edge(e).from);
        const ResourceId b = find(graph.edge(e).to);
        if (a != b)
            root[std::max(a, b)] = std::min(a, b);
    }
    for (ResourceId id = 0; id < root.size(); ++id)
        root[id] = find(id);
    return root;
}

} // namespace

std::optional<ResourceGrouping> ResourceGrouping::compute(const Graph &graph, GroupBy by,
                                                          const QString &prefix, qint64 maxSteps)
{
    std::vector<QString> keys(graph.resourceCapacity());
    switch (by) {
    case GroupBy::NamePrefix:
        for (ResourceId id : graph.resourceIds()) {
            const QString &name = graph.resource(id).name;
            if (prefix.isEmpty())
                keys[id] = prefixKey(name);
            else if (name.startsWith(prefix))
                keys[id] = prefix + u'*';
        }
        break;
    case GroupBy::Kind:
        for (ResourceId id : graph.resourceIds())
            keys[id] = graph.resource(id).kind;
        break;
    case GroupBy::Component: {
        const std::vector<ResourceId> root = components(graph);
        std::vector<int> number(root.size(), 0);
        int next = 0;
        for (ResourceId id : graph.resourceIds()) {
            if (root[id] == id)
                number[id] = ++next;
            keys[id] = QCoreApplication::translate("ResourceGrouping", "component %1")
                           .arg(number[root[id]]);
        }
        break;
    }
    case GroupBy::AutoGroup: {
        const auto groups = AutoGrouping::compute(graph, maxSteps);
        if (!groups)
            return std::nullopt;
        for (const AutoGrouping::Group &group : *groups) {
            const QString key = u"noop/"_qs + graph.resource(group.parent).name;
            for (ResourceId id : group.members)
                keys[id] = key;
        }
        break;
    }
    }
    return fromKeys(graph, keys);
}

ResourceGrouping ResourceGrouping::fromKeys(const Graph &graph, const std::vector<QString> &keys)
{
    QHash<QString, int> sizes;
    for (ResourceId id : graph.resourceIds()) {
        if (id < keys.size() && !keys[id].isEmpty())
            ++sizes[keys[id]];
    }
    ResourceGrouping grouping;
    grouping.groupOf.assign(graph.resourceCapacity(), NoGroup);
    QHash<QString, int> numbers;
    for (ResourceId id : graph.resourceIds()) {
        if (id >= keys.size() || sizes.value(keys[id]) < 2)
            continue;
        auto it = numbers.find(keys[id]);
        if (it == numbers.end()) {
            it = numbers.insert(keys[id], grouping.groupCount());
            grouping.labels.push_back(keys[id]);
            grouping.members.emplace_back();
        }
        grouping.groupOf[id] = *it;
        grouping.members[*it].push_back(id);
    }
    return grouping;
}

} // namespace converge
