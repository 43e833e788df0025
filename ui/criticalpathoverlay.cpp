#include "criticalpathoverlay.h"

#include "edgeitem.h"
#include "graph.h"
#include "graphscene.h"
#include "nodeitem.h"

#include <QPainter>

namespace converge {

namespace {
// Okabe-Ito yellow: the one colour of the palette no run state uses.
const QColor HaloColour(0xf0, 0xe4, 0x42, 220);
constexpr qreal NodeHalo = 7;
constexpr qreal EdgeHalo = 5;
} // namespace

CriticalPathOverlay::CriticalPathOverlay()
{
    // Under the edges (-1) and the nodes (0): a halo, never a cover.
    setZValue(-2);
    setAcceptedMouseButtons(Qt::NoButton);
}

void CriticalPathOverlay::setPath(const GraphScene &scene, const Graph &graph,
                                  const std::vector<ResourceId> &path)
{
    prepareGeometryChange();
    m_ids = path;
    m_halo = QPainterPath();
    m_halo.setFillRule(Qt::WindingFill);
    for (size_t i = 0; i < path.size(); ++i) {
        const NodeItem *node = scene.nodeItem(path[i]);
        if (!node)
            continue;
        const QRectF box = node->mapRectToScene(node->shape().boundingRect());
        m_halo.addRoundedRect(box.adjusted(-NodeHalo, -NodeHalo, NodeHalo, NodeHalo), 10, 10);
        if (i + 1 == path.size() || !graph.contains(path[i]))
            continue;
        for (EdgeId e : graph.outEdges(path[i])) {
            const EdgeItem *edge = scene.edgeItem(e);
            if (edge && graph.edge(e).to == path[i + 1]) {
                QPainterPathStroker stroker;
                stroker.setWidth(2 * EdgeHalo);
                stroker.setCapStyle(Qt::RoundCap);
                m_halo.addPath(stroker.createStroke(edge->mapToScene(edge->shape())));
            }
        }
    }
    // Once here rather than per paint: overlapping halos merge into one outline.
    m_halo = m_halo.simplified();
    update();
}

QRectF CriticalPathOverlay::boundingRect() const
{
    return m_halo.boundingRect();
}

void CriticalPathOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_halo.isEmpty())
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(HaloColour);
    painter->drawPath(m_halo);
}

} // namespace converge
