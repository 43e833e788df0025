#pragma once

#include <QCoreApplication>
#include <QGraphicsObject>
#include <QPainterPath>
#include <QPolygonF>

#include <vector>

namespace converge {

/// mgmt's automatic edges on the graph picture: one dashed arrow per edge, from the box of
/// the resource that manages a path to the box of the one that needs it.
///
/// They are not the graph's edges and are drawn apart from them: never selected, deleted or
/// connected to, and gone when the resources stop implying them. One item holds them all, below
/// the nodes and the graph's edges; it knows only the boxes given to setArrows(). The scene owns
/// it once added; holders keep a QPointer, as the scene deletes it with itself. GUI thread only.
class AutoEdgeOverlay : public QGraphicsObject
{
    Q_OBJECT
public:
    enum
    {
        Type = UserType + 41
    };
    /// One automatic edge between two node boxes, in scene coordinates.
    struct Arrow
    {
        QRectF from;
        QRectF to;
    };

    AutoEdgeOverlay();

    /// Replaces every arrow drawn.
    void setArrows(const std::vector<Arrow> &arrows);
    int arrowCount() const { return int(m_heads.size()); }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    /// The lines only, so the tooltip shows over an arrow and nowhere else.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QPainterPath m_lines;
    std::vector<QPolygonF> m_heads;
    QPainterPath m_shape;
    QRectF m_bounds;
};

} // namespace converge
