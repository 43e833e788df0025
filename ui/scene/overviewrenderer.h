#pragma once

#include <QRectF>

class QGraphicsScene;
class QPainter;
class QWidget;

namespace converge {

/// Paints a scene as it looks below NodeItem::OverviewZoom (flat state-coloured boxes, hairline
/// edges and merged edges without arrowheads) in one pass over its items, batched by colour.
///
/// QGraphicsView sets up the painter, transform and style option for every item it paints:
/// with 250,000 items on screen that alone took most of a second per frame. Zoomed this far
/// out nodes and edges need none of it, so they are collected and drawn with a few calls; any
/// other item (overlays, groups) is still painted by its own paint(), above them. GUI thread
/// only.
class OverviewRenderer
{
public:
    /// Draws the items of scene that touch exposed (scene coordinates) with painter, whose
    /// world transform maps the scene to the device; widget is passed on to the items' paint().
    static void paint(QPainter *painter, QGraphicsScene *scene, const QRectF &exposed,
                      QWidget *widget);
};

} // namespace converge
