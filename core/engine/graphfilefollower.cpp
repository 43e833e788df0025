#include "engine/graphfilefollower.h"

#include "engine/graphvalidator.h"
#include "model/graph.h"
#include "resources/filewatch.h"

namespace converge {

GraphFileFollower::GraphFileFollower(Reactor &reactor, InotifyHub &hub, const QString &path,
                                     RunOptions options, std::shared_ptr<const Graph> current,
                                     Accepted accepted, Rejected rejected, qint64 settleMs)
    : m_reactor(reactor), m_path(path), m_options(std::move(options)),
      m_current(std::move(current)), m_accepted(std::move(accepted)),
      m_rejected(std::move(rejected)), m_settleMs(settleMs)
{
    m_watch = std::make_unique<FileWatch>(
        reactor, hub, path, false, WatchSink{[this](const QString &) { changed(); }, {}, {}});
}

GraphFileFollower::~GraphFileFollower()
{
    stop();
}

void GraphFileFollower::start()
{
    m_watch->start();
}

void GraphFileFollower::stop()
{
    m_watch->stop();
    if (m_settle)
        m_reactor.remove(m_settle);
    m_settle = 0;
    ++*m_generation;
    if (m_reader.joinable())
        m_reader.join();
    m_reading = false;
    m_again = false;
}

void GraphFileFollower::changed()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    // Wait for the burst to end: an editor's save is several events, and a half-written file
    // would be reported as broken.
    if (m_settle)
        m_reactor.remove(m_settle);
    m_settle = m_reactor.addTimer(m_settleMs, [this] {
        m_settle = 0;
        read();
    });
}

void GraphFileFollower::read()
{
    if (m_reader.joinable())
        m_reader.join(); // the previous read has posted its result already
    m_reading = true;
    m_again = false;
    std::weak_ptr<int> generation = m_generation;
    const int current = *m_generation;
    m_reader = std::thread([this, generation, current] {
        YamlGraphReader::Result result = GraphValidator::validateFile(m_path, m_options);
        auto next = std::make_shared<Graph>(std::move(result.graph));
        Diagnostics diagnostics = std::move(result.diagnostics);
        // stop() joins this thread, so `this` is alive until the post is made; the task
        // itself checks the generation because it may run after stop().
        m_reactor.post([this, generation, current, next, diagnostics] {
            const std::shared_ptr<int> alive = generation.lock();
            if (alive && *alive == current)
                finishRead(next, diagnostics);
        });
    });
}

void GraphFileFollower::finishRead(std::shared_ptr<Graph> next, const Diagnostics &diagnostics)
{
    m_reading = false;
    if (hasErrors(diagnostics)) {
        if (m_rejected)
            m_rejected(diagnostics);
    } else {
        const GraphDiff diff = GraphDiff::compute(*m_current, *next);
        if (!diff.isEmpty()) {
            m_current = next;
            if (m_accepted)
                m_accepted(next, diff);
        }
    }
    if (m_again)
        changed();
}

} // namespace converge
