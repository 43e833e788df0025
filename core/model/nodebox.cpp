#include "model/nodebox.h"

#include <QFontMetricsF>

#include <algorithm>

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

} // namespace converge
