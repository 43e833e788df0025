#include "scene/themecolours.h"

#include <QPalette>

namespace converge {

QColor mixColours(const QColor &a, const QColor &b, qreal t)
{
    const QColor ra = a.toRgb();
    const QColor rb = b.toRgb();
    return QColor::fromRgbF(float(ra.redF() + (rb.redF() - ra.redF()) * t),
                            float(ra.greenF() + (rb.greenF() - ra.greenF()) * t),
                            float(ra.blueF() + (rb.blueF() - ra.blueF()) * t), ra.alphaF());
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

} // namespace converge
