#pragma once

#include "layout/graphlayout.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace converge {

class SceneSketch;

/// One dependency drawn as the Bézier spline Graphviz computed, with an arrowhead at its end.
///
/// Holds the edge's id and its geometry in scene coordinates (the item itself stays at (0, 0)).
/// Selectable, so that the editor can delete an edge. GUI thread only.
class EdgeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };

    explicit EdgeItem(EdgeId id);
    ~EdgeItem() override;

    int type() const override { return Type; }
    EdgeId edgeId() const { return m_id; }

    /// Takes the spline (p0 then c1, c2, p triples) and arrowhead from a layout.
    void setGeometry(const GraphLayout::Edge &edge);
    const GraphLayout::Edge &geometry() const { return m_edge; }
    /// Draws the edge stronger, e.g. when one of its ends is selected.
    void setHighlighted(bool highlighted);
    /// Marks the edge as having an error: drawn red and dashed, so it reads without colour too.
    void setProblem(bool problem);
    bool hasProblem() const { return m_problem; }
    /// Drawn strongly: highlighted or selected.
    bool isStrong() const { return m_highlighted || isSelected(); }
    /// The line colour in palette, strong or quiet.
    static QColor colour(const QPalette &palette, bool strong);
    /// Keeps sketch told of this edge's line, strength and visibility from now on (nullptr:
    /// none).
    void setSketch(SceneSketch *sketch);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    void updateGeometry();
    void sketch() const;
    void drawSegmentsIn(QPainter *painter, const QRectF &rect) const;

    EdgeId m_id;
    GraphLayout::Edge m_edge;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPolygonF m_overview;         ///< the spline's on-curve points, drawn when zoomed far out
    mutable QPolygonF m_segments; ///< the spline cut into lines, made when first needed
    QRectF m_bounds;
    bool m_highlighted = false;
    bool m_problem = false;
    SceneSketch *m_sketch = nullptr;
};

} // namespace converge
