#pragma once

#include <QImage>
#include <QRect>

namespace converge {

/// A transparent image of part of a far-out view, drawn into pixel by pixel: one-pixel lines
/// and filled boxes in opaque colours, clipped to the image.
///
/// At 100,000 resources a fitted view draws 150,000 lines a few pixels long. QPainter spent 80
/// ns on each (pen, clip and span set-up around a few pixel writes), 12 of a 23 ms frame; here
/// a line costs its pixels. GUI thread only, or any one thread.
class OverviewCanvas
{
public:
    /// A canvas for area, in device pixels; points given later are device pixels too.
    explicit OverviewCanvas(const QRect &area);

    /// The pixels from a to b, both included (Bresenham), clipped to the canvas.
    void line(QPoint a, QPoint b, QRgb colour);
    /// The pixels of box, clipped to the canvas.
    void fill(const QRect &box, QRgb colour);

    /// What was drawn: the area given, transparent where nothing was.
    const QImage &image() const { return m_image; }

private:
    bool contains(QPoint p) const
    {
        return p.x() >= m_left && p.x() <= m_right && p.y() >= m_top && p.y() <= m_bottom;
    }
    bool clip(QPointF &a, QPointF &b) const;
    /// The line from start to end, both on the canvas.
    void walk(QPoint start, QPoint end, QRgb colour);
    void plot(int x, int y, QRgb colour)
    {
        reinterpret_cast<QRgb *>(m_bits + qsizetype(y - m_top) * m_stride)[x - m_left] = colour;
    }

    QImage m_image;
    uchar *m_bits;
    qsizetype m_stride;
    int m_left;
    int m_top;
    int m_right;
    int m_bottom;
};

} // namespace converge
