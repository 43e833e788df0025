#pragma once

#include <QImage>
#include <QTimer>
#include <QWidget>

namespace converge {

class GraphView;
class GroupCollapser;

/// The whole graph in miniature, every visible node a dot in its state's colour and every
/// collapsed group a box in its worst state's colour, with the view's visible area as a
/// rectangle. Pressing or dragging in the map centres the view there.
///
/// The map follows the view (scrolling and zoom move the rectangle at once) and redraws its
/// dots at most a few times a second while the scene changes, so a run of 100,000 resources
/// costs it a few milliseconds per redraw and never a repaint per state change. It draws from
/// the scene's node items and keeps no pointer into the model. The view must outlive the map.
/// GUI thread only.
class OverviewMap : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewMap(GraphView *view, QWidget *parent = nullptr);

    /// Where the view's visible area is drawn, in map coordinates.
    QRectF viewportRect() const;
    /// The map point that shows scenePos.
    QPointF mapFromScene(QPointF scenePos) const;

    /// Draws the boxes of collapser's collapsed groups too; collapser must outlive the map.
    void setGroups(const GroupCollapser *collapser);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    /// The scale and offset that fit the scene rectangle into the widget, centred.
    QTransform sceneToMap() const;
    void centreViewAt(QPointF mapPos);
    /// Draws the dots again on the next pass of the throttle.
    void markStale();
    void redrawDots();

    GraphView *m_view;
    const GroupCollapser *m_groups = nullptr;
    QImage m_dots; ///< the nodes drawn at the widget's size
    QTimer m_throttle;
    bool m_stale = false; ///< changed since the dots were drawn
};

} // namespace converge
