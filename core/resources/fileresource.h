#pragma once

#include "resources/checkapply.h"

#include <QCoreApplication>

#include <optional>

namespace converge {

/// mgmt's `file`: a file or (path ending in `/`) a directory that should exist with the given
/// content and mode, or be absent.
///
/// `path` defaults to the resource name, as in mgmt. `content`, when given, is the whole file;
/// without it an existing file's content is left alone and a missing one is created empty.
/// `mode` is octal ("0644"). Writes go through QSaveFile, so a reader never sees half a file
/// and a failure leaves the old one. A second run finds everything converged.
class FileResource : public CheckApply
{
    Q_DECLARE_TR_FUNCTIONS(FileResource)
public:
    /// Reads the parameters; nullptr with diagnostics when they cannot be used.
    static std::unique_ptr<FileResource> create(const Resource &resource, const QString &file,
                                                Diagnostics *diagnostics);
    /// The path a file resource manages: its `path`, or its name as mgmt falls back to. A
    /// trailing slash means a directory.
    static QString managedPath(const Resource &resource);

    CheckApplyResult checkApply(bool apply, CheckApplyContext &context) override;

private:
    CheckApplyResult checkAbsent(bool apply, CheckApplyContext &context) const;
    CheckApplyResult checkDirectory(bool apply, CheckApplyContext &context) const;
    CheckApplyResult checkFile(bool apply, CheckApplyContext &context) const;
    /// Applies m_mode when it differs; sets *changed. False with *error on failure.
    bool checkMode(bool apply, CheckApplyContext &context, bool *changed, QString *error) const;

    QString m_path;
    bool m_directory = false;
    bool m_absent = false;
    bool m_recurse = false;
    std::optional<QByteArray> m_content;
    std::optional<unsigned> m_mode;
};

} // namespace converge
