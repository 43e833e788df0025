#pragma once

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace converge {

struct PlacedGraph;

/// Crash insurance for one window: every interval (30 s by default) while there are unsaved
/// changes, writes the graph to a recovery file under QStandardPaths::AppDataLocation, atomically
/// (QSaveFile), next to a small note of which file it belongs to. A clean save, a New or a clean
/// close removes it; a crash leaves it behind, and the next start finds it with pending().
///
/// A recovery file belongs to a crashed session when the process that wrote it is gone, or when
/// it is this process but no live RecoveryFile owns it (a window destroyed without closing).
/// The timer's writes run on a worker (a large graph takes a second to write): the graph is
/// copied on the GUI thread and written there; a write still going when the next tick comes
/// skips that tick. GUI thread only; write failures are reported by lastError() and never
/// interrupt editing.
class RecoveryFile : public QObject
{
    Q_OBJECT
public:
    /// What a crashed session left behind.
    struct Entry
    {
        QString recoveryPath; ///< the autosaved graph
        QString originalPath; ///< the file it was edited from; empty for an untitled graph
        QDateTime written;
    };

    /// source gives the graph to write and whether it has unsaved changes.
    RecoveryFile(std::function<PlacedGraph()> graph, std::function<bool()> modified,
                 QObject *parent = nullptr);
    ~RecoveryFile() override;

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Which file the autosaved graph belongs to (recorded with it).
    void setOriginalPath(const QString &path) { m_originalPath = path; }
    /// Writes now, on the calling thread, when there are unsaved changes; true when a file was
    /// written. Waits for a timer's write still going first.
    bool saveNow();
    /// Removes this session's recovery file (after a clean save, New or close), also when a
    /// timer's write is still going: its file is removed once written.
    void discard();
    /// A timer's write is going on a worker, or its end is yet to be taken in.
    bool isWriting() const { return m_inFlight; }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    /// Recovery files left by sessions that ended without closing cleanly, newest first.
    static QList<Entry> pending();
    /// Removes a recovery file (recovered or declined).
    static void remove(const Entry &entry);
    /// The folder recovery files live in.
    static QString directory();

private:
    /// The timer's write: the graph copied here, written on a worker.
    void saveInBackground();
    /// Writes graph and its note; the error, empty when written. Any thread.
    static QString write(const PlacedGraph &graph, const QString &path, const QByteArray &note);
    QByteArray note() const;

    std::function<PlacedGraph()> m_graph;
    std::function<bool()> m_modified;
    QTimer m_timer;
    QString m_id;
    QString m_path;
    QString m_originalPath;
    QString m_lastError;
    QFuture<QString> m_writing;
    bool m_inFlight = false;
    bool m_discardWhenWritten = false;
};

} // namespace converge
