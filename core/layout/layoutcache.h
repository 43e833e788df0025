#pragma once

#include "layout/graphlayout.h"
#include "layout/graphvizlayout.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace converge {

/// Layouts kept on disk by the content they were computed from, so that reopening a file, or
/// going back to an engine tried before, shows its picture without laying out again.
///
/// The key is a SHA-256 of everything a layout depends on: each resource's id and box size,
/// each edge's id and ends, the engine, whether the automatic choice was on, the direction, and
/// a format version. An entry holds that key and a SHA-256 of its payload; one whose key or
/// checksum does not match, that does not decode, or whose resources and edges are not exactly
/// the input's is ignored (and removed), never used. The folder is kept under maxBytes by
/// removing the least recently used entries after each store. Failures to read or write are
/// silent: the cache only ever saves time.
///
/// Value type holding a folder path; each call opens its own files, so any thread may call,
/// though two caches on one folder may both trim it (harmless: entries are whole files).
class LayoutCache
{
public:
    /// folder: where entries live (created on first store); maxBytes bounds its size.
    explicit LayoutCache(QString folder, qint64 maxBytes = qint64(256) << 20);

    /// The application's cache: QStandardPaths::CacheLocation/layouts.
    static QString defaultFolder();
    /// What input's layout is keyed by (hex SHA-256).
    static QByteArray key(const GraphvizLayout::Input &input);

    /// The stored layout of input, if there is a valid one.
    std::optional<GraphLayout> find(const GraphvizLayout::Input &input) const;
    /// Stores layout as input's, then trims the folder to maxBytes.
    void store(const GraphvizLayout::Input &input, const GraphLayout &layout) const;

private:
    QString entryPath(const QByteArray &key) const;
    void trim() const;

    QString m_folder;
    qint64 m_maxBytes;
};

} // namespace converge
