#pragma once

#include "scene/graphscene.h"
#include "scene/otheritems.h"

#include <QGraphicsView>

namespace converge {

/// A view on a GraphScene: wheel zoom around the cursor, drag to pan, fit, and 100%.
///
/// The drag behaviour follows the scene's interaction mode. Zoom is clamped so the drawing can
/// neither vanish nor fill the screen with one letter, yet may always zoom out far enough to
/// show all of it. GUI thread only.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(GraphScene *scene, QWidget *parent = nullptr);

    /// The current zoom factor; 1.0 is 100%.
    qreal zoom() const;
    /// Keeps a strip this many pixels high at the top of the view free of the drawing, for a
    /// banner that must not hide a node (0: none).
    void setTopStrip(int pixels) { setViewportMargins(0, pixels, 0, 0); }
    /// The zoom at which the whole scene rectangle fits the viewport, scroll bars hidden.
    qreal fittingZoom() const { return fittingZoom(sceneRect()); }
    /// The zoom at which area fits the viewport, scroll bars hidden.
    qreal fittingZoom(const QRectF &area) const;
    /// How far the user may zoom out: 2 %, or half of fittingZoom() for larger drawings.
    qreal minimumZoom() const;

public slots:
    /// One step in or out around the middle of the view, where the user is looking (the
    /// wheel zooms around the pointer instead).
    void zoomIn();
    void zoomOut();
    /// Shows the whole scene rectangle, centred, never enlarging beyond 100%.
    void fitToWindow();
    void resetZoom();
    /// Shows area (scene coordinates) whole and centred, never enlarging beyond 100%.
    void showArea(const QRectF &area);

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    /// Paints with OverviewRenderer below NodeItem::OverviewZoom, with DetailRenderer above:
    /// never by testing every item, as QGraphicsView does.
    void paintEvent(QPaintEvent *event) override;

private:
    void scaleBy(qreal factor);
    void scaleAroundCentre(qreal factor);
    void applyMode(GraphScene::Mode mode);

    OtherItems m_others; ///< what the renderers test one by one
};

} // namespace converge
