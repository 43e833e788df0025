#include "layout/layoutcodec.h"

#include <QDataStream>
#include <QIODevice>

namespace converge {

namespace {

constexpr quint8 ResultLayout = 1;
constexpr quint8 ResultError = 2;

} // namespace

QByteArray LayoutCodec::encode(const std::optional<GraphLayout> &layout,
                               const LayoutPlan::Failure &failure)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    if (!layout) {
        out << ResultError << failure.engine << failure.graphvizText;
        return bytes;
    }
    out << ResultLayout << layout->bounds << layout->engine << layout->note << layout->seconds
        << quint64(layout->nodes.size());
    for (const GraphLayout::Node &node : layout->nodes)
        out << node.id << node.centre << node.size;
    out << quint64(layout->edges.size());
    for (const GraphLayout::Edge &edge : layout->edges) {
        out << edge.id << edge.hasArrowHead << edge.arrowTip << quint64(edge.spline.size());
        for (const QPointF &point : edge.spline)
            out << point;
    }
    return bytes;
}

bool LayoutCodec::decode(const QByteArray &bytes, std::optional<GraphLayout> *layout,
                         LayoutPlan::Failure *failure)
{
    QDataStream in(bytes);
    quint8 kind = 0;
    in >> kind;
    if (kind == ResultError) {
        in >> failure->engine >> failure->graphvizText;
        return in.status() == QDataStream::Ok && in.atEnd();
    }
    if (kind != ResultLayout)
        return false;
    GraphLayout result;
    quint64 count = 0;
    in >> result.bounds >> result.engine >> result.note >> result.seconds >> count;
    // Every element takes bytes: a count larger than what is left is a corrupt stream.
    for (quint64 i = 0; i < count && in.status() == QDataStream::Ok && !in.atEnd(); ++i) {
        GraphLayout::Node node;
        in >> node.id >> node.centre >> node.size;
        result.nodes.push_back(node);
    }
    in >> count;
    for (quint64 i = 0; i < count && in.status() == QDataStream::Ok && !in.atEnd(); ++i) {
        GraphLayout::Edge edge;
        quint64 points = 0;
        in >> edge.id >> edge.hasArrowHead >> edge.arrowTip >> points;
        for (quint64 j = 0; j < points && in.status() == QDataStream::Ok && !in.atEnd(); ++j) {
            QPointF point;
            in >> point;
            edge.spline.push_back(point);
        }
        result.edges.push_back(std::move(edge));
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return false;
    *layout = std::move(result);
    return true;
}

} // namespace converge
