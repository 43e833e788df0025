#include "document/recoveryfile.h"

#include "formats/outputfile.h"
#include "formats/yamlgraphwriter.h"
#include "model/placedgraph.h"

#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <csignal>
#include <utility>

#include <unistd.h>

namespace converge {

namespace {
constexpr int DefaultIntervalMs = 30 * 1000;

QSet<QString> &liveIds()
{
    static QSet<QString> ids;
    return ids;
}

QString notePath(const QString &recoveryPath)
{
    return recoveryPath.chopped(int(qstrlen(".yaml"))) + u".json"_qs;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}
} // namespace

RecoveryFile::RecoveryFile(std::function<PlacedGraph()> graph, std::function<bool()> modified,
                           QObject *parent)
    : QObject(parent), m_graph(std::move(graph)), m_modified(std::move(modified)),
      m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_path = directory() + u'/' + m_id + u".yaml"_qs;
    liveIds().insert(m_id);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryFile::saveInBackground);
    m_timer.start();
}

RecoveryFile::~RecoveryFile()
{
    // Not discard(): a window that goes away without a clean close leaves its work behind,
    // whole.
    m_writing.waitForFinished();
    liveIds().remove(m_id);
}

QString RecoveryFile::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_qs;
}

bool RecoveryFile::saveNow()
{
    m_writing.waitForFinished();
    if (!m_modified())
        return false;
    m_lastError = write(m_graph(), m_path, note());
    return m_lastError.isEmpty();
}

void RecoveryFile::saveInBackground()
{
    if (m_inFlight || !m_modified())
        return;
    m_inFlight = true;
    m_discardWhenWritten = false;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_inFlight = false;
        m_lastError = watcher->result();
        if (std::exchange(m_discardWhenWritten, false))
            discard();
    });
    m_writing = QtConcurrent::run(&RecoveryFile::write, m_graph(), m_path, note());
    watcher->setFuture(m_writing);
}

QByteArray RecoveryFile::note() const
{
    return QJsonDocument(QJsonObject{{u"original"_qs, m_originalPath},
                                     {u"pid"_qs, qint64(QCoreApplication::applicationPid())},
                                     {u"id"_qs, m_id}})
        .toJson();
}

QString RecoveryFile::write(const PlacedGraph &graph, const QString &path, const QByteArray &note)
{
    QString error;
    if (OutputFile::makeFolder(directory(), &error) &&
        YamlGraphWriter::writeFile(graph.merged(), path, &error))
        OutputFile::save(notePath(path), note, &error);
    return error;
}

void RecoveryFile::discard()
{
    m_discardWhenWritten = m_inFlight;
    QFile::remove(m_path);
    QFile::remove(notePath(m_path));
}

QList<RecoveryFile::Entry> RecoveryFile::pending()
{
    QList<Entry> entries;
    const QDir dir(directory());
    for (const QFileInfo &info : dir.entryInfoList({u"*.yaml"_qs}, QDir::Files)) {
        QFile note(notePath(info.filePath()));
        if (!note.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(note.readAll()).object();
        const qint64 pid = object.value(u"pid"_qs).toInteger();
        const bool ours = pid == QCoreApplication::applicationPid();
        if (ours ? liveIds().contains(object.value(u"id"_qs).toString()) : processAlive(pid))
            continue;
        entries.append(
            {info.filePath(), object.value(u"original"_qs).toString(), info.lastModified()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.written > b.written; });
    return entries;
}

void RecoveryFile::remove(const Entry &entry)
{
    QFile::remove(entry.recoveryPath);
    QFile::remove(notePath(entry.recoveryPath));
}

} // namespace converge
