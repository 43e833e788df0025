#pragma once

#include "model/resource.h"

#include <cstdint>
#include <span>
#include <vector>

namespace converge {

class Graph;

/// The shape of one run: which resources take part and the edges between them, in flat
/// arrays (compressed rows of dependents), plus one topological order.
///
/// The engine keeps this instead of a copy of the Graph: it is all the scheduling and the
/// critical path need, it is built in one pass over the edges, and it holds no strings, so
/// taking it for 100,000 resources costs milliseconds rather than the deep copy of every
/// resource's parameters. It includes mgmt's automatic edges (see AutoEdges). Edges from or to
/// a resource outside the run are left out: such a prerequisite counts as already converged.
/// Immutable once built; any thread may read it.
class RunGraph
{
public:
    RunGraph() = default;
    /// inRun is indexed by ResourceId; an empty vector means every resource of the graph.
    RunGraph(const Graph &graph, const std::vector<bool> &inRun);

    /// Size for arrays indexed by ResourceId.
    std::uint32_t capacity() const { return std::uint32_t(m_inRun.size()); }
    bool inRun(ResourceId id) const { return id < m_inRun.size() && m_inRun[id] != 0; }
    /// Resources in the run.
    int size() const { return m_size; }
    /// Dependents of id inside the run, one entry per edge.
    std::span<const ResourceId> dependents(ResourceId id) const
    {
        return {m_out.data() + m_firstOut[id], m_out.data() + m_firstOut[id + 1]};
    }
    /// Prerequisites of id inside the run.
    std::uint32_t prerequisiteCount(ResourceId id) const { return m_prerequisites[id]; }
    /// Resources of the run without prerequisites, in id order.
    const std::vector<ResourceId> &roots() const { return m_roots; }
    /// Every resource of the run, each after all of its prerequisites; shorter than size()
    /// when the run contains a cycle.
    const std::vector<ResourceId> &order() const { return m_order; }
    bool hasCycle() const { return int(m_order.size()) != m_size; }

    /// ids together with every resource of the run they wait for, directly or through
    /// others (automatic edges included), in id order.
    std::vector<ResourceId> withPrerequisites(const std::vector<ResourceId> &ids) const;

    struct CriticalPath
    {
        double length = 0;            ///< sum of durations along the path
        std::vector<ResourceId> path; ///< from a source to a sink
    };
    /// The chain with the largest sum of durations (indexed by ResourceId; missing entries
    /// count as 0). Linear in the size of the run.
    CriticalPath criticalPath(const std::vector<double> &durations) const;

private:
    int m_size = 0;
    std::vector<std::uint8_t> m_inRun;
    std::vector<std::uint32_t> m_firstOut; ///< offsets into m_out, per ResourceId + 1
    std::vector<ResourceId> m_out;
    std::vector<std::uint32_t> m_prerequisites;
    std::vector<ResourceId> m_roots;
    std::vector<ResourceId> m_order;
};

} // namespace converge
