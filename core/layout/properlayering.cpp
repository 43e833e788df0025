#include "layout/properlayering.h"

#include <algorithm>

namespace converge {

namespace {

/// Packs per-vertex lists given as (vertex, neighbour) pairs into start offsets and one list,
/// keeping the pairs' order within each vertex (a counting sort: linear, and stable, which the
/// determinism of the sweeps relies on).
void pack(int vertices, const std::vector<std::pair<int, int>> &pairs, std::vector<int> *start,
          std::vector<int> *list)
{
    start->assign(size_t(vertices) + 1, 0);
    for (const auto &[v, n] : pairs)
        ++(*start)[size_t(v) + 1];
    for (size_t v = 0; v < size_t(vertices); ++v)
        (*start)[v + 1] += (*start)[v];
    list->resize(pairs.size());
    std::vector<int> next(start->begin(), start->end() - 1);
    for (const auto &[v, n] : pairs)
        (*list)[size_t(next[size_t(v)]++)] = n;
}

/// Dummy vertices at most, whatever the graph: a few per vertex and edge. Random DAGs of 100,000
/// resources need 1.8 per edge (bench_sugiyama); a graph where many edges span a long chain
/// needs edges times layers, which would not fit in memory.
size_t dummyBudget(size_t vertices, size_t edges)
{
    return std::max<size_t>(100000, 4 * (vertices + edges));
}

} // namespace

ProperLayering::ProperLayering(int vertexCount, std::span<const int> layer,
                               std::span<const std::pair<int, int>> edges)
    : m_originals(std::max(0, vertexCount))
{
    m_layer.resize(size_t(m_originals), 0);
    for (size_t v = 0; v < m_layer.size() && v < layer.size(); ++v)
        m_layer[v] = std::max(0, layer[v]);
    for (int l : m_layer)
        m_layerCount = std::max(m_layerCount, l + 1);

    const auto inRange = [&](int v) {
        return v >= 0 && v < m_originals;
    };
    // The longest span that gets dummies: edges by span, shortest first, while they fit the
    // budget. Longer edges are left out of the layering, as if they pointed up.
    std::vector<size_t> withSpan(size_t(m_layerCount) + 1, 0);
    for (const auto &[from, to] : edges) {
        if (inRange(from) && inRange(to) && m_layer[size_t(from)] < m_layer[size_t(to)])
            ++withSpan[size_t(m_layer[size_t(to)] - m_layer[size_t(from)])];
    }
    int longest = 1;
    for (size_t span = 2, needed = 0; span < withSpan.size(); ++span) {
        needed += withSpan[span] * (span - 1);
        if (needed > dummyBudget(size_t(m_originals), edges.size()))
            break;
        longest = int(span);
    }

    std::vector<std::pair<int, int>> down; // (upper, lower) per segment
    down.reserve(edges.size());
    m_chainStart.reserve(edges.size() + 1);
    m_chainStart.push_back(0);
    for (const auto &[from, to] : edges) {
        if (!inRange(from) || !inRange(to)) {
            m_chainStart.push_back(int(m_chainList.size()));
            continue;
        }
        m_chainList.push_back(from);
        const int top = m_layer[size_t(from)], bottom = m_layer[size_t(to)];
        if (bottom - top > longest) {
            ++m_unrouted;
        } else if (top < bottom) {
            int previous = from;
            for (int l = top + 1; l < bottom; ++l) {
                const int dummy = int(m_layer.size());
                m_layer.push_back(l);
                down.emplace_back(previous, dummy);
                m_chainList.push_back(dummy);
                previous = dummy;
            }
            down.emplace_back(previous, to);
        }
        m_chainList.push_back(to);
        m_chainStart.push_back(int(m_chainList.size()));
    }

    const int all = int(m_layer.size());
    pack(all, down, &m_belowStart, &m_belowList);
    for (auto &[upper, lower] : down)
        std::swap(upper, lower);
    pack(all, down, &m_aboveStart, &m_aboveList);
}

} // namespace converge
