#include "model/nodebox.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace converge {

QSizeF NodeBox::size(const QString &name, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const qreal glyph = QFontMetricsF(bold).horizontalAdvance(u"\u2716"_qs) + Gap;
    const qreal width =
        Margin + IconSize + Gap + metrics.horizontalAdvance(name) + Gap + glyph + Margin;
    const qreal height = std::max(IconSize, metrics.height()) + 2 * VerticalMargin;
    return {std::clamp(width, MinWidth, MaxWidth), height};
}

QPointF NodeBox::borderPoint(const QRectF &box, QPointF towards)
{
    const QPointF d = towards - box.center();
    const qreal inf = std::numeric_limits<qreal>::infinity();
    const qreal sx = d.x() != 0 ? box.width() / 2 / std::abs(d.x()) : inf;
    const qreal sy = d.y() != 0 ? box.height() / 2 / std::abs(d.y()) : inf;
    return box.center() + d * std::min({sx, sy, 1.0});
}

} // namespace converge
