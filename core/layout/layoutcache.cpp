#include "layout/layoutcache.h"

#include "layout/layoutcodec.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <vector>

namespace converge {

namespace {

/// Starts every entry; the version changes whenever the key's or the payload's form does.
constexpr char Magic[] = "converge-layout-cache 1\n";

void addNumber(QCryptographicHash &hash, double value)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value));
}

void addNumber(QCryptographicHash &hash, quint64 value)
{
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&value), sizeof value));
}

/// The ids of items (nodes or edges), sorted.
template <typename Items> std::vector<quint64> sortedIds(const Items &items)
{
    std::vector<quint64> ids;
    ids.reserve(items.size());
    for (const auto &item : items)
        ids.push_back(item.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

/// Whether layout places exactly input's resources and routes exactly its edges.
bool matches(const GraphvizLayout::Input &input, const GraphLayout &layout)
{
    return sortedIds(input.nodes) == sortedIds(layout.nodes) &&
           sortedIds(input.edges) == sortedIds(layout.edges);
}

} // namespace

LayoutCache::LayoutCache(QString folder, qint64 maxBytes)
    : m_folder(std::move(folder)), m_maxBytes(maxBytes)
{}

QString LayoutCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/layouts");
}

QByteArray LayoutCache::key(const GraphvizLayout::Input &input)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(Magic));
    hash.addData(input.options.engine.toUtf8());
    addNumber(hash, quint64(input.options.automaticEngine));
    addNumber(hash, quint64(input.options.direction));
    addNumber(hash, quint64(input.nodes.size()));
    for (const auto &node : input.nodes) {
        addNumber(hash, quint64(node.id));
        addNumber(hash, node.size.width());
        addNumber(hash, node.size.height());
    }
    addNumber(hash, quint64(input.edges.size()));
    for (const auto &edge : input.edges) {
        addNumber(hash, quint64(edge.id));
        addNumber(hash, quint64(edge.from));
        addNumber(hash, quint64(edge.to));
    }
    return hash.result().toHex();
}

QString LayoutCache::entryPath(const QByteArray &key) const
{
    return m_folder + u'/' + QString::fromLatin1(key) + QStringLiteral(".layout");
}

std::optional<GraphLayout> LayoutCache::find(const GraphvizLayout::Input &input) const
{
    const QByteArray wanted = key(input);
    QFile file(entryPath(wanted));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Bounded read: an entry is never bigger than the whole cache may be.
    const QByteArray bytes = file.read(m_maxBytes + 1);
    file.close();
    const QByteArray magic(Magic);
    const qsizetype header = magic.size() + wanted.size() + 32;
    std::optional<GraphLayout> layout;
    LayoutPlan::Failure failure;
    const QByteArray payload = bytes.mid(header);
    const bool valid = bytes.size() > header && bytes.startsWith(magic) &&
                       bytes.mid(magic.size(), wanted.size()) == wanted &&
                       bytes.mid(magic.size() + wanted.size(), 32) ==
                           QCryptographicHash::hash(payload, QCryptographicHash::Sha256) &&
                       LayoutCodec::decode(payload, &layout, &failure) && layout &&
                       matches(input, *layout);
    if (!valid) {
        QFile::remove(file.fileName());
        return std::nullopt;
    }
    // Least recently used goes first when the folder is trimmed.
    file.open(QIODevice::ReadWrite);
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return layout;
}

void LayoutCache::store(const GraphvizLayout::Input &input, const GraphLayout &layout) const
{
    if (!QDir().mkpath(m_folder))
        return;
    const QByteArray id = key(input);
    const QByteArray payload = LayoutCodec::encode(layout, {});
    QSaveFile file(entryPath(id));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(Magic);
    file.write(id);
    file.write(QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
    file.write(payload);
    file.commit();
    trim();
}

void LayoutCache::trim() const
{
    QDir dir(m_folder);
    const QFileInfoList entries =
        dir.entryInfoList({QStringLiteral("*.layout")}, QDir::Files, QDir::Time | QDir::Reversed);
    qint64 total = 0;
    for (const QFileInfo &entry : entries)
        total += entry.size();
    // Oldest first: remove until the rest fits.
    for (const QFileInfo &entry : entries) {
        if (total <= m_maxBytes)
            break;
        if (QFile::remove(entry.filePath()))
            total -= entry.size();
    }
}

} // namespace converge
