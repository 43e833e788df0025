#pragma once

#include <QFont>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace converge {

/// The box a resource's node is drawn in: kind icon, name and state glyph in a row.
///
/// The one place that measures a node, so the layout request, the scene and the exports agree
/// on its size: the GUI hands these sizes to Graphviz, and NodeItem paints inside them with the
/// same margins. Needs Qt Gui for font metrics but no widget; any thread (QFontMetricsF is
/// reentrant).
class NodeBox
{
public:
    static constexpr qreal IconSize = 18;
    static constexpr qreal Margin = 8;
    static constexpr qreal VerticalMargin = 8;
    static constexpr qreal Gap = 6;
    static constexpr qreal MinWidth = 90;
    /// Longer names are elided in the middle, where paths differ least.
    static constexpr qreal MaxWidth = 320;

    /// The box a node needs to show name in font without eliding (up to MaxWidth), with room
    /// for the widest state glyph so that a state change never needs a relayout.
    static QSizeF size(const QString &name, const QFont &font);
    /// Where the line from box's centre towards a point leaves box: where an edge drawn
    /// straight to it starts or ends.
    static QPointF borderPoint(const QRectF &box, QPointF towards);
};

} // namespace converge
