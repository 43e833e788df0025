#include "layout/neighbourexchange.h"

#include "layout/properlayering.h"

#include <algorithm>

namespace converge {

namespace {

/// Passes per call. On bench_sugiyama's DAGs the exchange took a fifth off the crossings the
/// barycentres leave; passes past four rarely swapped anything.
constexpr int Passes = 4;

} // namespace

void NeighbourExchange::count(int left, int right, bool up, std::int64_t *kept,
                              std::int64_t *swapped) const
{
    const size_t side = up ? 0 : 1;
    const int *a = m_ends.data() + m_start[2 * size_t(left) + side];
    const int *aEnd = m_ends.data() + m_start[2 * size_t(left) + side + 1];
    const int *b = m_ends.data() + m_start[2 * size_t(right) + side];
    const int *bEnd = m_ends.data() + m_start[2 * size_t(right) + side + 1];
    const std::int64_t bSize = bEnd - b;
    const int *less = b, *notMore = b; // first of b not below, not at or below, x
    for (; a != aEnd; ++a) {
        while (less != bEnd && *less < *a)
            ++less;
        notMore = std::max(notMore, less);
        while (notMore != bEnd && *notMore <= *a)
            ++notMore;
        *kept += less - b;                 // b left of a: they cross as drawn
        *swapped += bSize - (notMore - b); // b right of a: they cross once swapped
    }
}

void NeighbourExchange::run(std::vector<int> *members, std::vector<int> *rank)
{
    const size_t size = members->size();
    m_start.assign(2 * size + 1, 0);
    m_ends.clear();
    m_slot.resize(size);
    for (size_t i = 0; i < size; ++i) {
        m_slot[i] = int(i);
        for (bool up : {true, false}) {
            const auto begin = m_ends.size();
            const int v = (*members)[i];
            for (int n : up ? m_graph.above(v) : m_graph.below(v))
                m_ends.push_back((*rank)[size_t(n)]);
            std::sort(m_ends.begin() + std::ptrdiff_t(begin), m_ends.end());
            m_start[2 * i + (up ? 1 : 2)] = int(m_ends.size());
        }
    }
    for (int pass = 0; pass < Passes; ++pass) {
        const bool sideways = pass % 2 == 1;
        bool gained = false;
        for (size_t i = 0; i + 1 < size; ++i) {
            std::int64_t kept = 0, swapped = 0;
            count(m_slot[i], m_slot[i + 1], true, &kept, &swapped);
            count(m_slot[i], m_slot[i + 1], false, &kept, &swapped);
            if (swapped < kept || (sideways && swapped == kept && kept > 0)) {
                std::swap((*members)[i], (*members)[i + 1]);
                std::swap(m_slot[i], m_slot[i + 1]);
                (*rank)[size_t((*members)[i])] = int(i);
                (*rank)[size_t((*members)[i + 1])] = int(i + 1);
                gained = gained || swapped < kept;
            }
        }
        if (!gained && !sideways)
            break;
    }
}

} // namespace converge
