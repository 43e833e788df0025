#pragma once

#include "formats/savedtext.h"
#include "model/placedgraph.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

namespace converge {

class Graph;
struct YamlSource;

/// One save written off the GUI thread: a worker splices the graph into the text it was read
/// from (SavedText, seconds for a 10 MB file) and writes the result to the path atomically
/// (OutputFile: the old file stays whole until the new one is complete), then finished()
/// reports on the GUI thread.
///
/// One save at a time: start() while one is running is a programming error. The job owns
/// what it writes (a copy of the graph, a share of the source), so the document may change
/// meanwhile. Destroying the job waits for a save in flight to end, so quitting never leaves a
/// file half written. Owned by DocumentFile; GUI thread only.
class SaveJob : public QObject
{
    Q_OBJECT
public:
    /// What one save did.
    struct Outcome
    {
        QString path;
        SavedText saved; ///< the text written, and its spans for the next save
        bool written = false;
        QString error; ///< why it was not written
    };

    explicit SaveJob(QObject *parent = nullptr);
    ~SaveJob() override;

    /// Starts writing graph (as SavedText makes it from source) to path on a worker.
    void start(std::shared_ptr<const YamlSource> source, PlacedGraph graph, const QString &path);
    /// From start() until finished() has been emitted.
    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }

signals:
    /// The save is over, written or not; the outcome is the receiver's to keep.
    void finished(std::shared_ptr<converge::SaveJob::Outcome> outcome);

private:
    QFuture<std::shared_ptr<Outcome>> m_writing;
    QString m_path;
    bool m_running = false;
};

} // namespace converge
