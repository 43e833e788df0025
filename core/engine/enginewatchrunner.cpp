#include "enginewatchrunner.h"

#include "engine/engine.h"
#include "model/graph.h"
#include "model/metaparams.h"

#include <QMetaObject>

namespace converge {

EngineWatchRunner::EngineWatchRunner(std::shared_ptr<const Graph> graph, RunOptions options,
                                     EventSink events)
    : m_graph(std::move(graph)), m_options(std::move(options)), m_events(std::move(events))
{}

EngineWatchRunner::~EngineWatchRunner()
{
    // Each Engine child cancels its run and waits for its processes in its destructor.
    qDeleteAll(findChildren<Engine *>());
}

void EngineWatchRunner::setGraph(std::shared_ptr<const Graph> graph)
{
    const std::lock_guard lock(m_mutex);
    m_graph = std::move(graph);
}

void EngineWatchRunner::check(ResourceId id, const QStringList &refreshedFrom, const QString &cause,
                              Done done)
{
    Q_UNUSED(cause);
    std::shared_ptr<const Graph> graph;
    {
        const std::lock_guard lock(m_mutex);
        graph = m_graph;
    }
    QMetaObject::invokeMethod(
        this,
        [this, graph, id, refreshedFrom, done = std::move(done)] {
            startCheck(graph, id, refreshedFrom, done);
        },
        Qt::QueuedConnection);
}

void EngineWatchRunner::stopChecks(std::function<void()> ended)
{
    m_stopping = true;
    if (m_running == 0) {
        ended();
        return;
    }
    m_ended = std::move(ended);
    for (Engine *engine : findChildren<Engine *>())
        engine->cancel();
}

void EngineWatchRunner::checkEnded(Engine *engine)
{
    engine->deleteLater();
    // The engine's run is over: every resource final, so every process it started was reaped.
    if (--m_running == 0 && m_ended)
        std::exchange(m_ended, {})();
}

void EngineWatchRunner::startCheck(std::shared_ptr<const Graph> graph, ResourceId id,
                                   const QStringList &refreshedFrom, Done done)
{
    // Asked for before the stop, queued until after it: the watch is over.
    if (m_stopping)
        return;
    ++m_running;
    auto *engine = new Engine(this);
    auto next = std::make_shared<qsizetype>(0);
    const auto drain = [this, engine, next, graph] {
        std::vector<RunEvent> batch;
        *next = engine->readEvents(*next, &batch);
        WatchCheckEvent out{graph, engine->summary().startedAt, {}, {}};
        for (RunEvent &e : batch) {
            const bool final = e.type == RunEvent::Type::State && isFinal(e.state);
            out.record = final ? engine->record(e.resource) : RunRecord{};
            out.event = std::move(e);
            m_events(out);
        }
    };
    connect(engine, &Engine::eventsAvailable, this, drain);
    connect(engine, &Engine::refused, this, [this, engine, done] {
        done({false, true});
        checkEnded(engine);
    });
    const bool noop = m_options.noop || MetaParams::parse(graph->resource(id).meta).noop;
    connect(engine, &Engine::finished, this, [this, engine, id, done, drain, graph, noop] {
        drain();
        const RunRecord record = engine->record(id);
        const bool failed = record.state != ResourceState::Done;
        done({record.changed, failed, record.changed && !failed && !noop});
        checkEnded(engine);
    });
    RunOptions options = m_options;
    options.subset = {id};
    options.refreshedFrom = refreshedFrom;
    engine->start(*graph, options);
}

} // namespace converge
