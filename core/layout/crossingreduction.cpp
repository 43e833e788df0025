#include "layout/crossingreduction.h"

#include "layout/properlayering.h"

#include <algorithm>
#include <span>

namespace converge {

namespace {

/// Passes of adjacent exchange per layer and sweep. Even passes swap a pair only when that
/// removes crossings, odd ones also when it keeps them equal (dot's "reverse"): a sideways step
/// that lets the next pass reach swaps a strict rule never tries. On the bench DAGs the exchange
/// took a fifth off the crossings the barycentres leave (bench_sugiyama).
constexpr int ExchangePasses = 4;
/// Layers wider than this (vertices and dummies) skip the exchange: its cost per pair grows with
/// the pair's degrees, and the widest layers come with hubs (random DAGs of 100,000 resources:
/// 9,000 a layer, exchange 6 s against 2 s without).
constexpr size_t ExchangeLayerLimit = 2000;
/// Rounds in a row that find no fewer crossings before the sweeps stop.
constexpr int RoundsWithoutGain = 2;

/// Index of every vertex within its layer.
std::vector<int> ranksOf(const ProperLayering &graph, const CrossingReduction::Order &order)
{
    std::vector<int> rank(size_t(graph.vertexCount()), 0);
    for (const auto &members : order) {
        for (size_t i = 0; i < members.size(); ++i)
            rank[size_t(members[i])] = int(i);
    }
    return rank;
}

/// Depth-first from every vertex without a parent, in vertex order, children in edge order:
/// each vertex is appended to its layer when first reached, so a vertex's children start out
/// side by side and a chain of dummies stays in one column. Iterative: a 100,000-layer chain
/// must not exhaust the stack.
CrossingReduction::Order depthFirstOrder(const ProperLayering &graph)
{
    CrossingReduction::Order order(size_t(graph.layerCount()));
    std::vector<bool> seen(size_t(graph.vertexCount()), false);
    std::vector<std::pair<int, size_t>> stack; // vertex, next child to visit
    const auto visit = [&](int root) {
        if (seen[size_t(root)])
            return;
        seen[size_t(root)] = true;
        order[size_t(graph.layerOf(root))].push_back(root);
        stack.emplace_back(root, 0);
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            const std::span<const int> children = graph.below(v);
            if (next == children.size()) {
                stack.pop_back();
                continue;
            }
            const int child = children[next++];
            if (!seen[size_t(child)]) {
                seen[size_t(child)] = true;
                order[size_t(graph.layerOf(child))].push_back(child);
                stack.emplace_back(child, 0);
            }
        }
    };
    for (int v = 0; v < graph.vertexCount(); ++v) {
        if (graph.above(v).empty())
            visit(v);
    }
    // Every vertex has a path up to a parentless one, but stay total for any input.
    for (int v = 0; v < graph.vertexCount(); ++v)
        visit(v);
    return order;
}

/// Crossings between layer l and l + 1: edges listed by upper end, then lower end, count the
/// pairs whose lower ends are inverted (Barth, Jünger and Mutzel's accumulation, with a
/// Fenwick tree over the lower layer's positions).
std::int64_t crossingsBelow(const ProperLayering &graph, const CrossingReduction::Order &order,
                            const std::vector<int> &rank, size_t l, std::vector<int> *tree,
                            std::vector<int> *ends)
{
    const size_t lowerSize = order[l + 1].size();
    tree->assign(lowerSize + 1, 0);
    std::int64_t crossings = 0, inserted = 0;
    for (int u : order[l]) {
        ends->clear();
        for (int w : graph.below(u))
            ends->push_back(rank[size_t(w)]);
        std::sort(ends->begin(), ends->end());
        for (int q : *ends) {
            std::int64_t notAfter = 0; // inserted ends at positions <= q
            for (size_t i = size_t(q) + 1; i > 0; i -= i & (~i + 1))
                notAfter += (*tree)[i];
            crossings += inserted - notAfter;
            for (size_t i = size_t(q) + 1; i <= lowerSize; i += i & (~i + 1))
                ++(*tree)[i];
            ++inserted;
        }
    }
    return crossings;
}

/// Pairs (a, b), a a neighbour of left and b one of right on the same side, that cross when
/// left is drawn left of right (a right of b), on both sides. a and b are scratch space.
std::int64_t pairCrossings(const ProperLayering &graph, const std::vector<int> &rank, int left,
                           int right, std::vector<int> *a, std::vector<int> *b)
{
    std::int64_t crossings = 0;
    for (bool up : {true, false}) {
        a->clear();
        b->clear();
        for (int n : up ? graph.above(left) : graph.below(left))
            a->push_back(rank[size_t(n)]);
        for (int n : up ? graph.above(right) : graph.below(right))
            b->push_back(rank[size_t(n)]);
        std::sort(a->begin(), a->end());
        std::sort(b->begin(), b->end());
        size_t smaller = 0; // elements of b left of the current element of a
        for (int x : *a) {
            while (smaller < b->size() && (*b)[smaller] < x)
                ++smaller;
            crossings += std::int64_t(smaller);
        }
    }
    return crossings;
}

/// Swaps neighbours of one layer where that removes crossings with the layers on both sides
/// (dot's "transpose"): a barycentre sorts against one side only and leaves pairs a swap
/// untangles. A pass is linear in the layer's edges (their ends sorted per vertex).
void exchange(const ProperLayering &graph, std::vector<int> *members, std::vector<int> *rank,
              std::vector<int> *a, std::vector<int> *b)
{
    for (int pass = 0; pass < ExchangePasses; ++pass) {
        const bool sideways = pass % 2 == 1;
        bool gained = false;
        for (size_t i = 0; i + 1 < members->size(); ++i) {
            const int u = (*members)[i], v = (*members)[i + 1];
            const std::int64_t kept = pairCrossings(graph, *rank, u, v, a, b);
            const std::int64_t swapped = pairCrossings(graph, *rank, v, u, a, b);
            if (swapped < kept || (sideways && swapped == kept && kept > 0)) {
                std::swap((*members)[i], (*members)[i + 1]);
                (*rank)[size_t(u)] = int(i + 1);
                (*rank)[size_t(v)] = int(i);
                gained = gained || swapped < kept;
            }
        }
        if (!gained && !sideways)
            break;
    }
}

/// Sorts each layer, in sweep order, by the mean position of its neighbours on the layer before
/// it, then exchanges neighbours where that removes crossings. Positions are scaled to [0, 1) per
/// layer so that a vertex without such neighbours keeps its own place among vertices that have
/// them.
void sweep(const ProperLayering &graph, bool down, CrossingReduction::Order *order,
           std::vector<int> *rank, std::vector<std::pair<double, int>> *keyed, std::vector<int> *a,
           std::vector<int> *b)
{
    const int layers = graph.layerCount();
    for (int step = 1; step < layers; ++step) {
        const int l = down ? step : layers - 1 - step;
        const int fixed = down ? l - 1 : l + 1;
        const double fixedScale = 1.0 / double(std::max<size_t>(1, (*order)[size_t(fixed)].size()));
        auto &members = (*order)[size_t(l)];
        const double ownScale = 1.0 / double(std::max<size_t>(1, members.size()));
        keyed->clear();
        for (int v : members) {
            const std::span<const int> neighbours = down ? graph.above(v) : graph.below(v);
            double key = ((*rank)[size_t(v)] + 0.5) * ownScale;
            if (!neighbours.empty()) {
                double sum = 0;
                for (int n : neighbours)
                    sum += (*rank)[size_t(n)] + 0.5;
                key = sum / double(neighbours.size()) * fixedScale;
            }
            keyed->emplace_back(key, v);
        }
        // Equal keys keep the current order: the pair compares the current rank second.
        std::sort(keyed->begin(), keyed->end(), [&](const auto &a, const auto &b) {
            if (a.first != b.first)
                return a.first < b.first;
            return (*rank)[size_t(a.second)] < (*rank)[size_t(b.second)];
        });
        for (size_t i = 0; i < keyed->size(); ++i) {
            members[i] = (*keyed)[i].second;
            (*rank)[size_t(members[i])] = int(i);
        }
        if (members.size() <= ExchangeLayerLimit)
            exchange(graph, &members, rank, a, b);
    }
}

} // namespace

std::int64_t CrossingReduction::crossings(const ProperLayering &graph, const Order &order)
{
    const std::vector<int> rank = ranksOf(graph, order);
    std::vector<int> tree, ends;
    std::int64_t total = 0;
    for (size_t l = 0; l + 1 < order.size(); ++l)
        total += crossingsBelow(graph, order, rank, l, &tree, &ends);
    return total;
}

CrossingReduction::Order CrossingReduction::order(const ProperLayering &graph, int rounds,
                                                  std::int64_t *crossings)
{
    Order current = depthFirstOrder(graph);
    std::vector<int> rank = ranksOf(graph, current);
    Order best = current;
    std::int64_t fewest = CrossingReduction::crossings(graph, current);
    std::vector<std::pair<double, int>> keyed;
    std::vector<int> a, b;
    for (int round = 0, idle = 0; round < rounds && fewest > 0 && idle < RoundsWithoutGain;
         ++round) {
        ++idle;
        for (bool down : {true, false}) {
            sweep(graph, down, &current, &rank, &keyed, &a, &b);
            const std::int64_t now = CrossingReduction::crossings(graph, current);
            if (now < fewest) {
                fewest = now;
                best = current;
                idle = 0;
            }
        }
    }
    if (crossings)
        *crossings = fewest;
    return best;
}

} // namespace converge
