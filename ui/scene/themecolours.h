#pragma once

#include <QColor>

class QPalette;

namespace converge {

/// a moved towards b by t (0 gives a, 1 gives b), in RGB; alpha taken from a.
QColor mixColours(const QColor &a, const QColor &b, qreal t);
/// True when the palette's window is dark, so drawings can pick their lighter variants.
bool isDarkPalette(const QPalette &palette);

} // namespace converge
