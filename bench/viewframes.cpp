#include "viewframes.h"

#include <QElapsedTimer>
#include <QGraphicsView>
#include <QScrollBar>

#include <algorithm>
#include <vector>

Frames Frames::time(QGraphicsView &view, int steps, const std::function<void(int)> &step)
{
    std::vector<double> ms;
    for (int i = 0; i < steps; ++i) {
        QElapsedTimer clock;
        clock.start();
        step(i);
        view.viewport()->repaint();
        ms.push_back(clock.nsecsElapsed() / 1e6);
    }
    return of(std::move(ms));
}

Frames Frames::of(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

Frames Frames::pan(QGraphicsView &view, int steps)
{
    return time(view, steps, [&view](int i) {
        const int sign = (i / 10) % 2 == 0 ? 1 : -1;
        view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + sign * 40);
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + sign * 40);
    });
}

Frames Frames::zoom(QGraphicsView &view, int steps)
{
    return time(view, steps, [&view](int i) {
        const qreal factor = i % 2 == 0 ? 1.25 : 0.8;
        view.scale(factor, factor);
    });
}

void Frames::zoomTo(QGraphicsView &view, double zoom)
{
    view.setTransform(QTransform::fromScale(zoom, zoom));
    view.centerOn(view.sceneRect().center());
}

QString Frames::text() const
{
    return QStringLiteral("median %1 ms, slowest %2 ms")
        .arg(medianMs, 0, 'f', 2)
        .arg(slowestMs, 0, 'f', 2);
}

QString Frames::ratio(const Frames &peer, const Frames &ours)
{
    return QStringLiteral("x%1").arg(peer.medianMs / std::max(ours.medianMs, 1e-3), 0, 'f', 2);
}
