#pragma once

#include <QRectF>

#include <vector>

class QGraphicsItem;
class QPainter;
class QWidget;

namespace converge {

class GraphScene;

/// Paints a scene as it looks below NodeItem::OverviewZoom: flat state-coloured boxes, hairline
/// edges and merged edges without arrowheads, batched by colour.
///
/// QGraphicsView sets up the painter, transform and style option for every item it paints:
/// with 250,000 items on screen that alone took most of a second per frame. Zoomed this far
/// out nodes and edges need none of it. They are read from the scene's SceneSketch, mapped to
/// whole device pixels here and drawn with a few calls: Qt's own mapping under a scaling
/// transform took more than half of a 40 ms frame. Any other item (overlays, groups) is still
/// painted by its own paint(), above them. GUI thread only.
class OverviewRenderer
{
public:
    /// Draws what of scene touches exposed (scene coordinates) with painter, whose world
    /// transform maps the scene to the device and only scales and translates. others are the
    /// scene's items other than nodes and edges (OtherItems); widget is passed on to their
    /// paint().
    static void paint(QPainter *painter, const GraphScene &scene,
                      const std::vector<QGraphicsItem *> &others, const QRectF &exposed,
                      QWidget *widget);
};

} // namespace converge
