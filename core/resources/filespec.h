#pragma once

#include "resources/filemode.h"
#include "resources/fileowner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace converge {

struct Resource;

/// What a `file` resource asks for, read and checked as mgmt's FileRes.Validate does.
///
/// read() applies every rule mgmt's Validate has (one of content, source and fragments; a
/// symlink needs a source; a source directory needs recurse; purge needs recurse; ...) and the
/// rules Converge adds because it cannot honour the combination (an owner it may not set when
/// not root, a mode on a symlink). Whatever read() refuses, `validate` reports, since the
/// validator calls CheckApply::create(). A value type; any thread.
struct FileSpec
{
    Q_DECLARE_TR_FUNCTIONS(FileSpec)
public:
    enum class State
    {
        Undefined, ///< no `state`: never create or remove the path itself (mgmt's rule)
        Exists,    ///< create the file or directory when missing
        Absent,    ///< remove it when present
    };

    /// The spec, or nothing with *error naming the parameter and the reason.
    static std::optional<FileSpec> read(const Resource &resource, QString *error);
    /// The path a file resource manages, as mgmt's getPath(): `path`, or the name when it is
    /// empty, with its directory part replaced by `dirname` (which ends in /) and its last part
    /// by `basename` when they are given. A trailing slash means a directory.
    static QString managedPath(const Resource &resource);

    /// mgmt's util.HasPathPrefix: prefix names path or one of its parents, compared part by
    /// part after cleaning ("/a/b" is inside "/a/", "/ab" is not).
    static bool hasPathPrefix(const QString &path, const QString &prefix);

    bool isDirectory() const { return path.endsWith(u'/'); }
    bool sourceIsDirectory() const { return source.endsWith(u'/'); }

    QString path;
    State state = State::Undefined;
    std::optional<QByteArray> content;
    QString source;
    QStringList fragments;
    std::optional<FileMode> mode;
    std::optional<FileOwner> owner;
    std::optional<FileOwner> group;
    bool recurse = false;
    bool force = false;
    bool purge = false;
    bool symlink = false;
};

} // namespace converge
