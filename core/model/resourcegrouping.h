#pragma once

#include "model/resource.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace converge {

class Graph;

/// What the view gathers resources into groups by.
enum class GroupBy
{
    NamePrefix, ///< the name up to its first '-', '_', '.' or '/', or a prefix the user gave
    Kind,       ///< the resource's kind
    Component,  ///< resources joined by edges, whichever way they point
    AutoGroup,  ///< the resources mgmt's autogroup would merge (AutoGrouping)
};

/// Groups of a graph's resources for collapsing in the view: a plain value, computed from the
/// graph once and never changing it. Resources in no group (a name without separator, an
/// ungroupable kind, a prefix that does not match) have NoGroup; a group has at least two
/// members, since a group of one would only hide a resource behind a box of the same size.
/// Any thread may compute one from a graph no one is changing.
struct ResourceGrouping
{
    static constexpr int NoGroup = -1;

    std::vector<int> groupOf; ///< indexed by ResourceId: the group, or NoGroup (dead ids too)
    QStringList labels;       ///< indexed by group: what its box says, e.g. "web-*" or "file"
    std::vector<std::vector<ResourceId>> members; ///< indexed by group, ids ascending

    int groupCount() const { return int(labels.size()); }
    int group(ResourceId id) const { return id < groupOf.size() ? groupOf[id] : NoGroup; }

    /// Groups graph's resources by by. For NamePrefix, a non-empty prefix makes one group of the
    /// names that start with it (case-sensitive, as mgmt compares names) instead of splitting
    /// every name at its first separator. Nothing only for AutoGroup, when working it out would
    /// take more than maxSteps (see AutoGrouping::compute()).
    static std::optional<ResourceGrouping> compute(const Graph &graph, GroupBy by,
                                                   const QString &prefix = {},
                                                   qint64 maxSteps = DefaultMaxSteps);
    /// About 20 ms of work on this machine's cores.
    static constexpr qint64 DefaultMaxSteps = 4'000'000;

    /// Builds the value from one key per resource (empty: no group); keys with a single
    /// resource make no group. Groups are numbered in the order of their lowest member.
    static ResourceGrouping fromKeys(const Graph &graph, const std::vector<QString> &keys);
};

} // namespace converge
