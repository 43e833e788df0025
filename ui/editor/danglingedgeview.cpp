#include "editor/danglingedgeview.h"

#include "document/document.h"
#include "model/graph.h"
#include "scene/danglingedgeitem.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

#include <QFontMetricsF>
#include <QSet>

#include <algorithm>

namespace converge {

namespace {
// Room between a node and the placeholders of its missing ends, and between placeholders.
constexpr qreal Gap = 40;
constexpr qreal Padding = 12;
} // namespace

DanglingEdgeView::DanglingEdgeView(Document *document, GraphScene *scene, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene)
{
    m_queue.setSingleShot(true);
    m_queue.setInterval(0);
    connect(&m_queue, &QTimer::timeout, this, &DanglingEdgeView::update);
    const auto queue = [this] {
        m_queue.start();
    };
    connect(scene, &GraphScene::built, this, queue);
    const GraphModel *model = document->model();
    connect(model, &GraphModel::graphReset, this, queue);
    connect(model, &GraphModel::danglingEdgeAdded, this, queue);
    connect(model, &GraphModel::danglingEdgeRemoved, this, queue);
    connect(model, &GraphModel::resourceAdded, this, queue);
    connect(model, &GraphModel::resourceRemoved, this, queue);
    connect(model, &GraphModel::resourceRenamed, this, queue);
    connect(model, &GraphModel::positionsChanged, this, queue);
}

DanglingEdgeItem *DanglingEdgeView::item(EdgeId id) const
{
    return m_items.value(id);
}

void DanglingEdgeView::update()
{
    m_queue.stop();
    const Graph &graph = m_document->graph();
    const std::vector<EdgeId> ids = graph.danglingEdgeIds();
    const QSet<EdgeId> dangling(ids.begin(), ids.end());
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (!dangling.contains(it.key()) || !*it) {
            delete it->data();
            it = m_items.erase(it);
        } else {
            ++it;
        }
    }
    const QFontMetricsF metrics(m_scene->font());
    const auto placeholder = [&](const EdgeEndName &end) {
        const QString text = tr("missing %1").arg(end.key());
        return DanglingEdgeItem::End{QRectF(0, 0, metrics.horizontalAdvance(text) + 2 * Padding,
                                            metrics.height() + 2 * Padding),
                                     text};
    };
    std::vector<QRectF> placed; // placeholders of this pass
    const auto isFree = [&](const QRectF &rect) {
        const QList<QGraphicsItem *> under =
            m_scene->items(rect.adjusted(-Gap / 4, -Gap / 4, Gap / 4, Gap / 4));
        return std::none_of(under.begin(), under.end(),
                            [](QGraphicsItem *i) { return i->type() == NodeItem::Type; }) &&
               std::none_of(placed.begin(), placed.end(),
                            [&](const QRectF &p) { return p.intersects(rect); });
    };
    qreal parkedY = m_scene->sceneRect().top();
    for (EdgeId id : ids) {
        const DanglingEdge edge = graph.danglingEdge(id);
        const ResourceId from = graph.find(edge.from.kind, edge.from.name);
        const ResourceId to = graph.find(edge.to.kind, edge.to.name);
        const ResourceId present = from != InvalidId ? from : to;
        DanglingEdgeItem::End fromEnd = placeholder(edge.from);
        DanglingEdgeItem::End toEnd = placeholder(edge.to);
        if (present != InvalidId) {
            const NodeItem *node = m_scene->nodeItem(present);
            if (!node)
                continue; // still being built: built() comes back here
            const QRectF box(node->pos() -
                                 QPointF(node->size().width() / 2, node->size().height() / 2),
                             node->size());
            DanglingEdgeItem::End &missing = present == from ? toEnd : fromEnd;
            (present == from ? fromEnd : toEnd) = {box, {}};
            // Beside the node, a rank below it for a missing `to` (above for a missing `from`)
            // as a layout would put it, and further right until no node is under it.
            const qreal dy = (box.height() + missing.box.height()) / 2 + Gap / 2;
            QRectF spot = missing.box;
            for (int step = 7; step >= 0; --step) {
                spot.moveCenter({box.right() + Gap + spot.width() * (0.5 + 7 - step),
                                 box.center().y() + (present == from ? dy : -dy)});
                if (isFree(spot))
                    break;
            }
            missing.box = spot;
        } else {
            const qreal x = m_scene->sceneRect().right() + 4 * Gap;
            fromEnd.box.moveCenter({x, parkedY + Gap + fromEnd.box.height() / 2});
            toEnd.box.moveCenter({x, fromEnd.box.bottom() + 2 * Gap + toEnd.box.height() / 2});
            parkedY = toEnd.box.bottom();
        }
        for (const DanglingEdgeItem::End *end : {&fromEnd, &toEnd}) {
            if (!end->missing.isEmpty())
                placed.push_back(end->box);
        }
        QPointer<DanglingEdgeItem> &item = m_items[id];
        if (!item) {
            item = new DanglingEdgeItem(id);
            m_scene->addItem(item);
        }
        item->setGeometry(fromEnd, toEnd);
        // A placeholder below the lowest node must still be in reach of the scroll bars.
        if (!m_scene->sceneRect().contains(item->boundingRect()))
            m_scene->setBounds(m_scene->sceneRect().united(item->boundingRect()));
    }
}

} // namespace converge
