#include "graphtext.h"

#include "document/document.h"
#include "editor/grapheditor.h"
#include "export/diagramexporter.h"
#include "formats/dotreader.h"
#include "formats/yamlgraphreader.h"
#include "layout/graphvizlayout.h"
#include "layout/layoutprocess.h"
#include "model/statepalette.h"
#include "scene/graphscene.h"
#include "scene/nodeitem.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtSvg/QSvgRenderer>

#include <set>

using namespace converge;
using namespace converge::testing;

/// Every export format of a shared example opens in its reader and shows the run's states.
class TestDiagramExporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Graph m_graph;
    std::vector<ResourceState> m_states;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    ResourceId id(const char *name) const
    {
        return m_graph.find(u"exec"_qs, QString::fromLatin1(name));
    }
    static QSet<QRgb> colours(const QImage &image)
    {
        QSet<QRgb> set;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                set.insert(image.pixel(x, y));
        }
        return set;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        YamlGraphReader::Result result =
            YamlGraphReader::readFile(QStringLiteral(CONVERGE_EXAMPLES_DIR "/graph10.yaml"));
        QVERIFY(result.ok());
        m_graph = std::move(result.graph);
        // After a run in which exec5 failed: everything else converged.
        m_states.assign(m_graph.resourceCapacity(), ResourceState::Done);
        m_states[id("exec5")] = ResourceState::Failed;
    }

    void pngHasTheExpectedSizeAndShowsStateColours()
    {
        GraphScene scene;
        QString error;
        QVERIFY2(DiagramExporter::showGraph(scene, m_graph, m_states, {}, &error),
                 qPrintable(error));
        DiagramExporter::Options options;
        options.scale = 2;
        const QRectF rect = DiagramExporter::exportRect(scene, options);
        QVERIFY(DiagramExporter::exportFile(path(u"g.png"_qs), &scene, {}, options, &error));
        const QImage image(path(u"g.png"_qs));
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), (rect.size() * 2).toSize());
        const QSet<QRgb> seen = colours(image);
        QVERIFY2(seen.size() > 20, "a diagram has many colours, with antialiased text");
        QVERIFY(seen.contains(StatePalette::style(ResourceState::Failed).fill.rgb()));
        QVERIFY(seen.contains(StatePalette::style(ResourceState::Done).fill.rgb()));
        // No clipping: the outermost rows and columns are all background.
        const QRgb corner = image.pixel(0, 0);
        QCOMPARE(QColor(corner), scene.palette().color(QPalette::Base));
        for (int x = 0; x < image.width(); ++x) {
            QCOMPARE(image.pixel(x, 0), corner);
            QCOMPARE(image.pixel(x, image.height() - 1), corner);
        }
        for (int y = 0; y < image.height(); ++y) {
            QCOMPARE(image.pixel(0, y), corner);
            QCOMPARE(image.pixel(image.width() - 1, y), corner);
        }
    }

    void pngScaleAndTransparency()
    {
        QString error;
        DiagramExporter::Options options;
        options.scale = 1;
        QVERIFY(DiagramExporter::exportGraph(path(u"1.png"_qs), m_graph, m_states, {}, options,
                                             &error));
        options.scale = 3;
        options.transparent = true;
        QVERIFY(DiagramExporter::exportGraph(path(u"3.png"_qs), m_graph, m_states, {}, options,
                                             &error));
        const QImage one(path(u"1.png"_qs));
        const QImage three(path(u"3.png"_qs));
        QVERIFY(qAbs(three.width() - 3 * one.width()) <= 3);
        QVERIFY(qAbs(three.height() - 3 * one.height()) <= 3);
        QCOMPARE(qAlpha(one.pixel(0, 0)), 255);
        QCOMPARE(qAlpha(three.pixel(0, 0)), 0);
        QVERIFY(three.hasAlphaChannel());
    }

    void svgIsValidAndKeepsLabelsAsText()
    {
        QString error;
        QVERIFY2(DiagramExporter::exportGraph(path(u"g.svg"_qs), m_graph, m_states, {}, {}, &error),
                 qPrintable(error));
        QSvgRenderer renderer(path(u"g.svg"_qs));
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.viewBoxF().width() > 100);
        QFile file(path(u"g.svg"_qs));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        for (const char *name : {"exec1", "exec5", "exec8"})
            QVERIFY2(svg.contains(QByteArray(">") + name + "<"), name);
        QVERIFY(svg.contains(StatePalette::fillName(ResourceState::Failed).toLatin1()));
    }

    void pdfHasOnePage()
    {
        QString error;
        QVERIFY2(DiagramExporter::exportGraph(path(u"g.pdf"_qs), m_graph, m_states, {}, {}, &error),
                 qPrintable(error));
        QFile file(path(u"g.pdf"_qs));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString pdf = QString::fromLatin1(file.readAll());
        QVERIFY(pdf.startsWith(u"%PDF-"_qs));
        static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_qs);
        QCOMPARE(pdf.count(page), 1);
    }

    void dotReadsBackAsTheSameGraph()
    {
        QString error;
        QVERIFY2(DiagramExporter::exportGraph(path(u"g.dot"_qs), m_graph, m_states, {}, {}, &error),
                 qPrintable(error));
        Diagnostics diagnostics;
        const std::optional<Graph> back = DotReader::readFile(path(u"g.dot"_qs), &diagnostics);
        QVERIFY(back);
        QCOMPARE(contentDifference(*back, m_graph), QString());
        QFile file(path(u"g.dot"_qs));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray dot = file.readAll();
        QVERIFY(dot.contains("failed"));
        QVERIFY(dot.contains("pos="));
        // Graphviz's own tool as an outside check, where it is installed.
        const QString dotTool = QStandardPaths::findExecutable(u"dot"_qs);
        if (dotTool.isEmpty())
            return;
        QProcess process;
        process.start(dotTool, {u"-Tsvg"_qs, path(u"g.dot"_qs)});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QSvgRenderer(process.readAllStandardOutput()).isValid());
    }

    void dotCarriesWhereTheSceneShowsMovedAndAddedNodes()
    {
        Document document;
        GraphScene scene;
        GraphEditor editor(&document, &scene);
        QVERIFY(document.replaceGraph(m_graph, {}));
        QString error;
        const std::optional<GraphLayout> layout = GraphvizLayout::layout(m_graph, {}, &error);
        QVERIFY2(layout, qPrintable(error));
        editor.reset(*layout);
        QVERIFY(!scene.isBuilding());
        QVERIFY(editor.setPositions({{u"exec/exec4"_qs, QPointF(900, -300)}}));
        GraphFragment fragment;
        Resource added;
        added.kind = u"noop"_qs;
        added.name = u"late"_qs;
        added.position = QPointF(-200, 640);
        fragment.resources.push_back(added);
        QVERIFY(editor.insert(fragment));

        DiagramExporter::Model model;
        model.graph = &document.graph();
        QVERIFY2(DiagramExporter::exportFile(path(u"edited.dot"_qs), &scene, model, {}, &error),
                 qPrintable(error));
        QFile file(path(u"edited.dot"_qs));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString dot = QString::fromUtf8(file.readAll());
        // Graphviz's coordinates are the scene's with Y up: one offset for every node, the
        // moved and the added one included, so the file draws what the window shows.
        std::optional<QPointF> offset;
        for (ResourceId id : document.graph().resourceIds()) {
            const QRegularExpression node(u"\\bn%1\\s*\\[([^;]*)\\];"_qs.arg(id));
            const QRegularExpressionMatch attributes = node.match(dot);
            QVERIFY2(attributes.hasMatch(), qPrintable(document.graph().resource(id).key()));
            static const QRegularExpression pos(u"\\bpos=\"([-0-9.]+),([-0-9.]+)\""_qs);
            const QRegularExpressionMatch at = pos.match(attributes.captured(1));
            QVERIFY2(at.hasMatch(), qPrintable(document.graph().resource(id).key()));
            const QPointF shown = scene.nodeItem(id)->pos();
            const QPointF here(at.captured(1).toDouble() - shown.x(),
                               at.captured(2).toDouble() + shown.y());
            if (!offset)
                offset = here;
            QVERIFY2((here - *offset).manhattanLength() < 0.05,
                     qPrintable(document.graph().resource(id).key()));
        }
    }

    void exportLeavesTheSelectionAloneAndDrawsNoSelectionRing()
    {
        GraphScene scene;
        QString error;
        QVERIFY(DiagramExporter::showGraph(scene, m_graph, m_states, {}, &error));
        const QImage plain = DiagramExporter::renderImage(scene, {});
        scene.selectResource(id("exec4"));
        const QImage selected = DiagramExporter::renderImage(scene, {});
        QCOMPARE(scene.selectedResources(), std::vector<ResourceId>{id("exec4")});
        QCOMPARE(selected, plain);
    }

    void unknownFormatIsRefused()
    {
        GraphScene scene;
        QString error;
        QVERIFY(!DiagramExporter::exportFile(path(u"g.bmp"_qs), &scene, {}, {}, &error));
        QCOMPARE(error, path(u"g.bmp"_qs) + u": unknown format; use .dot, .png, .svg or .pdf"_qs);
        QVERIFY(!QFile::exists(path(u"g.bmp"_qs)));
        QVERIFY(!DiagramExporter::exportFile(path(u"empty.png"_qs), &scene, {}, {}, &error));
        QCOMPARE(error, u"there is no picture to export"_qs);
    }

    void aCrashInTheLayoutFailsOnlyTheExport()
    {
        // The layout runs in the same helper process as in the window: a Graphviz crash there
        // is a message, and this process (the `converge export` command) lives on.
        LayoutProcess::setTestHook("crash");
        auto restore = qScopeGuard([] { LayoutProcess::setTestHook({}); });
        QString error;
        QVERIFY(!DiagramExporter::exportGraph(path(u"crash.svg"_qs), m_graph, m_states, {}, {},
                                              &error));
        QCOMPARE(error, u"cannot lay out the graph: the dot layout crashed (signal 11: "
                        u"Segmentation fault); the graph is unchanged: try another engine"_qs);
        QVERIFY(!QFile::exists(path(u"crash.svg"_qs)));
    }
};

QTEST_MAIN(TestDiagramExporter)
#include "tst_diagramexporter.moc"
