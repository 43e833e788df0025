#pragma once

#include "engine/graphdiff.h"
#include "engine/runoptions.h"
#include "model/diagnostic.h"
#include "resources/reactor.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <thread>

namespace converge {

class FileWatch;
class Graph;
class InotifyHub;

/// mgmt's stream of graphs for `run --watch`: follows the graph file on disk and, each time it
/// changed, reads and validates it as `run` would (GraphValidator::validateFile) and says
/// what swapping it in means (GraphDiff against the graph running now).
///
/// A burst of events (an editor writing, renaming, changing modes) is read once, `settleMs`
/// after the last of them. Reading happens on a thread of its own, never on the reactor; a
/// change during a read is read again afterwards. A file with errors is handed to rejected()
/// with its diagnostics, and the running graph stays current; a file whose content is the
/// running graph's (GraphDiff::isEmpty) is not reported at all. After accepted(), the new
/// graph is the one later versions are compared with. Lives on the reactor thread (start(),
/// stop(), callbacks); stop() waits for a read in progress.
class GraphFileFollower
{
    Q_DECLARE_TR_FUNCTIONS(GraphFileFollower)
public:
    using Accepted = std::function<void(std::shared_ptr<const Graph> next, const GraphDiff &)>;
    using Rejected = std::function<void(const Diagnostics &)>;
    static constexpr qint64 DefaultSettleMs = 100;

    GraphFileFollower(Reactor &reactor, InotifyHub &hub, const QString &path, RunOptions options,
                      std::shared_ptr<const Graph> current, Accepted accepted, Rejected rejected,
                      qint64 settleMs = DefaultSettleMs);
    ~GraphFileFollower();
    GraphFileFollower(const GraphFileFollower &) = delete;
    GraphFileFollower &operator=(const GraphFileFollower &) = delete;

    void start();
    void stop();

private:
    void changed();
    void read();
    void finishRead(std::shared_ptr<Graph> next, const Diagnostics &diagnostics);

    Reactor &m_reactor;
    QString m_path;
    RunOptions m_options;
    std::shared_ptr<const Graph> m_current;
    Accepted m_accepted;
    Rejected m_rejected;
    qint64 m_settleMs;
    std::unique_ptr<FileWatch> m_watch;
    Reactor::Handle m_settle = 0;
    std::thread m_reader;
    bool m_reading = false;
    bool m_again = false;
    std::shared_ptr<int> m_generation = std::make_shared<int>(0);
};

} // namespace converge
