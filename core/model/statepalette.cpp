#include "model/statepalette.h"

#include <array>

namespace converge {

namespace {

// Okabe & Ito, "Color Universal Design" (2008): sky blue for running, bluish green for done,
// vermillion for failed, reddish purple for cancelled. Pending is a light neutral grey, outside
// the palette on purpose: it is "nothing yet", not a result. Skipped is a dark grey with white
// text: it did not run either, and Okabe-Ito's orange beside vermillion read as one orange under
// deuteranopia and protanopia (and to many with full colour vision); simulated, this grey is as
// far from every other state as the palette's own closest pair. The text colour reads on its
// fill at a contrast of 4.5:1 or more.
StatePalette::Style makeStyle(const char *fill, const char *border, QString glyph,
                              Qt::PenStyle borderStyle, Qt::GlobalColor text = Qt::black)
{
    return {QColor(QLatin1String(fill)), QColor(QLatin1String(border)), QColor(text),
            std::move(glyph), borderStyle};
}

const std::array<StatePalette::Style, 6> &styles()
{
    static const std::array<StatePalette::Style, 6> table{
        makeStyle("#d9d9d9", "#7f7f7f", QStringLiteral("\u25CB"), Qt::SolidLine), // ○ pending
        makeStyle("#56b4e9", "#0072b2", QStringLiteral("\u25B6"), Qt::SolidLine), // ▶ running
        makeStyle("#009e73", "#005a41", QStringLiteral("\u2714"), Qt::SolidLine), // ✔ done
        makeStyle("#d55e00", "#8a3d00", QStringLiteral("\u2718"), Qt::SolidLine), // ✘ failed
        makeStyle("#595959", "#000000", QStringLiteral("\u2298"), Qt::DashLine,   // ⊘ skipped
                  Qt::white),
        makeStyle("#cc79a7", "#8a4a70", QStringLiteral("\u25A0"), Qt::DotLine), // ■ cancelled
    };
    return table;
}

} // namespace

const StatePalette::Style &StatePalette::style(ResourceState state)
{
    return styles()[size_t(state)];
}

const StatePalette::Style &StatePalette::wouldChange()
{
    // Okabe-Ito yellow, the one hue the states leave free; a delta, "a difference", and a
    // dash-dot border tell it from done without colour.
    static const Style style =
        makeStyle("#f0e442", "#7a7000", QStringLiteral("\u0394"), Qt::DashDotLine); // Δ
    return style;
}

QColor StatePalette::idleFill()
{
    return QColor(0xf2, 0xf2, 0xf2);
}

QString StatePalette::fillName(ResourceState state)
{
    return style(state).fill.name();
}

} // namespace converge
