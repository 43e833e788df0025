#pragma once

#include "model/resource.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <vector>

namespace converge {

/// Plain geometry of a laid-out graph, in points, Y pointing down (Qt's convention; Graphviz's
/// upward Y is flipped once, where the layout is computed). Elements are named by graph ids.
struct GraphLayout
{
    struct Node
    {
        ResourceId id = InvalidId;
        QPointF centre;
        QSizeF size;
    };
    struct Edge
    {
        EdgeId id = InvalidId;
        /// Cubic Bézier control points as Graphviz gives them: p0, then (c1, c2, p) triples.
        std::vector<QPointF> spline;
        bool hasArrowHead = false;
        QPointF arrowTip; ///< where the arrowhead points, when hasArrowHead

        /// Extends the spline by a straight segment to point (a cubic with its control points
        /// on the line); the first call sets the start.
        void lineTo(QPointF point)
        {
            if (!spline.empty()) {
                const QPointF from = spline.back();
                spline.push_back(from + (point - from) / 3);
                spline.push_back(from + (point - from) * 2 / 3);
            }
            spline.push_back(point);
        }
    };

    QRectF bounds;
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    QString engine;     ///< the engine actually used ("dot", "sfdp", ...; "ranks": RankPlacement)
    QString note;       ///< what the user should know, e.g. "sfdp chosen: 5,000 resources"
    double seconds = 0; ///< wall time the layout took
};

} // namespace converge
