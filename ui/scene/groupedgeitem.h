#pragma once

#include <QGraphicsItem>
#include <QLineF>

namespace converge {

/// The edges between a collapsed group and something else (a node or another collapsed group),
/// merged into one straight arrow; when more than one edge merged, the arrow says how many.
///
/// Plain geometry: GroupCollapser computes the ends from the boxes and sets them again
/// whenever a group collapses, expands or moves. Not selectable. GUI thread only.
class GroupEdgeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 6
    };

    /// An arrow from the border of fromBox to the border of toBox, both in scene coordinates,
    /// standing for count edges.
    GroupEdgeItem(const QRectF &fromBox, const QRectF &toBox, int count);

    /// Moves the arrow's ends and changes its count, as the constructor takes them.
    void setGeometry(const QRectF &fromBox, const QRectF &toBox, int count);

    int type() const override { return Type; }
    int count() const { return m_count; }
    const QLineF &line() const { return m_line; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QLineF m_line;
    int m_count = 0;
    QRectF m_bounds;
};

} // namespace converge
