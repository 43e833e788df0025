#include "scene/overviewrenderer.h"

#include "scene/detailrenderer.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/groupedgeitem.h"
#include "scene/nodeitem.h"
#include "scene/overviewcanvas.h"

#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <array>

namespace converge {

namespace {
/// std::floor() without the library call: a frame maps half a million points. Clamped, for
/// positions a file may put anywhere.
int floorToInt(float value)
{
    const int truncated = int(std::clamp(value, -1e9F, 1e9F));
    return truncated - int(value < float(truncated));
}

/// The world transform, times the device pixel ratio, as the few numbers a scale and a
/// translation need.
struct ToDevice
{
    float sx;
    float sy;
    float dx;
    float dy;
    QPoint map(float x, float y) const
    {
        return {floorToInt(x * sx + dx), floorToInt(y * sy + dy)};
    }
};

QRgb opaque(const QColor &colour)
{
    return qPremultiply(colour.rgba());
}

/// The colours of NodeItem::overviewLook() values, each worked out when first needed: a
/// picture has a few dozen looks.
class LookColours
{
public:
    explicit LookColours(const QPalette &palette) : m_palette(palette) {}
    QRgb operator[](std::uint8_t look)
    {
        if (!m_known[look]) {
            m_colours[look] = opaque(NodeItem::overviewColour(m_palette, look));
            m_known[look] = true;
        }
        return m_colours[look];
    }

private:
    const QPalette &m_palette;
    std::array<QRgb, 256> m_colours{};
    std::array<bool, 256> m_known{};
};

void drawNodes(OverviewCanvas &canvas, const SceneSketch &sketch, const ToDevice &to, float least,
               const QPalette &palette)
{
    LookColours colours(palette);
    // Far out, neighbouring boxes overlap: a selected one is drawn after all the others.
    std::vector<std::pair<QRect, std::uint8_t>> selected;
    for (const SceneSketch::Node &node : sketch.nodes()) {
        if (!node.shown)
            continue;
        float left = node.left * to.sx + to.dx;
        float top = node.top * to.sy + to.dy;
        float width = node.width * to.sx;
        float height = node.height * to.sy;
        if (width < least || height < least) {
            left += (width - std::max(width, least)) / 2;
            top += (height - std::max(height, least)) / 2;
            width = std::max(width, least);
            height = std::max(height, least);
        }
        const QRect box(floorToInt(left), floorToInt(top), int(width + 0.5F), int(height + 0.5F));
        if (NodeItem::isSelectedLook(node.look))
            selected.emplace_back(box, node.look);
        else
            canvas.fill(box, colours[node.look]);
    }
    for (const auto &[box, look] : selected)
        canvas.fill(box, colours[look]);
}

void drawEdge(OverviewCanvas &canvas, const SceneSketch &sketch, const SceneSketch::Edge &edge,
              const ToDevice &to, QRgb colour)
{
    const SceneSketch::Point *points = sketch.points().data() + edge.first;
    QPoint from = to.map(points[0].x, points[0].y);
    for (std::uint32_t i = 1; i < edge.count; ++i) {
        const QPoint next = to.map(points[i].x, points[i].y);
        canvas.line(from, next, colour);
        from = next;
    }
}

void drawEdges(OverviewCanvas &canvas, const SceneSketch &sketch, const ToDevice &to, QRgb quiet,
               QRgb strong)
{
    // Strong edges (highlighted, selected) over the others.
    std::vector<const SceneSketch::Edge *> later;
    for (const SceneSketch::Edge &edge : sketch.edges()) {
        if (!edge.shown)
            continue;
        if (edge.strong)
            later.push_back(&edge);
        else
            drawEdge(canvas, sketch, edge, to, quiet);
    }
    for (const SceneSketch::Edge *edge : later)
        drawEdge(canvas, sketch, *edge, to, strong);
}

} // namespace

void OverviewRenderer::paint(QPainter *painter, const GraphScene &scene,
                             const std::vector<QGraphicsItem *> &others, const QRectF &exposed,
                             QWidget *widget)
{
    const QTransform transform = painter->worldTransform();
    Q_ASSERT(transform.type() <= QTransform::TxScale);
    const QPaintDevice *device = painter->device();
    const QRect area = transform.mapRect(exposed).toAlignedRect().intersected(
        QRect(0, 0, device->width(), device->height()));
    if (area.isEmpty())
        return;
    const auto ratio = float(device->devicePixelRatio());
    const ToDevice to{float(transform.m11()) * ratio, float(transform.m22()) * ratio,
                      float(transform.dx()) * ratio, float(transform.dy()) * ratio};
    OverviewCanvas canvas(QRect(area.topLeft() * ratio, area.size() * ratio));
    if (canvas.image().isNull())
        return; // no memory for the image: an empty frame rather than a crash
    const QPalette palette = scene.palette();
    const QRgb quiet = opaque(EdgeItem::colour(palette, false));
    std::vector<QGraphicsItem *> painted;
    for (QGraphicsItem *item : others) {
        if (!item->isVisible() || !item->sceneBoundingRect().intersects(exposed))
            continue;
        if (item->type() == GroupEdgeItem::Type) {
            // Thousands of merged edges when hundreds of groups are collapsed: one line each,
            // as the edges they stand for (their own paint took 0.5 s a frame at 100,000).
            const QLineF line = static_cast<const GroupEdgeItem *>(item)->line();
            canvas.line(to.map(line.x1(), line.y1()), to.map(line.x2(), line.y2()), quiet);
        } else {
            painted.push_back(item);
        }
    }
    drawEdges(canvas, scene.sketch(), to, quiet, opaque(EdgeItem::colour(palette, true)));
    drawNodes(canvas, scene.sketch(), to, float(NodeItem::OverviewMinimumPixels) * ratio, palette);
    painter->save();
    painter->resetTransform();
    painter->drawImage(QRectF(area), canvas.image());
    painter->restore();
    for (QGraphicsItem *item : painted)
        DetailRenderer::paintItem(painter, item, exposed, widget);
}

} // namespace converge
