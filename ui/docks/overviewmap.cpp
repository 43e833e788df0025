#include "docks/overviewmap.h"

#include "model/statepalette.h"
#include "scene/graphview.h"
#include "scene/groupcollapser.h"
#include "scene/groupitem.h"
#include "scene/nodeitem.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace converge {

namespace {
// Redraws of the dots while the scene changes: four a second reads as live, and at 100,000
// nodes each costs a few milliseconds.
constexpr int ThrottleMs = 250;
// A node that has run is at least this many pixels wide in the map, so one failed resource among
// 100,000 still shows; a pending one a single pixel, so a dense graph keeps its rows apart.
constexpr int DotPixels = 2;
constexpr int FramePixels = 2;

/// Fills rect, grown about its centre to at least least pixels each way.
void fillAtLeast(QPainter &painter, const QRectF &rect, qreal least, const QColor &colour)
{
    const QSizeF size(std::max(rect.width(), least), std::max(rect.height(), least));
    painter.fillRect(QRectF(rect.center() - QPointF(size.width() / 2, size.height() / 2), size),
                     colour);
}
} // namespace

OverviewMap::OverviewMap(GraphView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setMinimumSize(120, 90);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole graph: drag the rectangle or click to move the view"));
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(ThrottleMs);
    connect(&m_throttle, &QTimer::timeout, this, [this] {
        if (m_stale)
            redrawDots();
    });
    QGraphicsScene *scene = view->scene();
    connect(scene, &QGraphicsScene::changed, this, &OverviewMap::markStale);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, &OverviewMap::markStale);
    // The rectangle follows every scroll and zoom of the view at once.
    const auto follow = [this] {
        update();
    };
    connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, follow);
    connect(view->horizontalScrollBar(), &QScrollBar::rangeChanged, this, follow);
    connect(view->verticalScrollBar(), &QScrollBar::rangeChanged, this, follow);
    connect(view, &GraphView::zoomChanged, this, follow);
}

void OverviewMap::setGroups(const GroupCollapser *collapser)
{
    m_groups = collapser;
    connect(collapser, &GroupCollapser::collapsedChanged, this, &OverviewMap::markStale);
    markStale();
}

QSize OverviewMap::sizeHint() const
{
    return {240, 180};
}

QTransform OverviewMap::sceneToMap() const
{
    const QRectF scene = m_view->sceneRect();
    if (scene.isEmpty())
        return {};
    const QRectF area =
        QRectF(rect()).adjusted(FramePixels, FramePixels, -FramePixels, -FramePixels);
    const qreal scale = std::min(area.width() / scene.width(), area.height() / scene.height());
    const QPointF offset = area.center() - scene.center() * scale;
    return QTransform(scale, 0, 0, scale, offset.x(), offset.y());
}

QPointF OverviewMap::mapFromScene(QPointF scenePos) const
{
    return sceneToMap().map(scenePos);
}

QRectF OverviewMap::viewportRect() const
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return sceneToMap().mapRect(visible.intersected(m_view->sceneRect()));
}

void OverviewMap::markStale()
{
    // The first change draws at once; those within the next interval are drawn together
    // at its end.
    if (m_throttle.isActive()) {
        m_stale = true;
        return;
    }
    redrawDots();
    m_throttle.start();
}

void OverviewMap::redrawDots()
{
    m_stale = false;
    const qreal ratio = devicePixelRatioF();
    m_dots = QImage(size() * ratio, QImage::Format_ARGB32_Premultiplied);
    m_dots.setDevicePixelRatio(ratio);
    m_dots.fill(Qt::transparent);
    auto *scene = qobject_cast<GraphScene *>(m_view->scene());
    if (scene) {
        QPainter painter(&m_dots);
        const QTransform toMap = sceneToMap();
        const QColor pending = StatePalette::style(ResourceState::Pending).border;
        for (const NodeItem *node : scene->nodeItems()) {
            if (!node || !node->isVisible())
                continue;
            const QRectF box = toMap.mapRect(
                QRectF(node->pos() - QPointF(node->size().width() / 2, node->size().height() / 2),
                       node->size()));
            const qreal dot = node->state() == ResourceState::Pending ? 1 : DotPixels;
            const QColor colour = node->state() == ResourceState::Pending
                                      ? pending
                                      : StatePalette::style(node->state()).fill;
            fillAtLeast(painter, box, dot, colour);
        }
        // Above the dots: a box stands for its hidden members, and a failure among them must
        // show.
        for (int g = 0; m_groups && g < m_groups->grouping().groupCount(); ++g) {
            const GroupItem *box = m_groups->groupItem(g);
            if (!box)
                continue;
            fillAtLeast(painter, toMap.mapRect(box->box()), DotPixels, box->overviewColour());
        }
    }
    update();
}

void OverviewMap::paintEvent(QPaintEvent *)
{
    if (m_dots.size() != size() * devicePixelRatioF())
        redrawDots();
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.drawImage(0, 0, m_dots);
    const QRectF visible = viewportRect();
    if (visible.isEmpty())
        return;
    QColor highlight = palette().color(QPalette::Highlight);
    painter.setPen(QPen(highlight, FramePixels));
    highlight.setAlpha(40);
    painter.setBrush(highlight);
    painter.drawRect(visible);
}

void OverviewMap::resizeEvent(QResizeEvent *)
{
    // The dots are drawn for one size: a new size draws them again now, not a frame later.
    redrawDots();
}

void OverviewMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        centreViewAt(event->position());
}

void OverviewMap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        centreViewAt(event->position());
}

void OverviewMap::centreViewAt(QPointF mapPos)
{
    bool invertible = false;
    const QTransform toScene = sceneToMap().inverted(&invertible);
    if (invertible)
        m_view->centerOn(toScene.map(mapPos));
}

} // namespace converge
