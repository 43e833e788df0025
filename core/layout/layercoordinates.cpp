#include "layout/layercoordinates.h"

#include "layout/properlayering.h"

#include <algorithm>
#include <limits>

namespace converge {

namespace {

/// Passes over the layers, alternately down and up. Each pass listens to both sides of a layer:
/// passes that listened to the layer just placed only sheared the drawing a little more each
/// time (2,000 resources: 4,500 pt wide after one, 6,200 after nine, edges no shorter). Each
/// pass after the first shortens edges a little and widens the drawing a little: five was the
/// balance on bench_sugiyama's drawings.
constexpr int Passes = 5;
/// How hard a bend of a long edge holds to its neighbours compared with a box to one of its
/// neighbours: long edges are the ones a reader follows across the drawing, so they go straight,
/// and hardest between two bends (where nothing but the line itself pulls).
constexpr double BendWeight = 8.0;
constexpr double InnerBendWeight = 256.0;
/// The wish of a vertex without neighbours on the layer consulted: stay, but give way to anyone.
constexpr double LoneWeight = 1e-3;

struct Block
{
    double weight = 0;   ///< sum of the members' weights
    double weighted = 0; ///< sum of weight * target
    size_t end = 0;      ///< one past the last member
    double mean() const { return weighted / weight; }
};

class Placer
{
public:
    Placer(const ProperLayering &graph, const CrossingReduction::Order &order,
           std::span<const double> width, double gap)
        : m_graph(graph), m_order(order), m_width(width), m_gap(gap),
          m_x(size_t(graph.vertexCount()), 0.0)
    {}

    std::vector<double> run()
    {
        for (const auto &members : m_order) {
            // Packed tight and centred on 0, so the first pass starts from a balanced drawing.
            double x = 0;
            for (size_t i = 0; i < members.size(); ++i) {
                if (i > 0)
                    x += separation(members[i - 1], members[i]);
                m_x[size_t(members[i])] = x;
            }
            for (int v : members)
                m_x[size_t(v)] -= x / 2;
        }
        const int layers = int(m_order.size());
        for (int pass = 0; pass < Passes; ++pass) {
            const bool down = pass % 2 == 0;
            for (int step = 0; step < layers; ++step)
                fit(down ? step : layers - 1 - step);
        }
        straightenBends();
        double left = std::numeric_limits<double>::infinity();
        for (size_t v = 0; v < m_x.size(); ++v)
            left = std::min(left, m_x[v] - m_width[v] / 2);
        for (double &x : m_x)
            x -= left;
        return std::move(m_x);
    }

private:
    /// Lines up the bends of each long edge in one column where the room beside them allows:
    /// the passes leave them drifting a little, layer by layer, where the edge runs beside
    /// boxes that pull the other way. Each run of bends moves within the gaps its layers'
    /// neighbours leave, so order and spacing stay as they were.
    void straightenBends()
    {
        std::vector<int> rank(m_x.size(), 0);
        for (const auto &members : m_order) {
            for (size_t i = 0; i < members.size(); ++i)
                rank[size_t(members[i])] = int(i);
        }
        std::vector<int> run;
        for (int first = m_graph.originalCount(); first < m_graph.vertexCount(); ++first) {
            if (m_graph.isDummy(m_graph.above(first)[0]))
                continue; // not where the run starts
            run.clear();
            for (int v = first; m_graph.isDummy(v); v = m_graph.below(v)[0])
                run.push_back(v);
            double lowest = -std::numeric_limits<double>::infinity();
            double highest = std::numeric_limits<double>::infinity(), sum = 0;
            for (int v : run) {
                const auto &members = m_order[size_t(m_graph.layerOf(v))];
                const size_t i = size_t(rank[size_t(v)]);
                if (i > 0)
                    lowest = std::max(lowest,
                                      m_x[size_t(members[i - 1])] + separation(members[i - 1], v));
                if (i + 1 < members.size())
                    highest = std::min(highest,
                                       m_x[size_t(members[i + 1])] - separation(v, members[i + 1]));
                sum += m_x[size_t(v)];
            }
            if (lowest > highest)
                continue; // no column is free on every layer
            const double column = std::clamp(sum / double(run.size()), lowest, highest);
            for (int v : run)
                m_x[size_t(v)] = column;
        }
    }

    double separation(int left, int right) const
    {
        const bool boxes = !m_graph.isDummy(left) && !m_graph.isDummy(right);
        return (m_width[size_t(left)] + m_width[size_t(right)]) / 2 + (boxes ? m_gap : m_gap / 2);
    }

    /// Places layer l as close as its spacing allows to where its vertices' neighbours above
    /// and below pull them.
    void fit(int l)
    {
        const auto &members = m_order[size_t(l)];
        if (members.empty())
            return;
        m_blocks.clear();
        double offset = 0; // cumulative spacing from the layer's first vertex
        for (size_t i = 0; i < members.size(); ++i) {
            const int v = members[i];
            if (i > 0)
                offset += separation(members[i - 1], v);
            double sum = 0;
            size_t count = 0;
            bool bendToBend = false;
            for (bool up : {true, false}) {
                for (int n : up ? m_graph.above(v) : m_graph.below(v)) {
                    sum += m_x[size_t(n)];
                    ++count;
                    bendToBend = bendToBend || m_graph.isDummy(n);
                }
            }
            const double wish = count > 0 ? sum / double(count) : m_x[size_t(v)];
            double weight = double(count);
            if (count == 0)
                weight = LoneWeight;
            else if (m_graph.isDummy(v))
                weight = bendToBend ? InnerBendWeight : BendWeight;
            // With every target less its offset, "order and spacing kept" becomes "targets
            // non-decreasing": pool adjacent blocks while the left one would sit right of its
            // neighbour.
            Block block{weight, weight * (wish - offset), i + 1};
            while (!m_blocks.empty() && m_blocks.back().mean() >= block.mean()) {
                block.weight += m_blocks.back().weight;
                block.weighted += m_blocks.back().weighted;
                m_blocks.pop_back();
            }
            m_blocks.push_back(block);
        }
        size_t i = 0;
        offset = 0;
        for (const Block &block : m_blocks) {
            const double base = block.mean();
            for (; i < block.end; ++i) {
                if (i > 0)
                    offset += separation(members[i - 1], members[i]);
                m_x[size_t(members[i])] = base + offset;
            }
        }
    }

    const ProperLayering &m_graph;
    const CrossingReduction::Order &m_order;
    std::span<const double> m_width;
    double m_gap;
    std::vector<double> m_x;
    std::vector<Block> m_blocks;
};

} // namespace

std::vector<double> LayerCoordinates::place(const ProperLayering &graph,
                                            const CrossingReduction::Order &order,
                                            std::span<const double> width, double gap)
{
    return Placer(graph, order, width, gap).run();
}

} // namespace converge
