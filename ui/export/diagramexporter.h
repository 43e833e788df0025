#pragma once

#include "layout/graphlayout.h"
#include "layout/graphvizlayout.h"
#include "model/resourcestate.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <optional>
#include <vector>

class QGraphicsScene;

namespace converge {

class Graph;
class GraphScene;

/// Saves the picture of a graph as DOT, PNG, SVG or PDF.
///
/// PNG, SVG and PDF are rendered from a QGraphicsScene (the GUI's GraphScene, with its items,
/// state colours and glyphs), so they show what the window shows, minus the selection, highlights
/// and other marks of the moment (and the critical path unless asked for). The rendered area is the
/// items' bounding box plus a margin, so nothing is clipped; text is drawn at the resolution the
/// node boxes were measured at, so labels fit as on screen. DOT goes through DotWriter with the
/// geometry the scene's items have, so moved and added nodes are written where the user sees them.
/// Works without a display (QT_QPA_PLATFORM=offscreen). GUI thread only (it paints scene items);
/// files are written atomically. Failures return false with a translated message and leave no file
/// behind.
class DiagramExporter
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExporter)
public:
    enum class Format
    {
        Dot, ///< Graphviz DOT through cgraph, with positions and states
        Png, ///< raster at Options::scale pixels per point
        Svg, ///< vector, text kept as text
        Pdf, ///< one page the size of the picture
    };

    struct Options
    {
        qreal scale = 2;           ///< PNG pixels per scene unit (1 = as on screen at 100 %)
        bool transparent = false;  ///< PNG only: no background fill
        qreal margin = 16;         ///< scene units around the items
        bool criticalPath = false; ///< keep the critical-path glow (left out unless asked)
    };

    /// What a DOT export needs besides the scene: the model and the run states.
    struct Model
    {
        const Graph *graph = nullptr;
        LayoutDirection direction = LayoutDirection::TopToBottom;
        std::vector<ResourceState> states; ///< by ResourceId; empty before any run
    };

    /// The format path's extension names (.dot/.gv, .png, .svg, .pdf), if any.
    static std::optional<Format> formatForPath(const QString &path);
    /// "png", "svg", ... as in file names.
    static QString suffix(Format format);
    /// The file dialog filter for format, translated ("PNG image (*.png)").
    static QString filter(Format format);

    /// The rectangle of scene that is exported: items plus margin.
    static QRectF exportRect(const QGraphicsScene &scene, const Options &options);
    /// The picture as an image of exportRect() times scale pixels.
    static QImage renderImage(QGraphicsScene &scene, const Options &options);
    /// The picture as an SVG document; title goes into the SVG's <title>.
    static QByteArray renderSvg(QGraphicsScene &scene, const Options &options,
                                const QString &title = {});

    /// Writes path in the format its extension names. DOT needs model.graph and takes positions
    /// from scene's nodes and edges when there is a scene; the others need scene. False with *error
    /// when the format is unknown or writing fails.
    static bool exportFile(const QString &path, QGraphicsScene *scene, const Model &model,
                           const Options &options, QString *error);

    /// Lays graph out as the GUI would (node boxes measured with the scene's font) and shows it
    /// in scene coloured by states (by ResourceId; empty: no run). Returns the layout, or
    /// nothing with *error when Graphviz fails.
    static std::optional<GraphLayout> showGraph(GraphScene &scene, const Graph &graph,
                                                const std::vector<ResourceState> &states,
                                                const GraphvizLayout::Options &layoutOptions,
                                                QString *error);
    /// For tools without a window: lays graph out as the GUI would (node boxes measured with
    /// the scene font), draws it in a GraphScene coloured by states (by ResourceId, may be
    /// empty) and exports it to path. False with *error when layout or writing fails. When
    /// given, *engine and *note receive the layout's engine and why it was chosen.
    static bool exportGraph(const QString &path, const Graph &graph,
                            const std::vector<ResourceState> &states,
                            const GraphvizLayout::Options &layoutOptions, const Options &options,
                            QString *error, QString *engine = nullptr, QString *note = nullptr);

private:
    static bool writePdf(const QString &path, QGraphicsScene &scene, const Options &options,
                         QString *error);
};

} // namespace converge
