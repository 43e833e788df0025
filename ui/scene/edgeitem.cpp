#include "scene/edgeitem.h"

#include "scene/nodeitem.h"
#include "scene/scenesketch.h"
#include "scene/themecolours.h"

#include <QGraphicsScene>
#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace converge {

namespace {
constexpr qreal PenWidth = 1.4;
constexpr qreal HighlightPenWidth = 2.6;
constexpr qreal ArrowHalfWidth = 4.5;
// Below this scale (a 36-point box is under 7 pixels tall) edges are drawn as hairlines.
constexpr qreal OverviewLevelOfDetail = NodeItem::OverviewZoom;
// Clicks near a thin line should still hit it.
constexpr qreal PickWidth = 8;
// An edge whose extent is this many times the repainted area in either direction is drawn
// only where it crosses that area (see paint()).
constexpr qreal LongEdgeRatio = 4;
// Curves are cut into segments fine enough for this zoom, so they stay round when zoomed in.
constexpr qreal FlatteningScale = 4;

/// line clipped to rect (Liang-Barsky); false when no part of it is inside.
bool clip(QLineF &line, const QRectF &rect)
{
    const QPointF d = line.p2() - line.p1();
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal p[] = {-d.x(), d.x(), -d.y(), d.y()};
    const qreal q[] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                       rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    line = QLineF(line.p1() + d * t0, line.p1() + d * t1);
    return true;
}
} // namespace

EdgeItem::EdgeItem(EdgeId id) : m_id(id)
{
    // Edges sit under nodes so that arrowheads touching a box never cover its label.
    setZValue(-1);
    setAcceptHoverEvents(false);
    setFlag(ItemIsSelectable);
    // paint() needs the exposed rectangle to draw only the visible part of a long edge.
    setFlag(ItemUsesExtendedStyleOption);
}

EdgeItem::~EdgeItem()
{
    if (m_sketch)
        m_sketch->dropEdge(m_id);
}

void EdgeItem::setSketch(SceneSketch *sketch)
{
    m_sketch = sketch;
    this->sketch();
}

void EdgeItem::sketch() const
{
    if (m_sketch)
        m_sketch->setEdge(m_id, m_overview, m_bounds, isStrong(), isVisible());
}

QVariant EdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemVisibleHasChanged || change == ItemSelectedHasChanged)
        sketch();
    return QGraphicsItem::itemChange(change, value);
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
    sketch();
    update();
}

void EdgeItem::setProblem(bool problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    update();
}

void EdgeItem::updateGeometry()
{
    prepareGeometryChange();
    m_path = QPainterPath();
    m_segments.clear();
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
    sketch();
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

QColor EdgeItem::colour(const QPalette &palette, bool strong)
{
    // A selected edge (the editor makes edges selectable, to delete them) looks highlighted.
    // Otherwise text colour mixed towards the background: visible in light and dark palettes,
    // quieter than the node labels.
    if (strong)
        return palette.color(QPalette::Highlight);
    return mixColours(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const bool strong = isStrong();
    // A problem edge is red unless it is selected or highlighted.
    const QColor colour =
        m_problem && !strong ? QColor(0xc0, 0x1c, 0x28) : EdgeItem::colour(palette, strong);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < OverviewLevelOfDetail) {
        // Zoomed far out over thousands of edges: a hairline through the on-curve points costs
        // a fraction of an antialiased spline, and at this scale looks the same.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(colour, 0));
        painter->drawPolyline(m_overview);
        return;
    }
    QPen pen(colour, strong || m_problem ? HighlightPenWidth : PenWidth);
    pen.setCosmetic(false);
    if (m_problem)
        pen.setStyle(Qt::DashLine);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF exposed = option->exposedRect.adjusted(-PenWidth, -PenWidth, PenWidth, PenWidth);
    const QRectF extent = m_path.controlPointRect();
    if (extent.width() > LongEdgeRatio * exposed.width() ||
        extent.height() > LongEdgeRatio * exposed.height()) {
        // Stroking a spline tens of thousands of points long costs the same however little of
        // it shows: after a node moved, its long edges took 15 ms of every repaint. Only the
        // segments that cross the repainted area are drawn.
        drawSegmentsIn(painter, exposed);
    } else {
        painter->drawPath(m_path);
    }
    if (!m_arrow.isEmpty()) {
        painter->setPen(QPen(colour, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(colour);
        painter->drawPolygon(m_arrow);
    }
}

void EdgeItem::drawSegmentsIn(QPainter *painter, const QRectF &rect) const
{
    if (m_segments.isEmpty()) {
        const QTransform fine = QTransform::fromScale(FlatteningScale, FlatteningScale);
        for (const QPolygonF &polygon : m_path.toSubpathPolygons(fine))
            m_segments += fine.inverted().map(polygon);
    }
    QList<QLineF> visible;
    for (qsizetype i = 1; i < m_segments.size(); ++i) {
        QLineF line(m_segments[i - 1], m_segments[i]);
        if (clip(line, rect))
            visible.append(line);
    }
    painter->drawLines(visible);
}

} // namespace converge
