#pragma once

#include "scene/graphscene.h"

#include <QGraphicsView>

namespace converge {

/// A view on a GraphScene: wheel zoom around the cursor, drag to pan, fit, and 100%.
///
/// The drag behaviour follows the scene's interaction mode. Zoom is clamped so the drawing can
/// neither vanish nor fill the screen with one letter. GUI thread only.
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

public slots:
    void zoomIn();
    void zoomOut();
    /// Fits the whole drawing in the view, never enlarging beyond 100%.
    void fitToWindow();
    void resetZoom();

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    void scaleBy(qreal factor);
    void applyMode(GraphScene::Mode mode);
};

} // namespace converge
