#include "scene/danglingedgeitem.h"

#include "model/nodebox.h"
#include "scene/edgeitem.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QPainterPathStroker>
#include <QtMath>

namespace converge {

namespace {
const QColor ProblemRed(0xc0, 0x1c, 0x28); // the colour of EdgeItem's problem edges
constexpr qreal PenWidth = 2;
constexpr qreal ArrowLength = 9;
constexpr qreal ArrowHalfWidth = 4.5;

} // namespace

DanglingEdgeItem::DanglingEdgeItem(EdgeId id) : m_id(id)
{
    setFlag(ItemIsSelectable);
    // Under the nodes, like the edges, so a node over a placeholder stays clickable.
    setZValue(-1);
}

void DanglingEdgeItem::setGeometry(const End &from, const End &to)
{
    prepareGeometryChange();
    m_from = from;
    m_to = to;
    const QPointF tip = NodeBox::borderPoint(to.box, from.box.center());
    m_line = QLineF(NodeBox::borderPoint(from.box, to.box.center()), tip);
    m_arrow.clear();
    if (m_line.length() > ArrowLength) {
        const QLineF back = QLineF(tip, m_line.p1());
        const QPointF base = back.pointAt(ArrowLength / back.length());
        const QPointF across = QPointF(-back.dy(), back.dx()) / back.length() * ArrowHalfWidth;
        m_arrow << tip << base + across << base - across;
        m_line.setP2(base);
    }
    QPainterPath path;
    path.moveTo(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    m_shape = stroker.createStroke(path);
    m_shape.addPolygon(m_arrow);
    for (const End *end : {&m_from, &m_to}) {
        if (!end->missing.isEmpty())
            m_shape.addRect(end->box);
    }
}

QRectF DanglingEdgeItem::boundingRect() const
{
    return m_shape.boundingRect().adjusted(-PenWidth, -PenWidth, PenWidth, PenWidth);
}

QPainterPath DanglingEdgeItem::shape() const
{
    return m_shape;
}

void DanglingEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const QColor colour = isSelected() ? EdgeItem::colour(palette, true) : ProblemRed;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, PenWidth, Qt::DashLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(m_line);
    for (const End *end : {&m_from, &m_to}) {
        if (end->missing.isEmpty())
            continue;
        painter->setPen(QPen(colour, PenWidth, Qt::DashLine));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(end->box, 6, 6);
        painter->setPen(colour);
        painter->drawText(end->box, Qt::AlignCenter, end->missing);
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);
}

} // namespace converge
