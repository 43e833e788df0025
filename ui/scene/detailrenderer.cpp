#include "scene/detailrenderer.h"

#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"
#include "scene/sketchgrid.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

#include <algorithm>
#include <tuple>

namespace converge {

namespace {
// The selection ring and the problem badge reach this far outside a node's box.
constexpr qreal NodeReach = 12;

/// One item to paint and where it stacks: by z value, then edges, nodes and other items in
/// that order (the order a scene built by showLayout() gives them), then by id or list order.
struct Stacked
{
    qreal z;
    int group;
    size_t order;
    QGraphicsItem *item;
    bool operator<(const Stacked &other) const
    {
        return std::tie(z, group, order) < std::tie(other.z, other.group, other.order);
    }
};
} // namespace

void DetailRenderer::paint(QPainter *painter, const GraphScene &scene, SketchGrid &grid,
                           const std::vector<QGraphicsItem *> &others, const QRectF &exposed,
                           QWidget *widget)
{
    std::vector<ResourceId> nodes;
    std::vector<EdgeId> edges;
    grid.find(scene.sketch(), exposed.adjusted(-NodeReach, -NodeReach, NodeReach, NodeReach), nodes,
              edges);
    std::vector<Stacked> items;
    items.reserve(nodes.size() + edges.size());
    // The sketch drops a mark when its item dies; the checks cost nothing and keep a paint
    // during a rebuild of the picture safe.
    for (EdgeId id : edges) {
        if (EdgeItem *edge = scene.edgeItem(id))
            items.push_back({edge->zValue(), 0, id, edge});
    }
    for (ResourceId id : nodes) {
        if (NodeItem *node = scene.nodeItem(id))
            items.push_back({node->zValue(), 1, id, node});
    }
    for (size_t i = 0; i < others.size(); ++i) {
        QGraphicsItem *item = others[i];
        if (item->isVisible() && item->sceneBoundingRect().intersects(exposed))
            items.push_back({item->zValue(), 2, i, item});
    }
    std::sort(items.begin(), items.end());
    for (const Stacked &s : items)
        paintItem(painter, s.item, exposed, widget);
}

void DetailRenderer::paintItem(QPainter *painter, QGraphicsItem *item, const QRectF &exposed,
                               QWidget *widget)
{
    // What QGraphicsView's own style option gives an item, but State_MouseOver: no item of
    // ours reads it, and isUnderMouse() asks the window system for the pointer each time.
    QStyleOptionGraphicsItem option;
    option.palette = widget->palette();
    option.direction = widget->layoutDirection();
    option.fontMetrics = widget->fontMetrics();
    const QRectF bounds = item->boundingRect();
    option.rect = bounds.toAlignedRect();
    if (item->isEnabled())
        option.state |= QStyle::State_Enabled;
    if (item->isSelected())
        option.state |= QStyle::State_Selected;
    if (item->hasFocus())
        option.state |= QStyle::State_HasFocus;
    option.exposedRect = item->flags() & QGraphicsItem::ItemUsesExtendedStyleOption
                             ? item->mapRectFromScene(exposed).intersected(bounds)
                             : bounds;
    painter->save();
    painter->setWorldTransform(item->sceneTransform() * painter->worldTransform());
    item->paint(painter, &option, widget);
    painter->restore();
}

} // namespace converge
