#include "export/diagramexporter.h"

#include "formats/dotwriter.h"
#include "formats/outputfile.h"
#include "layout/layoutprocess.h"
#include "model/graph.h"
#include "model/nodebox.h"
#include "scene/autoedgeoverlay.h"
#include "scene/criticalpathoverlay.h"
#include "scene/edgeitem.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QScreen>
#include <QSvgGenerator>

#include <cmath>

namespace converge {

namespace {

// Big enough for any poster, small enough that a typo in --scale cannot exhaust memory.
constexpr qint64 MaxImagePixels = qint64(16384) * 16384;

/// The resolution node boxes were measured at (QFontMetricsF without a device uses it). Text
/// drawn on a device of another resolution would come out larger or smaller than its box.
qreal measuringDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchY() : 96.0;
}

/// Leaves only the diagram in the scene for the duration of an export: the graph and its run
/// states, never the selection ring, edges highlighted for a selection, connect handles, a
/// rubber line or other marks of the moment, and the critical-path glow only when asked for.
/// Puts everything back afterwards (re-selecting highlights the edges again).
class DiagramOnly
{
public:
    DiagramOnly(QGraphicsScene &scene, bool criticalPath)
        : m_scene(scene), m_selected(scene.selectedItems())
    {
        m_scene.clearSelection();
        for (QGraphicsItem *item : m_scene.items()) {
            if (auto *edge = qgraphicsitem_cast<EdgeItem *>(item)) {
                edge->setHighlighted(false);
                continue;
            }
            const bool diagram = item->type() == NodeItem::Type ||
                                 item->type() == AutoEdgeOverlay::Type ||
                                 (criticalPath && item->type() == CriticalPathOverlay::Type);
            // Children (a node's own parts) follow their parent.
            if (!diagram && !item->parentItem() && item->isVisible()) {
                item->hide();
                m_hidden.push_back(item);
            }
        }
    }
    ~DiagramOnly()
    {
        for (QGraphicsItem *item : std::as_const(m_hidden))
            item->show();
        for (QGraphicsItem *item : std::as_const(m_selected))
            item->setSelected(true);
    }
    DiagramOnly(const DiagramOnly &) = delete;
    DiagramOnly &operator=(const DiagramOnly &) = delete;

private:
    QGraphicsScene &m_scene;
    QList<QGraphicsItem *> m_selected;
    QList<QGraphicsItem *> m_hidden;
};

/// The geometry as the scene draws it now: node centres and sizes and edge splines by id, bounds
/// around them. A DOT export writes this, so it shows what the user sees.
GraphLayout drawnLayout(const QGraphicsScene &scene)
{
    GraphLayout layout;
    QRectF bounds;
    for (QGraphicsItem *item : scene.items()) {
        if (const auto *node = qgraphicsitem_cast<const NodeItem *>(item)) {
            const QSizeF size = node->size();
            layout.nodes.push_back({node->resourceId(), node->pos(), size});
            bounds = bounds.united(
                QRectF(node->pos() - QPointF(size.width() / 2, size.height() / 2), size));
        } else if (const auto *edge = qgraphicsitem_cast<const EdgeItem *>(item)) {
            layout.edges.push_back(edge->geometry());
            for (QPointF p : edge->geometry().spline)
                bounds = bounds.united(QRectF(p, QSizeF(0, 0)));
        }
    }
    layout.bounds = bounds;
    return layout;
}

QColor background(const QGraphicsScene &scene)
{
    return scene.palette().color(QPalette::Base);
}

void paintScene(QPainter &painter, QGraphicsScene &scene, const QRectF &target,
                const QRectF &source, bool transparent)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    if (!transparent)
        painter.fillRect(target, background(scene));
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
}

} // namespace

std::optional<DiagramExporter::Format> DiagramExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"dot" || suffix == u"gv")
        return Format::Dot;
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QString DiagramExporter::suffix(Format format)
{
    switch (format) {
    case Format::Dot:
        return QStringLiteral("dot");
    case Format::Png:
        return QStringLiteral("png");
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString DiagramExporter::filter(Format format)
{
    switch (format) {
    case Format::Dot:
        return tr("Graphviz DOT (*.dot *.gv)");
    case Format::Png:
        return tr("PNG image (*.png)");
    case Format::Svg:
        return tr("SVG drawing (*.svg)");
    case Format::Pdf:
        return tr("PDF document (*.pdf)");
    }
    return {};
}

QRectF DiagramExporter::exportRect(const QGraphicsScene &scene, const Options &options)
{
    // Whole units, so that the picture's edges fall on pixel boundaries.
    const QRectF items = scene.itemsBoundingRect().adjusted(-options.margin, -options.margin,
                                                            options.margin, options.margin);
    return QRectF(std::floor(items.left()), std::floor(items.top()), std::ceil(items.width()),
                  std::ceil(items.height()));
}

QImage DiagramExporter::renderImage(QGraphicsScene &scene, const Options &options)
{
    const DiagramOnly diagram(scene, options.criticalPath);
    const QRectF source = exportRect(scene, options);
    const QSize size(qRound(source.width() * options.scale),
                     qRound(source.height() * options.scale));
    if (size.isEmpty() || qint64(size.width()) * size.height() > MaxImagePixels)
        return {};
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return {};
    const qreal dotsPerMeter = measuringDpi() / 0.0254;
    image.setDotsPerMeterX(qRound(dotsPerMeter));
    image.setDotsPerMeterY(qRound(dotsPerMeter));
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        paintScene(painter, scene, QRectF(QPointF(0, 0), size), source, options.transparent);
    }
    // Recorded after painting, where it no longer changes text size: a viewer that honours it
    // shows the picture at its on-screen size however many pixels it has.
    image.setDotsPerMeterX(qRound(dotsPerMeter * options.scale));
    image.setDotsPerMeterY(qRound(dotsPerMeter * options.scale));
    return image;
}

QByteArray DiagramExporter::renderSvg(QGraphicsScene &scene, const Options &options,
                                      const QString &title)
{
    const DiagramOnly diagram(scene, options.criticalPath);
    const QRectF source = exportRect(scene, options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(qRound(measuringDpi()));
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(title);
    generator.setDescription(tr("Resource graph drawn by Converge"));
    {
        QPainter painter(&generator);
        paintScene(painter, scene, QRectF(QPointF(0, 0), source.size()), source,
                   options.transparent);
    }
    // Qt writes its own alias ("Sans Serif"), which browsers and converters do not know: name
    // the font actually used. One name only: some renderers (ImageMagick) read a list as one
    // unknown name and then lose the state glyphs.
    const QString family = scene.font().family();
    const QString used = QFontInfo(scene.font()).family();
    QByteArray svg = buffer.data();
    svg.replace(u"font-family=\"%1\""_qs.arg(family).toUtf8(),
                u"font-family=\"%1\""_qs.arg(used).toUtf8());
    return svg;
}

bool DiagramExporter::writePdf(const QString &path, QGraphicsScene &scene, const Options &options,
                               QString *error)
{
    const DiagramOnly diagram(scene, options.criticalPath);
    const QRectF source = exportRect(scene, options);
    const qreal dpi = measuringDpi();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(qRound(dpi));
        writer.setCreator(u"Converge"_qs);
        writer.setTitle(QFileInfo(path).completeBaseName());
        // One scene unit is one pixel at the measuring resolution, as on screen at 100 %.
        const QSizeF points = source.size() * 72.0 / dpi;
        writer.setPageLayout(
            QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                        QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("cannot draw the PDF page");
            return false;
        }
        paintScene(painter, scene, QRectF(0, 0, writer.width(), writer.height()), source,
                   options.transparent);
    }
    return OutputFile::save(path, buffer.data(), error);
}

bool DiagramExporter::exportFile(const QString &path, QGraphicsScene *scene, const Model &model,
                                 const Options &options, QString *error)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        *error = tr("%1: unknown format; use .dot, .png, .svg or .pdf").arg(path);
        return false;
    }
    if (*format == Format::Dot) {
        if (!model.graph) {
            *error = tr("there is no graph to export");
            return false;
        }
        // What the user sees, not what Graphviz once computed: moved and added nodes included.
        const GraphLayout drawn = scene ? drawnLayout(*scene) : GraphLayout();
        DotWriter::Options dot;
        dot.layout = scene ? &drawn : nullptr;
        dot.direction = model.direction;
        dot.states = model.states;
        return DotWriter::writeFile(path, *model.graph, dot, error);
    }
    if (!scene || scene->items().isEmpty()) {
        *error = tr("there is no picture to export");
        return false;
    }
    switch (*format) {
    case Format::Png: {
        const QImage image = renderImage(*scene, options);
        if (image.isNull()) {
            *error = tr("the picture is too large at scale %1").arg(options.scale);
            return false;
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG")) {
            *error = tr("cannot encode the PNG image");
            return false;
        }
        return OutputFile::save(path, png, error);
    }
    case Format::Svg:
        return OutputFile::save(
            path, renderSvg(*scene, options, QFileInfo(path).completeBaseName()), error);
    case Format::Pdf:
        return writePdf(path, *scene, options, error);
    case Format::Dot:
        break;
    }
    return false;
}

std::optional<GraphLayout> DiagramExporter::showGraph(GraphScene &scene, const Graph &graph,
                                                      const std::vector<ResourceState> &states,
                                                      const GraphvizLayout::Options &layoutOptions,
                                                      QString *error)
{
    GraphvizLayout::Options sized = layoutOptions;
    sized.nodeSizes.assign(graph.resourceCapacity(), QSizeF());
    for (ResourceId id : graph.resourceIds())
        sized.nodeSizes[id] = NodeBox::size(graph.resource(id).name, scene.font());
    QString layoutError;
    // In a child process, as in the window: a crash inside Graphviz fails the export with its
    // reason instead of killing the command, and the layout is bounded in memory and CPU time.
    std::optional<GraphLayout> layout =
        LayoutProcess::run(GraphvizLayout::snapshot(graph, sized), {}, &layoutError);
    if (!layout) {
        *error = tr("cannot lay out the graph: %1").arg(layoutError);
        return std::nullopt;
    }
    scene.showLayout(graph, *layout);
    // Every new item waits in the scene's polish queue until the event loop runs, and a command
    // has none: each item deleted unpolished searches that queue from the front, which made
    // tearing down a 100,000-resource scene quadratic (61 % of the export's time).
    QCoreApplication::sendPostedEvents(&scene, QEvent::MetaCall);
    if (!states.empty())
        scene.updateStates(states, graph.resourceIds());
    return layout;
}

bool DiagramExporter::exportGraph(const QString &path, const Graph &graph,
                                  const std::vector<ResourceState> &states,
                                  const GraphvizLayout::Options &layoutOptions,
                                  const Options &options, QString *error, QString *engine,
                                  QString *note)
{
    GraphScene scene;
    const std::optional<GraphLayout> layout = showGraph(scene, graph, states, layoutOptions, error);
    if (!layout)
        return false;
    if (engine)
        *engine = layout->engine;
    if (note)
        *note = layout->note;
    Model model;
    model.graph = &graph;
    model.direction = layoutOptions.direction;
    model.states = states;
    return exportFile(path, &scene, model, options, error);
}

} // namespace converge
