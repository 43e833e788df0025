#include "layout/layoutplan.h"

#include "layout/layeredlayout.h"
#include "layout/layoutcomponents.h"
#include "layout/rankplacement.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QIODevice>

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
        const QString engine = GraphvizLayout::chooseEngine(part, &note);
        // Only an engine the user named is refused: the automatic choice avoids refusals.
        if (const QString refusal = GraphvizLayout::refusalFor(part, engine); !refusal.isEmpty()) {
            if (error)
                *error = refusal;
            return std::nullopt;
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
        } else if (piece.engine == LayeredEngine) {
            layouts.push_back(LayeredLayout::place(piece.input));
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

namespace {

/// First in every serialized plan: a helper from another build refuses the plan instead of
/// misreading it.
constexpr quint32 PlanFormat = 0x434c5001;

bool isDirection(qint32 value)
{
    return value == qint32(LayoutDirection::TopToBottom) ||
           value == qint32(LayoutDirection::LeftToRight);
}

QDataStream &operator<<(QDataStream &out, const GraphvizLayout::Input &input)
{
    out << input.options.engine << qint32(input.options.direction) << input.options.automaticEngine
        << quint64(input.nodes.size());
    for (const GraphvizLayout::Input::Node &node : input.nodes)
        out << node.id << node.size;
    out << quint64(input.edges.size());
    for (const GraphvizLayout::Input::Edge &edge : input.edges)
        out << edge.id << edge.from << edge.to;
    return out;
}

QDataStream &operator>>(QDataStream &in, GraphvizLayout::Input &input)
{
    qint32 direction = 0;
    quint64 count = 0;
    in >> input.options.engine >> direction >> input.options.automaticEngine >> count;
    if (!isDirection(direction))
        in.setStatus(QDataStream::ReadCorruptData);
    input.options.direction = LayoutDirection(direction);
    // Every element takes bytes: a count larger than what is left is a corrupt stream.
    for (quint64 i = 0; i < count && in.status() == QDataStream::Ok && !in.atEnd(); ++i) {
        GraphvizLayout::Input::Node node;
        in >> node.id >> node.size;
        input.nodes.push_back(node);
    }
    in >> count;
    for (quint64 i = 0; i < count && in.status() == QDataStream::Ok && !in.atEnd(); ++i) {
        GraphvizLayout::Input::Edge edge;
        in >> edge.id >> edge.from >> edge.to;
        input.edges.push_back(edge);
    }
    return in;
}

} // namespace

QByteArray LayoutPlan::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << PlanFormat << qint32(m_direction) << m_engine << m_note << quint64(m_pieces.size());
    for (const Piece &piece : m_pieces)
        out << piece.engine << piece.input;
    return bytes;
}

std::optional<LayoutPlan> LayoutPlan::fromBytes(const QByteArray &bytes)
{
    QDataStream in(bytes);
    quint32 format = 0;
    qint32 direction = 0;
    quint64 count = 0;
    LayoutPlan plan;
    in >> format >> direction >> plan.m_engine >> plan.m_note >> count;
    if (format != PlanFormat || !isDirection(direction))
        return std::nullopt;
    plan.m_direction = LayoutDirection(direction);
    for (quint64 i = 0; i < count && in.status() == QDataStream::Ok && !in.atEnd(); ++i) {
        Piece piece;
        in >> piece.engine >> piece.input;
        plan.m_pieces.push_back(std::move(piece));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd() || plan.m_pieces.size() != count)
        return std::nullopt;
    return plan;
}

QString LayoutPlan::describe(const Failure &failure)
{
    return tr("Graphviz could not lay out the graph with %1: %2")
        .arg(failure.engine, failure.graphvizText);
}

} // namespace converge
