#pragma once

#include <QString>

#include <functional>
#include <vector>

class QGraphicsView;

/// Frame times of a view: each step applied, then the viewport repainted at once and timed.
/// GUI thread only.
struct Frames
{
    double medianMs = 0;
    double slowestMs = 0;

    /// The median and slowest of ms (not empty).
    static Frames of(std::vector<double> ms);
    /// Times steps repaints of view, each after step(i).
    static Frames time(QGraphicsView &view, int steps, const std::function<void(int)> &step);
    /// Diagonal pans of 40 pixels, back and forth so the view stays over the graph.
    static Frames pan(QGraphicsView &view, int steps);
    /// Zooms in by 1.25 and back out, alternately.
    static Frames zoom(QGraphicsView &view, int steps);
    /// Sets view to zoom, centred on the middle of the scene.
    static void zoomTo(QGraphicsView &view, double zoom);

    /// "median M ms, slowest S ms".
    QString text() const;
    /// How many times slower peer's median is than ours, as "xR".
    static QString ratio(const Frames &peer, const Frames &ours);
};
