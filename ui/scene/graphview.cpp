#include "scene/graphview.h"

#include "scene/detailrenderer.h"
#include "scene/nodeitem.h"
#include "scene/overviewrenderer.h"

#include <QPaintEvent>
#include <QPainter>
#include <QRubberBand>
#include <QStyleOptionRubberBand>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace converge {

namespace {
// The zoom-out limit for drawings that fit at this zoom or larger; a larger drawing may be
// zoomed out to half of what fits it, so Fit to Window is always reachable.
constexpr qreal MinZoom = 0.02;
constexpr qreal MaxZoom = 8.0;
constexpr qreal ZoomStep = 1.25;
} // namespace

GraphView::GraphView(GraphScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Running borders repaint a handful of small rectangles per frame: repaint just those.
    setViewportUpdateMode(SmartViewportUpdate);
    // Repainted rectangles keep Qt's two-pixel margin: far out, a node is drawn a few pixels
    // larger than its box (NodeItem::paint()), and the margin covers that when it changes state.
    setBackgroundRole(QPalette::Base);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    // This view paints the items itself (paintEvent()), so Qt never learns where it drew
    // them. Listening to changed() makes the scene report every change as scene rectangles,
    // the item's old place included, which the view repaints.
    connect(scene, &QGraphicsScene::changed, this, [] {});
    applyMode(scene->mode());
    connect(scene, &GraphScene::modeChanged, this, &GraphView::applyMode);
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::zoomIn()
{
    scaleAroundCentre(ZoomStep);
}

void GraphView::zoomOut()
{
    scaleAroundCentre(1 / ZoomStep);
}

void GraphView::scaleAroundCentre(qreal factor)
{
    // Under the mouse, Ctrl++ zoomed towards wherever the pointer last moved, or towards the
    // scene's corner when it had not moved since the window opened.
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(factor);
    setTransformationAnchor(anchor);
}

qreal GraphView::fittingZoom(const QRectF &rect) const
{
    if (rect.isEmpty())
        return 1.0;
    // The viewport without scroll bars: a fitted drawing needs none.
    // Two pixels less each way: QGraphicsView rounds the scaled drawing out to whole pixels, and
    // one that rounds up to the full width scrolls instead of being centred.
    const QSize area = maximumViewportSize() - QSize(2, 2);
    return std::min(area.width() / rect.width(), area.height() / rect.height());
}

qreal GraphView::minimumZoom() const
{
    return std::min(MinZoom, fittingZoom() / 2);
}

void GraphView::fitToWindow()
{
    if (scene())
        showArea(sceneRect());
}

void GraphView::showArea(const QRectF &area)
{
    if (area.isEmpty())
        return;
    // Not fitInView(): it measures the viewport while the scroll bars still take room and keeps
    // a margin, and the old zoom limit clamped large drawings; this scale shows all of the
    // area, centred, never enlarged beyond 100%.
    const qreal target = std::min(fittingZoom(area), 1.0);
    setTransform(QTransform::fromScale(target, target));
    centerOn(area.center());
    emit zoomChanged(zoom());
}

void GraphView::resetZoom()
{
    const QPointF centre = mapToScene(viewport()->rect().center());
    setTransform(QTransform());
    centerOn(centre);
    emit zoomChanged(zoom());
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event); // scroll sideways/vertically as usual
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // One notch (120) is one zoom step; touchpads send smaller deltas for smoother zoom.
    scaleBy(std::pow(ZoomStep, delta / 120.0));
    event->accept();
}

void GraphView::paintEvent(QPaintEvent *event)
{
    auto *graph = static_cast<GraphScene *>(scene());
    if (!graph) {
        QGraphicsView::paintEvent(event);
        return;
    }
    // QGraphicsView's own bookkeeping for a paint happens in viewportEvent(), before this.
    QPainter painter(viewport());
    painter.setClipRegion(event->region());
    painter.setWorldTransform(viewportTransform());
    const bool farOut = zoom() < NodeItem::OverviewZoom;
    if (!farOut)
        painter.setRenderHints(renderHints());
    // Far out a node is drawn a few pixels larger than its box; closer, antialiased lines
    // reach into the two pixels Qt adds around what it repaints.
    const qreal spill = (farOut ? 4 : 2) / zoom();
    const QRectF exposed =
        mapToScene(event->rect()).boundingRect().adjusted(-spill, -spill, spill, spill);
    drawBackground(&painter, exposed);
    const std::vector<QGraphicsItem *> &others = m_others.of(*graph);
    if (farOut)
        OverviewRenderer::paint(&painter, *graph, others, exposed, viewport());
    else
        DetailRenderer::paint(&painter, *graph, graph->grid(), others, exposed, viewport());
    painter.setWorldTransform(viewportTransform());
    drawForeground(&painter, exposed);
    if (rubberBandRect().isEmpty())
        return;
    painter.resetTransform();
    QStyleOptionRubberBand option;
    option.initFrom(viewport());
    option.rect = rubberBandRect();
    option.shape = QRubberBand::Rectangle;
    style()->drawControl(QStyle::CE_RubberBand, &option, &painter, viewport());
}

void GraphView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, std::min(minimumZoom(), zoom()), MaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    scale(target / zoom(), target / zoom());
    emit zoomChanged(zoom());
}

void GraphView::applyMode(GraphScene::Mode mode)
{
    setDragMode(mode == GraphScene::Mode::SelectArea ? RubberBandDrag : ScrollHandDrag);
}

} // namespace converge
