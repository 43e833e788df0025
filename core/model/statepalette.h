#pragma once

#include "model/resourcestate.h"

#include <QColor>
#include <QString>

namespace converge {

/// How a run state looks everywhere: the GUI, PNG/SVG/PDF exports and DOT files.
///
/// Colours come from the Okabe-Ito palette, which stays distinguishable with the common forms
/// of colour blindness; each state also has a glyph and a border style, so that colour is never
/// the only signal. Plain data, any thread.
class StatePalette
{
public:
    struct Style
    {
        QColor fill;   ///< node background
        QColor border; ///< node outline
        QColor text;   ///< label colour readable on fill
        QString glyph; ///< one symbol drawn before the name ("✔" for done, ...)
        Qt::PenStyle borderStyle = Qt::SolidLine; ///< dashed for skipped, dotted for cancelled
    };

    static const Style &style(ResourceState state);
    /// A resource a dry run found not converged: done checking, and a real run would change
    /// it. Not green (nothing was done) and with its own glyph and border.
    static const Style &wouldChange();
    /// Fill of a node that has not taken part in any run yet.
    static QColor idleFill();
    /// "#rrggbb" of style(state).fill, the form DOT and SVG use.
    static QString fillName(ResourceState state);
};

} // namespace converge
