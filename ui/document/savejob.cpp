#include "document/savejob.h"

#include "formats/yamlgraphwriter.h"
#include "model/graph.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace converge {

SaveJob::SaveJob(QObject *parent) : QObject(parent) {}

SaveJob::~SaveJob()
{
    // The worker owns its copy of everything it writes, but the process may end right after
    // this: a save that was accepted is finished, never cut off.
    m_writing.waitForFinished();
}

void SaveJob::start(std::shared_ptr<const YamlSource> source, PlacedGraph graph,
                    const QString &path)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_path = path;
    auto *watcher = new QFutureWatcher<std::shared_ptr<Outcome>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_running = false;
        watcher->deleteLater();
        emit finished(watcher->result());
    });
    m_writing =
        QtConcurrent::run([source = std::move(source), graph = std::move(graph), path]() mutable {
            auto outcome = std::make_shared<Outcome>();
            outcome->path = path;
            outcome->saved = SavedText::make(source, graph.merged());
            // The graph is large and its copy is this worker's: free it here, not on the GUI
            // thread with the finished future.
            graph = PlacedGraph();
            outcome->written =
                YamlGraphWriter::writeText(outcome->saved.text(), path, &outcome->error);
            return outcome;
        });
    watcher->setFuture(m_writing);
}

} // namespace converge
