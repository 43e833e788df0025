#include "layout/layoutplan.h"

#include "layout/layoutcomponents.h"
#include "layout/rankplacement.h"

#include <QElapsedTimer>

namespace converge {

std::optional<LayoutPlan> LayoutPlan::make(const GraphvizLayout::Input &input, QString *error)
{
    LayoutPlan plan;
    plan.m_direction = input.options.direction;
    // Resources without edges need no engine: the one asked for stands unless a piece needed
    // another.
    plan.m_engine = GraphvizLayout::engines().contains(input.options.engine)
                        ? input.options.engine
                        : QStringLiteral("dot");
    qsizetype largest = 0;
    for (GraphvizLayout::Input &part : LayoutComponents::split(input)) {
        if (part.edges.empty()) {
            plan.m_pieces.push_back({std::move(part), QString::fromUtf16(GridEngine)});
            continue;
        }
        QString note;
        QString engine = GraphvizLayout::chooseEngine(part, &note);
        if (const QString refusal = GraphvizLayout::refusalFor(part, engine); !refusal.isEmpty()) {
            if (!part.options.automaticEngine) {
                if (error)
                    *error = refusal;
                return std::nullopt;
            }
            // Too big even for sfdp (a 20,000-resource chain took 22 s, 50,000 over 100 s).
            engine = QString::fromUtf16(RankEngine);
            note = tr("%n resources: placed in ranks by Converge, as every Graphviz engine "
                      "would take minutes",
                      nullptr, int(part.nodes.size()));
        }
        if (qsizetype(part.nodes.size()) > largest) {
            largest = qsizetype(part.nodes.size());
            plan.m_engine = engine;
            plan.m_note = note;
        }
        plan.m_pieces.push_back({std::move(part), engine});
    }
    return plan;
}

std::optional<GraphLayout> LayoutPlan::execute(Failure *failure) const
{
    QElapsedTimer timer;
    timer.start();
    std::vector<GraphLayout> layouts;
    layouts.reserve(m_pieces.size());
    for (const Piece &piece : m_pieces) {
        if (piece.engine == GridEngine) {
            layouts.push_back(LayoutComponents::grid(piece.input));
        } else if (piece.engine == RankEngine) {
            layouts.push_back(RankPlacement::place(piece.input));
        } else {
            QString text;
            std::optional<GraphLayout> layout =
                GraphvizLayout::layoutConnected(piece.input, piece.engine, &text);
            if (!layout) {
                if (failure)
                    *failure = {piece.engine, text};
                return std::nullopt;
            }
            layouts.push_back(std::move(*layout));
        }
    }
    GraphLayout result = LayoutComponents::pack(std::move(layouts), m_direction);
    result.engine = m_engine;
    result.note = m_note;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

QString LayoutPlan::describe(const Failure &failure)
{
    return tr("Graphviz could not lay out the graph with %1: %2")
        .arg(failure.engine, failure.graphvizText);
}

} // namespace converge
