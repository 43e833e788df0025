#pragma once

#include <QRectF>

#include <vector>

class QGraphicsItem;
class QPainter;
class QWidget;

namespace converge {

class GraphScene;
class SketchGrid;

/// Paints a scene at or above NodeItem::OverviewZoom: every item that touches the exposed area,
/// by its own paint(), in stacking order.
///
/// Without a spatial index QGraphicsView tests all 250,000 items of a 100,000-resource graph
/// for every paint, 37 ms even when a few hundred are on screen; Qt's BSP index is slower still
/// with thousands of long edges in most of its leaves. The nodes and edges here come from a
/// SketchGrid, the few other items (OtherItems) are tested one by one. GUI thread only.
class DetailRenderer
{
public:
    /// Draws what of scene touches exposed (scene coordinates) with painter, whose world
    /// transform maps the scene to the device. others are the scene's items other than nodes
    /// and edges; widget is passed on to the items' paint().
    static void paint(QPainter *painter, const GraphScene &scene, SketchGrid &grid,
                      const std::vector<QGraphicsItem *> &others, const QRectF &exposed,
                      QWidget *widget);
    /// Paints item alone as QGraphicsView would: painter's world transform maps the scene to
    /// the device; exposed (scene coordinates) is what is being repainted.
    static void paintItem(QPainter *painter, QGraphicsItem *item, const QRectF &exposed,
                          QWidget *widget);
};

} // namespace converge
