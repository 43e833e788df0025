#include "scene/autoedgeoverlay.h"

#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <cmath>

namespace converge {

namespace {
constexpr qreal ArrowLength = 9;
constexpr qreal ArrowHalfWidth = 4;
constexpr qreal PenWidth = 1.2;

/// Where the line from the centre of rect towards target leaves rect.
QPointF borderPoint(const QRectF &rect, QPointF target)
{
    const QPointF c = rect.center();
    const QPointF d = target - c;
    const qreal sx = d.x() != 0 ? rect.width() / 2 / std::abs(d.x()) : 1e9;
    const qreal sy = d.y() != 0 ? rect.height() / 2 / std::abs(d.y()) : 1e9;
    return c + d * std::min({sx, sy, 1.0});
}
} // namespace

AutoEdgeOverlay::AutoEdgeOverlay()
{
    // Under the graph's edges (-1) and the nodes (0), above the critical path's halo (-2).
    setZValue(-1.5);
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(tr("Automatic edge: mgmt orders these resources by the path one of them "
                  "manages (meta autoedge)"));
}

void AutoEdgeOverlay::setArrows(const std::vector<Arrow> &arrows)
{
    prepareGeometryChange();
    m_lines = QPainterPath();
    m_heads.clear();
    for (const Arrow &arrow : arrows) {
        const QPointF start = borderPoint(arrow.from, arrow.to.center());
        const QPointF tip = borderPoint(arrow.to, arrow.from.center());
        QLineF line(start, tip);
        if (line.length() <= ArrowLength)
            continue; // overlapping boxes: nothing to point at
        line.setLength(line.length() - ArrowLength);
        m_lines.moveTo(start);
        m_lines.lineTo(line.p2());
        const QPointF along = (tip - line.p2()) / ArrowLength;
        const QPointF across(-along.y() * ArrowHalfWidth, along.x() * ArrowHalfWidth);
        m_heads.push_back(QPolygonF{tip, line.p2() + across, line.p2() - across, tip});
    }
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    m_shape = stroker.createStroke(m_lines);
    for (const QPolygonF &head : m_heads)
        m_shape.addPolygon(head);
    m_bounds = m_shape.boundingRect();
    update();
}

QRectF AutoEdgeOverlay::boundingRect() const
{
    return m_bounds;
}

QPainterPath AutoEdgeOverlay::shape() const
{
    return m_shape;
}

void AutoEdgeOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                            QWidget *widget)
{
    // The graph's own edges are solid in the text colour; these are dashed and quieter.
    const QColor colour = (widget ? widget->palette() : option->palette).color(QPalette::Mid);
    painter->setPen(QPen(colour, PenWidth, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_lines);
    painter->setPen(QPen(colour, PenWidth));
    painter->setBrush(colour);
    for (const QPolygonF &head : m_heads)
        painter->drawPolygon(head);
}

} // namespace converge
