#include "scene/groupedgeitem.h"

#include "scene/edgeitem.h"

#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPolygonF>

#include <cmath>

namespace converge {

namespace {
constexpr qreal ArrowLength = 10;
constexpr qreal ArrowHalfWidth = 5;
// Room for the count label around the middle of the line.
constexpr qreal LabelPad = 40;

/// Where the segment from the centre of box towards outside leaves box.
QPointF borderPoint(const QRectF &box, QPointF outside)
{
    const QPointF c = box.center();
    const QPointF d = outside - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal tx = qFuzzyIsNull(d.x()) ? 1e9 : (box.width() / 2) / std::abs(d.x());
    const qreal ty = qFuzzyIsNull(d.y()) ? 1e9 : (box.height() / 2) / std::abs(d.y());
    return c + d * std::min({tx, ty, 1.0});
}
} // namespace

GroupEdgeItem::GroupEdgeItem(const QRectF &fromBox, const QRectF &toBox, int count)
{
    // Under the boxes, like the edges it stands for.
    setZValue(-1);
    setGeometry(fromBox, toBox, count);
}

void GroupEdgeItem::setGeometry(const QRectF &fromBox, const QRectF &toBox, int count)
{
    prepareGeometryChange();
    m_line = QLineF(borderPoint(fromBox, toBox.center()), borderPoint(toBox, fromBox.center()));
    m_count = count;
    m_bounds = QRectF(m_line.p1(), m_line.p2())
                   .normalized()
                   .adjusted(-LabelPad, -LabelPad, LabelPad, LabelPad);
}

QRectF GroupEdgeItem::boundingRect() const
{
    return m_bounds;
}

void GroupEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    // The quiet colour of edges: strong is for a selection's edges, and these are only many.
    const QColor colour = EdgeItem::colour(palette, false);
    // Heavier when it stands for many edges, so bundles read as bundles.
    const qreal width = std::min(1.5 + std::log2(qreal(m_count)), 6.0);
    painter->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap));
    if (m_line.length() < ArrowLength)
        return;
    const QPointF unit = (m_line.p2() - m_line.p1()) / m_line.length();
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = m_line.p2() - unit * ArrowLength;
    painter->drawLine(m_line.p1(), base);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(
        QPolygonF({m_line.p2(), base + normal * ArrowHalfWidth, base - normal * ArrowHalfWidth}));
    if (m_count < 2)
        return;
    const QString text = QStringLiteral("\u00d7") + QLocale().toString(m_count);
    QFont font = scene() ? scene()->font() : QFont();
    font.setBold(true);
    painter->setFont(font);
    const QRectF label(m_line.center() - QPointF(LabelPad, 10), QSizeF(2 * LabelPad, 20));
    painter->setPen(palette.color(QPalette::Text));
    painter->setBrush(palette.color(QPalette::Base));
    const QRectF tight = painter->boundingRect(label, Qt::AlignCenter, text).adjusted(-3, -1, 3, 1);
    painter->drawRoundedRect(tight, 4, 4);
    painter->drawText(label, Qt::AlignCenter, text);
}

} // namespace converge
