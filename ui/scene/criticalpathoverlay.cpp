#include "scene/criticalpathoverlay.h"

#include "model/graph.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"
#include "scene/themecolours.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

namespace converge {

namespace {
// Okabe-Ito yellow: the one colour of the palette no run state uses.
const QColor HaloColour(0xf0, 0xe4, 0x42);
// How much of the yellow shows over the background: a highlighter, not paint.
constexpr qreal HaloStrength = 220.0 / 255.0;
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
    m_pieces.clear();
    m_bounds = QRectF();
    QPainterPathStroker stroker;
    stroker.setWidth(2 * EdgeHalo);
    stroker.setCapStyle(Qt::RoundCap);
    for (size_t i = 0; i < path.size(); ++i) {
        const NodeItem *node = scene.nodeItem(path[i]);
        if (!node)
            continue;
        const QRectF box = node->mapRectToScene(node->shape().boundingRect());
        QPainterPath halo;
        halo.addRoundedRect(box.adjusted(-NodeHalo, -NodeHalo, NodeHalo, NodeHalo), 10, 10);
        m_pieces.push_back(std::move(halo));
        if (i + 1 == path.size() || !graph.contains(path[i]))
            continue;
        for (EdgeId e : graph.outEdges(path[i])) {
            const EdgeItem *edge = scene.edgeItem(e);
            if (edge && graph.edge(e).to == path[i + 1])
                m_pieces.push_back(stroker.createStroke(edge->mapToScene(edge->shape())));
        }
    }
    for (const QPainterPath &piece : m_pieces)
        m_bounds |= piece.boundingRect();
    update();
}

QRectF CriticalPathOverlay::boundingRect() const
{
    return m_bounds;
}

void CriticalPathOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_pieces.empty())
        return;
    // Opaque, mixed with the background as a translucent yellow would be: where pieces
    // overlap they show as one halo instead of a darker seam.
    const QColor base = scene() ? scene()->palette().color(QPalette::Base) : QColor(Qt::white);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mixColours(base, HaloColour, HaloStrength));
    for (const QPainterPath &piece : m_pieces)
        painter->drawPath(piece);
}

} // namespace converge
