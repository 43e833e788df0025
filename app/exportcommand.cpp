#include "exportcommand.h"

#include "export/diagramexporter.h"
#include "formats/graphfileloader.h"
#include "formats/outputfile.h"
#include "layout/graphvizlayout.h"
#include "records/recordedrun.h"
#include "records/runtimeline.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>

namespace converge {

namespace {

/// Translation context for the subcommand's messages.
class ExportMessages
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static QString description()
    {
        return tr("Lay out a graph and save its picture as DOT, PNG, SVG or PDF.");
    }
};

bool drawsPictures(int argc, char **argv)
{
    if (argc < 2)
        return false;
    if (std::strcmp(argv[1], "export") == 0)
        return true;
    if (std::strcmp(argv[1], "run") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        for (const char *option : {"--png", "--svg"}) {
            const size_t n = std::strlen(option);
            if (std::strncmp(argv[i], option, n) == 0 && (argv[i][n] == '\0' || argv[i][n] == '='))
                return true;
        }
    }
    return false;
}

/// The state each resource ended a recorded run in, by ResourceId; false after printing the
/// file's problems when it cannot be read.
bool finalStates(const QString &path, const Graph &graph, std::vector<ResourceState> *states,
                 QTextStream &err)
{
    Diagnostics diagnostics;
    const std::optional<RecordedRun> run = RecordedRun::readFile(path, &diagnostics);
    std::vector<RunEvent> bound;
    if (run)
        bound = run->bind(graph, &diagnostics);
    for (const Diagnostic &d : diagnostics)
        err << d.toStringWithContext() << Qt::endl;
    if (!run)
        return false;
    RunTimeline timeline;
    timeline.apply(bound);
    states->assign(graph.resourceCapacity(), ResourceState::Pending);
    for (const RunTimeline::Row &row : timeline.rows())
        (*states)[row.id] = row.state;
    return true;
}

} // namespace

std::unique_ptr<QCoreApplication> ExportCommand::createApplication(int &argc, char **argv)
{
    if (!drawsPictures(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // Drawing needs a platform plugin; without a display, the offscreen one renders the same.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

int ExportCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString name = u"converge export: "_qs;
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportMessages::description());
    parser.addHelpOption();
    const QCommandLineOption output({u"o"_qs, u"output"_qs},
                                    ExportMessages::tr("Where to save; the extension picks the "
                                                       "format: .dot, .gv, .png, .svg or .pdf."),
                                    u"OUT"_qs);
    const QCommandLineOption layout(
        u"layout"_qs,
        ExportMessages::tr("Layout engine: %1. Without it Converge chooses: dot "
                           "where it is quick, else its own layered layout, or for "
                           "a graph with cycles sfdp (ranks beyond sfdp's reach).")
            .arg(GraphvizLayout::engines().join(u", ")),
        u"ENGINE"_qs, u"dot"_qs);
    const QCommandLineOption direction(
        u"direction"_qs, ExportMessages::tr("TB (top to bottom, default) or LR (left to right)."),
        u"DIR"_qs, u"TB"_qs);
    const QCommandLineOption scale(
        u"scale"_qs, ExportMessages::tr("PNG pixels per point, 0.1 to 16 (default: 2)."), u"N"_qs,
        u"2"_qs);
    const QCommandLineOption transparent(
        u"transparent"_qs, ExportMessages::tr("PNG and SVG: leave the background transparent."));
    const QCommandLineOption events(
        u"events"_qs,
        ExportMessages::tr("Colour the nodes with the final states of a run recorded by "
                           "'converge run --events'."),
        u"RUN.jsonl"_qs);
    parser.addOptions({output, layout, direction, scale, transparent, events});
    parser.addPositionalArgument(u"FILE"_qs, ExportMessages::tr("A yamlgraph or DOT file."));
    if (!parser.parse(arguments)) {
        err << name << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"help"_qs)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    const QString target = parser.value(output);
    const auto usage = [&](const QString &message) {
        err << name << message << Qt::endl;
        return 2;
    };
    if (files.size() != 1)
        return usage(ExportMessages::tr("give exactly one graph file"));
    if (target.isEmpty())
        return usage(ExportMessages::tr("give the output file with -o OUT"));
    if (OutputFile::sameFile(target, files.front()) ||
        (parser.isSet(events) && OutputFile::sameFile(target, parser.value(events))))
        return usage(ExportMessages::tr("%1 is an input; choose another output file").arg(target));
    if (!DiagramExporter::formatForPath(target))
        return usage(
            ExportMessages::tr("%1: unknown format; use .dot, .png, .svg or .pdf").arg(target));
    GraphvizLayout::Options layoutOptions;
    layoutOptions.engine = parser.value(layout);
    if (!GraphvizLayout::engines().contains(layoutOptions.engine))
        return usage(ExportMessages::tr("unknown layout engine %1; use one of: %2")
                         .arg(layoutOptions.engine, GraphvizLayout::engines().join(u", ")));
    // An engine asked for by name is used as asked, whatever the graph's size.
    layoutOptions.automaticEngine = !parser.isSet(layout);
    const QString dir = parser.value(direction).toUpper();
    if (dir != u"TB" && dir != u"LR")
        return usage(
            ExportMessages::tr("unknown direction %1; use TB or LR").arg(parser.value(direction)));
    layoutOptions.direction =
        dir == u"LR" ? LayoutDirection::LeftToRight : LayoutDirection::TopToBottom;
    DiagramExporter::Options options;
    bool ok = false;
    options.scale = parser.value(scale).toDouble(&ok);
    // Written so that NaN, which fails every comparison, is refused too.
    if (!ok || !(options.scale >= 0.1 && options.scale <= 16))
        return usage(ExportMessages::tr("--scale must be a number from 0.1 to 16"));
    options.transparent = parser.isSet(transparent);

    const YamlGraphReader::Result result = loadGraphFile(files.front());
    for (const Diagnostic &d : result.diagnostics)
        err << d.toStringWithContext() << Qt::endl;
    if (!result.ok())
        return 1;
    std::vector<ResourceState> states;
    if (parser.isSet(events) && !finalStates(parser.value(events), result.graph, &states, err))
        return 1;
    QString error, engine, note;
    if (!DiagramExporter::exportGraph(target, result.graph, states, layoutOptions, options, &error,
                                      &engine, &note)) {
        err << name << error << Qt::endl;
        return 1;
    }
    // One line, so that a script sees which engine drew the picture (the automatic choice
    // depends on the graph's size and shape).
    err << name
        << (note.isEmpty() ? ExportMessages::tr("laid out with %1").arg(engine)
                           : ExportMessages::tr("laid out with %1; %2").arg(engine, note))
        << Qt::endl;
    return 0;
}

} // namespace converge
