#include "scene/edgeitem.h"

#include "scene/themecolours.h"

#include <QGraphicsScene>
#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace converge {

namespace {
constexpr qreal PenWidth = 1.4;
constexpr qreal HighlightPenWidth = 2.6;
constexpr qreal ArrowHalfWidth = 4.5;
// Below this scale (a 36-point box is under 7 pixels tall) edges are drawn as hairlines.
constexpr qreal OverviewLevelOfDetail = 0.2;
// Clicks near a thin line should still hit it.
constexpr qreal PickWidth = 8;
} // namespace

EdgeItem::EdgeItem(EdgeId id) : m_id(id)
{
    // Edges sit under nodes so that arrowheads touching a box never cover its label.
    setZValue(-1);
    setAcceptHoverEvents(false);
    setFlag(ItemIsSelectable);
}

void EdgeItem::setGeometry(const GraphLayout::Edge &edge)
{
    m_edge = edge;
    updateGeometry();
}

void EdgeItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    // Above the other edges where they cross, still under the nodes.
    setZValue(highlighted ? -0.5 : -1);
    update();
}

void EdgeItem::updateGeometry()
{
    prepareGeometryChange();
    m_path = QPainterPath();
    m_arrow.clear();
    const std::vector<QPointF> &points = m_edge.spline;
    if (!points.empty()) {
        m_path.moveTo(points.front());
        for (size_t i = 1; i + 2 < points.size(); i += 3)
            m_path.cubicTo(points[i], points[i + 1], points[i + 2]);
    }
    m_overview.clear();
    for (size_t i = 0; i < points.size(); i += 3)
        m_overview << points[i];
    if (m_edge.hasArrowHead && !points.empty()) {
        const QPointF base = points.back();
        QLineF axis(base, m_edge.arrowTip);
        // A tip on the spline's end gives no direction: take it from the last control point.
        if (axis.length() < 0.5 && points.size() >= 2) {
            axis = QLineF(points[points.size() - 2], base);
            axis.translate(base - axis.p1());
            axis.setLength(10);
        }
        const QLineF normal = axis.normalVector().unitVector();
        const QPointF offset = (normal.p2() - normal.p1()) * ArrowHalfWidth;
        m_arrow << axis.p2() << base + offset << base - offset;
    }
    const qreal pad = HighlightPenWidth + ArrowHalfWidth;
    m_bounds = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-pad, -pad, pad, pad);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(PickWidth);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(m_arrow);
    return shape;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    // Text colour mixed towards the background: visible in light and dark palettes, quieter
    // than the node labels.
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    // A selected edge (the editor makes edges selectable, to delete them) looks highlighted.
    const bool strong = m_highlighted || isSelected();
    QColor colour = strong ? palette.color(QPalette::Highlight) : text;
    if (!strong) {
        colour = mixColours(text, base, 0.4);
    }
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < OverviewLevelOfDetail) {
        // Zoomed far out over thousands of edges: a hairline through the on-curve points costs
        // a fraction of an antialiased spline, and at this scale looks the same.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(colour, 0));
        painter->drawPolyline(m_overview);
        return;
    }
    QPen pen(colour, strong ? HighlightPenWidth : PenWidth);
    pen.setCosmetic(false);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (!m_arrow.isEmpty()) {
        painter->setPen(QPen(colour, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(colour);
        painter->drawPolygon(m_arrow);
    }
}

} // namespace converge
