#include "engine/watchsession.h"

#include "engine/enginewatchrunner.h"
#include "engine/graphfilefollower.h"
#include "engine/resourcewatchfactory.h"
#include "engine/watchcoordinator.h"
#include "model/graph.h"
#include "resources/inotifyhub.h"
#include "resources/reactor.h"

#include <QMetaObject>

#include <future>

namespace converge {

WatchSession::WatchSession(std::shared_ptr<const Graph> graph, const RunOptions &options,
                           qint64 convergedAfterMs, Hooks hooks)
    : m_graph(std::move(graph)), m_fileName(options.fileName), m_hooks(std::move(hooks)),
      m_reactor(std::make_unique<Reactor>()), m_mainContext(std::make_unique<QObject>())
{
    if (!m_reactor->isValid())
        return;
    m_hub = std::make_unique<InotifyHub>(*m_reactor);
    if (!m_hub->isValid())
        return;
    m_factory = std::make_unique<ResourceWatchFactory>(*m_reactor, *m_hub);
    m_runner.reset(m_hooks.makeRunner(m_graph));
    onReactor([&] {
        const std::shared_ptr<const Graph> current = m_graph;
        m_coordinator = std::make_unique<WatchCoordinator>(
            *m_reactor, *current, *m_runner,
            [this, current](ResourceId id, WatchSink sink) {
                return m_factory->create(current->resource(id), std::move(sink));
            },
            [this](const WatchReport &r) { report(r); }, convergedAfterMs);
        m_coordinator->startWatches();
        if (!m_hooks.followGraphFile)
            return;
        m_follower = std::make_unique<GraphFileFollower>(
            *m_reactor, *m_hub, options.fileName, options, m_graph,
            [this](std::shared_ptr<const Graph> next, const GraphDiff &diff) { swap(next, diff); },
            [this](const Diagnostics &problems) {
                onMain([this, problems] {
                    m_hooks.problems(problems);
                    m_hooks.log(
                        tr("watch: %1 has errors; the running graph stays").arg(m_fileName));
                });
            });
        m_follower->start();
    });
}

WatchSession::~WatchSession()
{
    stopWatches();
    m_runner.reset(); // cancels the checks still running and waits for their processes
    m_hub.reset();
    m_reactor.reset();
}

void WatchSession::stopWatches()
{
    if (m_coordinator || m_follower) {
        onReactor([&] {
            m_follower.reset();
            m_coordinator.reset();
        });
    }
}

void WatchSession::stop(std::function<void()> ended)
{
    stopWatches();
    if (m_runner)
        m_runner->stopChecks(std::move(ended));
    else
        ended();
}

bool WatchSession::isValid() const
{
    return m_reactor->isValid() && m_hub && m_hub->isValid();
}

QString WatchSession::error() const
{
    return !m_reactor->isValid() ? m_reactor->error() : m_hub ? m_hub->error() : QString();
}

void WatchSession::resume(const std::vector<ResourceId> &failed)
{
    onReactor([&] { m_coordinator->resume(failed); });
}

void WatchSession::swapTo(std::shared_ptr<const Graph> next)
{
    m_reactor->post([this, next] {
        if (!m_coordinator)
            return; // stopped meanwhile
        const GraphDiff diff = GraphDiff::compute(*m_graph, *next);
        if (!diff.isEmpty())
            swap(next, diff);
    });
}

void WatchSession::swap(std::shared_ptr<const Graph> next, const GraphDiff &diff)
{
    // Said before the swap, so the line comes before the log of the checks it starts.
    const QString line = tr("watch: %1 changed: %2 kept, %3 restarted, %4 removed, %5 added")
                             .arg(m_fileName)
                             .arg(diff.unchanged.size())
                             .arg(diff.changed.size())
                             .arg(diff.removed.size())
                             .arg(diff.added.size());
    // Queued before the checks the swap starts, so the line is out before any of them acts.
    onMain([this, line] {
        m_hooks.log(line);
        if (m_hooks.swapped)
            m_hooks.swapped(line);
    });
    // The runner learns the new ids before the coordinator can ask for any of them.
    m_runner->setGraph(next);
    m_graph = next;
    m_coordinator->swap(*next, diff, [this, next](ResourceId id, WatchSink sink) {
        return m_factory->create(next->resource(id), std::move(sink));
    });
}

void WatchSession::report(const WatchReport &r)
{
    const QString key = r.id == InvalidId ? QString() : m_graph->resource(r.id).key();
    QString line;
    switch (r.kind) {
    case WatchReport::Kind::Event:
        line = tr("watch: %1: %2").arg(key, r.text);
        break;
    case WatchReport::Kind::Held:
        line = r.ms < 0 ? tr("watch: %1: held for good by meta limit/burst").arg(key)
                        : tr("watch: %1: held %2 ms by meta limit/burst").arg(key).arg(r.ms);
        break;
    case WatchReport::Kind::CheckStarted:
        line = tr("watch: %1: checking (%2)").arg(key, r.text);
        break;
    case WatchReport::Kind::CheckFinished:
        break; // no line: the check's own events say how it ended
    case WatchReport::Kind::Warning:
        line = tr("watch: %1: %2").arg(key, r.text);
        break;
    case WatchReport::Kind::WatchFailed:
        line = tr("watch: %1: watch failed: %2").arg(key, r.text);
        break;
    case WatchReport::Kind::Converged:
        line = tr("watch: converged for %1 s").arg(double(r.ms) / 1000.0, 0, 'f', 1);
        break;
    }
    const bool converged = r.kind == WatchReport::Kind::Converged;
    onMain([this, line, converged, r, key] {
        if (m_hooks.reports)
            m_hooks.reports(r, key);
        if (!line.isEmpty())
            m_hooks.log(line);
        if (converged && m_hooks.converged)
            m_hooks.converged();
    });
}

void WatchSession::onReactor(const std::function<void()> &fn)
{
    std::promise<void> done;
    m_reactor->post([&] {
        fn();
        done.set_value();
    });
    done.get_future().wait();
}

void WatchSession::onMain(std::function<void()> fn)
{
    QMetaObject::invokeMethod(m_mainContext.get(), std::move(fn), Qt::QueuedConnection);
}

} // namespace converge
