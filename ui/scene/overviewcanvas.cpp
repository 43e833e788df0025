#include "scene/overviewcanvas.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace converge {

OverviewCanvas::OverviewCanvas(const QRect &area)
    : m_image(area.size(), QImage::Format_ARGB32_Premultiplied), m_left(area.left()),
      m_top(area.top()), m_right(area.right()), m_bottom(area.bottom())
{
    m_image.fill(Qt::transparent);
    m_bits = m_image.bits();
    m_stride = m_image.bytesPerLine();
}

bool OverviewCanvas::clip(QPointF &a, QPointF &b) const
{
    // Liang-Barsky against the pixel centres' rectangle: what survives lies inside, so the
    // walk below needs no test per pixel, and a long edge far off the canvas costs nothing.
    const double left = m_left;
    const double top = m_top;
    const double right = m_right;
    const double bottom = m_bottom;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    double enter = 0;
    double leave = 1;
    const auto bound = [&](double p, double q) {
        if (p == 0)
            return q >= 0;
        const double t = q / p;
        if (p < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        return enter <= leave;
    };
    if (!bound(-dx, a.x() - left) || !bound(dx, right - a.x()) || !bound(-dy, a.y() - top) ||
        !bound(dy, bottom - a.y()))
        return false;
    b = a + QPointF(dx * leave, dy * leave);
    a = a + QPointF(dx * enter, dy * enter);
    return true;
}

void OverviewCanvas::line(QPoint from, QPoint to, QRgb colour)
{
    if (contains(from) && contains(to)) {
        walk(from, to, colour);
        return;
    }
    QPointF a = from;
    QPointF b = to;
    if (!clip(a, b))
        return;
    // Rounding can step a clipped end half a pixel outside: keep it in.
    const auto inside = [this](QPointF p) {
        return QPoint(std::clamp(int(std::lround(p.x())), m_left, m_right),
                      std::clamp(int(std::lround(p.y())), m_top, m_bottom));
    };
    walk(inside(a), inside(b), colour);
}

void OverviewCanvas::walk(QPoint start, QPoint end, QRgb colour)
{
    int x = start.x();
    int y = start.y();
    const int dx = std::abs(end.x() - x);
    const int dy = -std::abs(end.y() - y);
    const int sx = x < end.x() ? 1 : -1;
    const int sy = y < end.y() ? 1 : -1;
    int error = dx + dy;
    for (;;) {
        plot(x, y, colour);
        if (x == end.x() && y == end.y())
            return;
        const int twice = 2 * error;
        if (twice >= dy) {
            error += dy;
            x += sx;
        }
        if (twice <= dx) {
            error += dx;
            y += sy;
        }
    }
}

void OverviewCanvas::fill(const QRect &box, QRgb colour)
{
    const QRect inside = box.intersected(QRect(m_left, m_top, m_image.width(), m_image.height()));
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(m_bits + qsizetype(y - m_top) * m_stride);
        std::fill_n(row + (inside.left() - m_left), inside.width(), colour);
    }
}

} // namespace converge
