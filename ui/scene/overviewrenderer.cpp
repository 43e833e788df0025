#include "scene/overviewrenderer.h"

#include "scene/edgeitem.h"
#include "scene/groupedgeitem.h"
#include "scene/nodeitem.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <vector>

namespace converge {

namespace {
/// Boxes of one colour, drawn with one call.
struct Bucket
{
    QRgb colour;
    QList<QRectF> boxes;
};

void addBox(std::vector<Bucket> &buckets, const QColor &colour, const QRectF &box)
{
    // A handful of colours (states, selection): a linear search beats any map.
    const QRgb rgba = colour.rgba();
    for (Bucket &bucket : buckets) {
        if (bucket.colour == rgba) {
            bucket.boxes.append(box);
            return;
        }
    }
    buckets.push_back({rgba, {box}});
}

void addLine(QList<QLineF> &lines, const QPolygonF &line)
{
    for (qsizetype i = 1; i < line.size(); ++i)
        lines.append(QLineF(line[i - 1], line[i]));
}

void paintItem(QPainter *painter, QGraphicsItem *item, QWidget *widget)
{
    QStyleOptionGraphicsItem option;
    option.rect = item->boundingRect().toAlignedRect();
    option.exposedRect = item->boundingRect();
    if (item->isSelected())
        option.state |= QStyle::State_Selected;
    painter->save();
    painter->setWorldTransform(item->sceneTransform() * painter->worldTransform());
    item->paint(painter, &option, widget);
    painter->restore();
}
} // namespace

void OverviewRenderer::paint(QPainter *painter, QGraphicsScene *scene, const QRectF &exposed,
                             QWidget *widget)
{
    const qreal lod =
        QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const QPalette palette = scene->palette();
    std::vector<Bucket> buckets;
    QList<QLineF> quiet;
    QList<QLineF> strong;
    std::vector<QGraphicsItem *> others;
    // The scene keeps this list sorted between changes: asking for it costs nothing.
    for (QGraphicsItem *item : scene->items(Qt::AscendingOrder)) {
        if (!item->isVisible())
            continue;
        if (item->type() == NodeItem::Type) {
            const auto *node = static_cast<const NodeItem *>(item);
            const QRectF box = node->overviewRect(lod);
            if (box.intersects(exposed))
                addBox(buckets, node->overviewColour(palette), box);
        } else if (item->type() == EdgeItem::Type) {
            const auto *edge = static_cast<const EdgeItem *>(item);
            if (edge->boundingRect().intersects(exposed))
                addLine(edge->isStrong() ? strong : quiet, edge->overviewLine());
        } else if (item->type() == GroupEdgeItem::Type) {
            // Thousands of merged edges when hundreds of groups are collapsed: one line each,
            // as the edges they stand for (their own paint took 0.5 s a frame at 100,000).
            const QLineF line = static_cast<const GroupEdgeItem *>(item)->line();
            if (item->boundingRect().intersects(exposed))
                quiet.append(line);
        } else if (item->sceneBoundingRect().intersects(exposed)) {
            others.push_back(item);
        }
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(EdgeItem::colour(palette, false), 0));
    painter->drawLines(quiet);
    painter->setPen(QPen(EdgeItem::colour(palette, true), 0));
    painter->drawLines(strong);
    painter->setPen(Qt::NoPen);
    for (const Bucket &bucket : buckets) {
        painter->setBrush(QColor::fromRgba(bucket.colour));
        painter->drawRects(bucket.boxes);
    }
    painter->restore();
    for (QGraphicsItem *item : others)
        paintItem(painter, item, widget);
}

} // namespace converge
