#include "document/watchmonitor.h"

#include "engine/enginewatchrunner.h"
#include "engine/watchsession.h"
#include "model/graph.h"

namespace converge {

namespace {
// One batch per frame at most: a flapping file or a chatty watchcmd must not repaint the
// scene once per event.
constexpr int BatchIntervalMs = 16;
} // namespace

WatchMonitor::WatchMonitor(QObject *parent) : QObject(parent)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(BatchIntervalMs);
    connect(&m_flush, &QTimer::timeout, this, &WatchMonitor::flush);
}

WatchMonitor::~WatchMonitor()
{
    // Here, not by member order: a check ending while the session goes still reaches
    // checkEvent(), which needs the members declared after m_session.
    m_session.reset();
}

bool WatchMonitor::start(const Graph &graph, const RunOptions &options, QString *error)
{
    stop();
    const std::uint32_t capacity = graph.resourceCapacity();
    m_repairs.assign(capacity, 0);
    m_lastCause.assign(capacity, QString());
    m_checkCause.assign(capacity, QString());
    m_busy.clear();
    m_resumed = false;
    m_graph = std::make_shared<const Graph>(graph);
    WatchSession::Hooks hooks;
    // The log shows the structured reports (report()); the session's own lines are the CLI's.
    hooks.log = [](const QString &) {
    };
    hooks.reports = [this](const WatchReport &r, const QString &key) {
        report(r, key);
    };
    hooks.swapped = [this](const QString &line) {
        emit swapped(line);
    };
    hooks.followGraphFile = false;
    hooks.makeRunner = [this, options](std::shared_ptr<const Graph> snapshot) {
        return new EngineWatchRunner(std::move(snapshot), options,
                                     [this](const WatchCheckEvent &e) { checkEvent(e); });
    };
    m_session = std::make_unique<WatchSession>(m_graph, options, -1, std::move(hooks));
    if (m_session->isValid())
        return true;
    *error = m_session->error();
    m_session.reset();
    return false;
}

void WatchMonitor::resume(const QDateTime &passStartedAt, const std::vector<ResourceId> &failed)
{
    m_passStartedAt = passStartedAt;
    m_resumed = true;
    m_quiet.start();
    m_session->resume(failed);
}

void WatchMonitor::stop()
{
    if (!m_session)
        return;
    m_session.reset(); // waits for every watchcmd and check process to end
    ended();
}

void WatchMonitor::stopLater()
{
    if (!m_session || m_stopping)
        return;
    m_stopping = true;
    m_resumed = false;
    auto returned = std::make_shared<bool>(false);
    bool endedAtOnce = false;
    m_session->stop([this, returned, &endedAtOnce] {
        if (!*returned) {
            endedAtOnce = true; // no check ran: the session is still inside stop()
            return;
        }
        // Called from the last check's finished(), inside the session's runner: the session
        // goes once that has returned.
        QMetaObject::invokeMethod(this, &WatchMonitor::finishStop, Qt::QueuedConnection);
    });
    *returned = true;
    if (endedAtOnce)
        finishStop();
}

void WatchMonitor::finishStop()
{
    m_session.reset(); // nothing is left to wait for
    ended();
    emit stopped();
}

void WatchMonitor::ended()
{
    m_stopping = false;
    m_resumed = false;
    m_busy.clear();
    flush();
}

void WatchMonitor::swapTo(const Graph &next)
{
    if (!isWatching())
        return;
    const std::shared_ptr<const Graph> before =
        std::exchange(m_graph, std::make_shared<Graph>(next));
    const std::uint32_t capacity = next.resourceCapacity();
    std::vector<int> repairs(capacity, 0);
    std::vector<QString> lastCause(capacity);
    std::vector<QString> checkCause(capacity);
    std::unordered_set<ResourceId> busy;
    for (const ResourceId id : next.resourceIds()) {
        const Resource &r = next.resource(id);
        const ResourceId old = before->find(r.kind, r.name);
        if (old == InvalidId)
            continue;
        repairs[id] = m_repairs[old];
        lastCause[id] = std::move(m_lastCause[old]);
        checkCause[id] = std::move(m_checkCause[old]);
        if (m_busy.count(old))
            busy.insert(id);
    }
    m_repairs = std::move(repairs);
    m_lastCause = std::move(lastCause);
    m_checkCause = std::move(checkCause);
    m_busy = std::move(busy);
    m_session->swapTo(m_graph);
}

ResourceId WatchMonitor::idNow(const QString &key) const
{
    // Kinds hold no '/', names may ("file//etc/motd").
    const qsizetype slash = key.indexOf(u'/');
    return slash < 0 ? InvalidId : m_graph->find(key.left(slash), key.mid(slash + 1));
}

int WatchMonitor::repairs(ResourceId id) const
{
    return id < m_repairs.size() ? m_repairs[id] : 0;
}

QString WatchMonitor::lastCause(ResourceId id) const
{
    return id < m_lastCause.size() ? m_lastCause[id] : QString();
}

qint64 WatchMonitor::convergedForMs() const
{
    return isWatching() && m_busy.empty() ? m_quiet.elapsed() : -1;
}

qint64 WatchMonitor::offsetUs(const QDateTime &startedAt) const
{
    return m_passStartedAt.isValid() ? m_passStartedAt.msecsTo(startedAt) * 1000 : 0;
}

void WatchMonitor::checkEvent(const WatchCheckEvent &e)
{
    const qint64 offset = offsetUs(e.startedAt);
    RunEvent event = e.event;
    // A check started before a swap names its resource in the graph it started on.
    if (e.graph != m_graph) {
        const Resource &r = e.graph->resource(event.resource);
        event.resource = m_graph->find(r.kind, r.name);
        if (event.resource == InvalidId)
            return; // removed since: no node shows it
    }
    event.timeUs += offset;
    RunRecord record = e.record;
    if (record.startUs >= 0)
        record.startUs += offset;
    if (record.endUs >= 0)
        record.endUs += offset;
    m_events.push_back(std::move(event));
    m_records.push_back(std::move(record));
    m_quiet.start();
    if (!m_flush.isActive())
        m_flush.start();
}

void WatchMonitor::report(WatchReport r, const QString &key)
{
    // The session's ids may be a swap behind or ahead of the window's graph: the key is not.
    if (r.id != InvalidId) {
        r.id = idNow(key);
        if (r.id == InvalidId)
            return;
    }
    if (r.id < m_repairs.size()) {
        switch (r.kind) {
        case WatchReport::Kind::CheckStarted:
            m_busy.insert(r.id);
            m_checkCause[r.id] = r.text;
            break;
        case WatchReport::Kind::CheckFinished:
            m_busy.erase(r.id);
            if (r.changed && !r.failed) {
                ++m_repairs[r.id];
                m_lastCause[r.id] = m_checkCause[r.id];
            }
            break;
        default:
            break;
        }
    }
    m_quiet.start();
    m_notes.push_back({r, QDateTime::currentDateTime()});
    if (!m_flush.isActive())
        m_flush.start();
}

void WatchMonitor::flush()
{
    m_flush.stop();
    if (m_events.empty() && m_notes.empty())
        return;
    emit batchReady(std::exchange(m_events, {}), std::exchange(m_records, {}),
                    std::exchange(m_notes, {}));
}

} // namespace converge
