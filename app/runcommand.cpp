#include "runcommand.h"

#include "engine/autoedges.h"
#include "engine/engine.h"
#include "engine/enginewatchrunner.h"
#include "engine/watchsession.h"
#include "export/diagramexporter.h"
#include "formats/dotwriter.h"
#include "formats/graphfileloader.h"
#include "formats/outputfile.h"
#include "resources/descendantreaper.h"
#include "runreporter.h"
#include "terminationsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace converge {

namespace {

class RunMessages
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)
public:
    static QString usage(const QString &what) { return tr("converge run: %1").arg(what); }
    static QString oneFile() { return tr("give exactly one graph file"); }
    static QString outputIsInput(const QString &option)
    {
        return tr("--%1 names the graph file itself; choose another file").arg(option);
    }
    static QString badNumber(const QString &option, const QString &value)
    {
        return tr("%1 expects a whole number, not %2").arg(option, value);
    }
};

bool parseCount(const QCommandLineParser &parser, const QCommandLineOption &option, int *value,
                QTextStream &err)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    *value = parser.value(option).toInt(&ok);
    if (ok && *value >= 0)
        return true;
    err << RunMessages::usage(RunMessages::badNumber(option.names().last(), parser.value(option)))
        << Qt::endl;
    return false;
}

} // namespace

int RunCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(RunMessages::tr("Run a graph: check each resource and change "
                                                     "what is not converged, in parallel."));
    parser.addHelpOption();
    const QCommandLineOption fileOption(
        u"file"_qs, RunMessages::tr("The graph file (same as FILE)."), u"FILE"_qs);
    const QCommandLineOption jobsOption(
        {u"j"_qs, u"jobs"_qs},
        RunMessages::tr("Run at most N resources at once (default: all that are ready)."), u"N"_qs);
    const QCommandLineOption noopOption(u"noop"_qs,
                                        RunMessages::tr("Check only; report what would change."));
    const QCommandLineOption watchOption(
        u"watch"_qs, RunMessages::tr("After the first pass keep watching every resource and "
                                     "repair what drifts, as mgmt does; follow the graph file."));
    // mgmt spells it --converger-timeout today; both are accepted.
    const QCommandLineOption timeoutOption(
        {u"converged-timeout"_qs, u"converger-timeout"_qs},
        RunMessages::tr("Exit S seconds after the graph converged; with --watch, exit 0 once "
                        "nothing happened for S seconds."),
        u"S"_qs);
    const QCommandLineOption dotOption(
        u"graphviz"_qs, RunMessages::tr("Write the graph with its final states as DOT."),
        u"OUT.dot"_qs);
    const QCommandLineOption eventsOption(
        u"events"_qs, RunMessages::tr("Write every event as a JSON line."), u"OUT.jsonl"_qs);
    const QCommandLineOption pngOption(
        u"png"_qs, RunMessages::tr("Save the picture with its final states as PNG."),
        u"OUT.png"_qs);
    const QCommandLineOption svgOption(
        u"svg"_qs, RunMessages::tr("Save the picture with its final states as SVG."),
        u"OUT.svg"_qs);
    parser.addOptions({fileOption, jobsOption, noopOption, watchOption, timeoutOption, dotOption,
                       eventsOption, pngOption, svgOption});
    parser.addPositionalArgument(u"FILE"_qs, RunMessages::tr("A graph in mgmt's YAML format."));
    if (!parser.parse(arguments)) {
        err << RunMessages::usage(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"help"_qs)) {
        out << parser.helpText();
        return 0;
    }
    const QStringList files = parser.values(fileOption) + parser.positionalArguments();
    if (files.size() != 1) {
        err << RunMessages::usage(RunMessages::oneFile()) << Qt::endl << parser.helpText();
        return 2;
    }
    RunOptions options;
    options.fileName = files.first();
    options.noop = parser.isSet(noopOption);
    int convergedTimeout = -1;
    if (!parseCount(parser, jobsOption, &options.jobs, err) ||
        !parseCount(parser, timeoutOption, &convergedTimeout, err))
        return 2;

    const YamlGraphReader::Result loaded = loadGraphFile(options.fileName);
    for (const Diagnostic &d : loaded.diagnostics)
        err << d.toStringWithContext() << Qt::endl;
    if (!loaded.ok())
        return 2;
    const Graph &graph = loaded.graph;

    for (const QCommandLineOption *output : {&eventsOption, &dotOption, &pngOption, &svgOption}) {
        if (parser.isSet(*output) &&
            OutputFile::sameFile(parser.value(*output), options.fileName)) {
            err << RunMessages::usage(RunMessages::outputIsInput(output->names().last()))
                << Qt::endl;
            return 2;
        }
    }
    OutputFile eventsFile(parser.value(eventsOption));
    if (parser.isSet(eventsOption) && !eventsFile.open()) {
        err << RunMessages::usage(eventsFile.errorString()) << Qt::endl;
        return 2;
    }

    // Before anything can start a process: a Ctrl-C, SIGTERM or SIGHUP from here on cancels
    // the run and so reaches every process group it starts.
    Engine engine;
    bool interrupted = false;
    const bool watch = parser.isSet(watchOption);
    const TerminationSignals termination([&] {
        interrupted = true;
        if (engine.isRunning())
            engine.cancel();
        else
            QCoreApplication::exit(130); // during --converged-timeout, or watching
    });

    std::optional<RunReporter> reporter; ///< from started(), when the run's clock is known
    qsizetype next = 0;
    std::vector<RunEvent> batch;
    QByteArray jsonLines;
    auto writeEvent = [&](const RunReporter &by, const RunEvent &e, const RunRecord &record) {
        out << by.logLine(e, record) << u'\n';
        if (eventsFile.isOpen())
            jsonLines += by.jsonLine(e) + '\n';
    };
    auto flushEvents = [&] {
        out.flush();
        // One write per batch: a reader of a FIFO sees events as they happen.
        if (!jsonLines.isEmpty())
            eventsFile.write(jsonLines);
        jsonLines.clear();
    };
    auto drainEvents = [&] {
        batch.clear();
        next = engine.readEvents(next, &batch);
        for (const RunEvent &e : batch) {
            const bool final = e.type == RunEvent::Type::State && isFinal(e.state);
            writeEvent(*reporter, e, final ? engine.record(e.resource) : RunRecord{});
        }
        flushEvents();
    };

    // Made before the first pass so that its watches see drift during the pass too.
    std::unique_ptr<WatchSession> session;
    if (watch) {
        WatchSession::Hooks hooks;
        hooks.log = [&](const QString &line) {
            out << line << Qt::endl;
        };
        hooks.problems = [&](const Diagnostics &problems) {
            for (const Diagnostic &d : problems)
                err << d.toStringWithContext() << Qt::endl;
        };
        if (convergedTimeout >= 0)
            hooks.converged = [] {
                QCoreApplication::exit(0);
            };
        hooks.makeRunner = [&](std::shared_ptr<const Graph> snapshot) {
            return new EngineWatchRunner(
                std::move(snapshot), options, [&](const WatchCheckEvent &e) {
                    writeEvent(RunReporter(*e.graph, e.startedAt, options.noop), e.event, e.record);
                    flushEvents();
                });
        };
        session = std::make_unique<WatchSession>(std::make_shared<const Graph>(graph), options,
                                                 qint64(convergedTimeout) * 1000, hooks);
        if (!session->isValid()) {
            err << RunMessages::usage(session->error()) << Qt::endl;
            return 2;
        }
    }
    QObject::connect(&engine, &Engine::started,
                     [&] { reporter.emplace(graph, engine.summary().startedAt, options.noop); });
    QObject::connect(&engine, &Engine::refused, [&](const Diagnostics &problems) {
        for (const Diagnostic &d : problems)
            err << d.toStringWithContext() << Qt::endl;
        QCoreApplication::exit(2);
    });
    QObject::connect(&engine, &Engine::eventsAvailable, drainEvents);
    int status = 0;
    QObject::connect(&engine, &Engine::finished, [&](const RunSummary &summary) {
        drainEvents();
        out << RunReporter::summaryLine(summary) << Qt::endl;
        if (!summary.error.isEmpty())
            err << RunMessages::usage(summary.error) << Qt::endl;
        status = interrupted ? 130 : summary.converged() ? 0 : 1;
        if (session && !interrupted) {
            std::vector<ResourceId> failed;
            for (ResourceId id : graph.resourceIds()) {
                if (engine.state(id) != ResourceState::Done)
                    failed.push_back(id);
            }
            session->resume(failed);
            return;
        }
        if (interrupted || convergedTimeout <= 0)
            QCoreApplication::exit(status);
        else
            QTimer::singleShot(convergedTimeout * 1000, [&] { QCoreApplication::exit(status); });
    });
    engine.start(graph, options);
    int code = QCoreApplication::exec();
    session.reset(); // every watch, watch command and check ends here
    // Daemons that hid from their command's tag (by clearing their environment) were adopted
    // all the same; the command line owns no other children, so they all end with the run.
    DescendantReaper::endAdopted(true);
    if (code == 2)
        return code; // refused: nothing ran, so there is nothing to write

    // An output that could not be written fails a run that converged: the user asked for it.
    auto outputFailed = [&](const QString &error) {
        err << RunMessages::usage(error) << Qt::endl;
        code = std::max(code, 1);
    };
    if (parser.isSet(eventsOption) && !eventsFile.commit())
        outputFailed(eventsFile.errorString());
    if (parser.isSet(dotOption)) {
        DotWriter::Options dot;
        dot.states.resize(graph.resourceCapacity(), ResourceState::Pending);
        for (ResourceId id : graph.resourceIds())
            dot.states[id] = engine.state(id);
        for (const AutoEdges::Pair &pair : AutoEdges::find(graph))
            dot.autoEdges.emplace_back(pair.from, pair.to);
        QString error;
        if (!DotWriter::writeFile(parser.value(dotOption), graph, dot, &error))
            outputFailed(error);
    }
    std::vector<ResourceState> states(graph.resourceCapacity(), ResourceState::Pending);
    for (ResourceId id : graph.resourceIds())
        states[id] = engine.state(id);
    for (const QCommandLineOption *picture : {&pngOption, &svgOption}) {
        QString error;
        if (parser.isSet(*picture) &&
            !DiagramExporter::exportGraph(parser.value(*picture), graph, states, {}, {}, &error))
            outputFailed(error);
    }
    return code;
}

} // namespace converge
