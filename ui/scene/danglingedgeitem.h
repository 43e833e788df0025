#pragma once

#include "model/resource.h"

#include <QGraphicsObject>
#include <QPainterPath>
#include <QString>

namespace converge {

/// An edge whose file names a missing resource, drawn so that it reads as broken without
/// colour: a dashed red arrow to (or from) a dashed box saying "missing KIND/NAME" where the
/// resource would be.
///
/// Holds the dangling edge's id; the geometry comes from DanglingEdgeView, in scene
/// coordinates (the item stays at (0, 0)). Selectable, so that Delete removes the edge and its
/// text. GUI thread only.
class DanglingEdgeItem : public QGraphicsObject
{
    Q_OBJECT
public:
    enum
    {
        Type = UserType + 7
    };
    /// One end: the box it is drawn at, and the text of its placeholder (empty for an end that
    /// is a node of the picture, which draws itself).
    struct End
    {
        QRectF box;
        QString missing;
    };

    explicit DanglingEdgeItem(EdgeId id);

    int type() const override { return Type; }
    EdgeId edgeId() const { return m_id; }
    void setGeometry(const End &from, const End &to);
    const End &from() const { return m_from; }
    const End &to() const { return m_to; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    EdgeId m_id;
    End m_from;
    End m_to;
    QLineF m_line;
    QPolygonF m_arrow;
    QPainterPath m_shape;
};

} // namespace converge
