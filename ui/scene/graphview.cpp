#include "scene/graphview.h"

#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace converge {

namespace {
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
    // Items pad their bounding rectangles for pen and arrowhead themselves.
    setOptimizationFlag(DontAdjustForAntialiasing, true);
    setBackgroundRole(QPalette::Base);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    applyMode(scene->mode());
    connect(scene, &GraphScene::modeChanged, this, &GraphView::applyMode);
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::zoomIn()
{
    scaleBy(ZoomStep);
}

void GraphView::zoomOut()
{
    scaleBy(1 / ZoomStep);
}

void GraphView::fitToWindow()
{
    if (!scene() || sceneRect().isEmpty())
        return;
    fitInView(sceneRect(), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        resetZoom();
    else if (zoom() < MinZoom)
        scaleBy(MinZoom / zoom());
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

void GraphView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, MinZoom, MaxZoom);
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
