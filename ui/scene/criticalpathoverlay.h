#pragma once

#include "model/resource.h"

#include <QGraphicsObject>
#include <QPainterPath>

#include <vector>

namespace converge {

class Graph;
class GraphScene;

/// Marks the critical path of the last run on the graph picture: a highlighter-pen halo behind
/// the nodes on the path and the edges between them, so it shows whatever the nodes' states.
///
/// An extra item in a GraphScene, below the nodes and edges; it reads their geometry only in
/// setPath() (call it again after a relayout). The scene owns it once added; holders keep a
/// QPointer, as the scene deletes it with itself. GUI thread only.
class CriticalPathOverlay : public QGraphicsObject
{
    Q_OBJECT
public:
    enum
    {
        Type = UserType + 40
    };

    CriticalPathOverlay();

    /// Shows path (resource ids from a source to a sink, as RunSummary::criticalPathIds gives
    /// them) over the items of scene; empty hides it.
    void setPath(const GraphScene &scene, const Graph &graph, const std::vector<ResourceId> &path);
    const std::vector<ResourceId> &path() const { return m_ids; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    std::vector<ResourceId> m_ids;
    /// A rounded box per node and a stroke per edge, painted one by one in an opaque colour so
    /// overlaps merge without the cost of uniting the outlines (seconds on a long path).
    std::vector<QPainterPath> m_pieces;
    QRectF m_bounds;
};

} // namespace converge
