#include "document/recoveryfile.h"

#include "formats/outputfile.h"
#include "formats/yamlgraphwriter.h"
#include "model/graph.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <csignal>

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

RecoveryFile::RecoveryFile(std::function<Graph()> graph, std::function<bool()> modified,
                           QObject *parent)
    : QObject(parent), m_graph(std::move(graph)), m_modified(std::move(modified)),
      m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_path = directory() + u'/' + m_id + u".yaml"_qs;
    liveIds().insert(m_id);
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RecoveryFile::saveNow);
    m_timer.start();
}

RecoveryFile::~RecoveryFile()
{
    // Not discard(): a window that goes away without a clean close leaves its work behind.
    liveIds().remove(m_id);
}

QString RecoveryFile::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_qs;
}

bool RecoveryFile::saveNow()
{
    if (!m_modified())
        return false;
    if (!OutputFile::makeFolder(directory(), &m_lastError))
        return false;
    QString error;
    if (!YamlGraphWriter::writeFile(m_graph(), m_path, &error)) {
        m_lastError = error;
        return false;
    }
    const QJsonObject object{{u"original"_qs, m_originalPath},
                             {u"pid"_qs, qint64(QCoreApplication::applicationPid())},
                             {u"id"_qs, m_id}};
    if (!OutputFile::save(notePath(m_path), QJsonDocument(object).toJson(), &m_lastError))
        return false;
    m_lastError.clear();
    return true;
}

void RecoveryFile::discard()
{
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
