#pragma once

// The conformance suites' shared fixture: each case writes one small yamlgraph into its own
// folder, runs it through the real `converge` binary exactly as a user would, and then looks at
// the machine (files, modes, owners, links) and at the log lines the run printed.

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace converge::testing {

/// Skips the calling test, saying why, unless it runs as root (CI does): owners, users and
/// groups can only be changed by root.
#define CONVERGE_REQUIRE_ROOT()                                                                    \
    do {                                                                                           \
        if (::geteuid() != 0)                                                                      \
            QSKIP(                                                                                 \
                "needs root to change owners and users; CI runs the conformance suites as root");  \
    } while (false)

/// One conformance case: a private folder, the graph in it, and what running it did.
class ConformanceCase
{
public:
    bool isValid() const { return m_dir.isValid(); }
    /// rel inside the case's folder.
    QString path(const QString &rel = {}) const
    {
        return rel.isEmpty() ? m_dir.path() : m_dir.filePath(rel);
    }
    /// Writes yaml as graph.yaml, with every `@DIR@` replaced by the case's folder; returns its
    /// path.
    QString writeGraph(const QString &yaml)
    {
        QString text = yaml;
        text.replace(u"@DIR@"_qs, m_dir.path());
        const QString file = path(u"graph.yaml"_qs);
        return write(u"graph.yaml"_qs, text.toUtf8()) ? file : QString();
    }
    /// Creates rel (and its parent folders) with contents.
    bool write(const QString &rel, const QByteArray &contents) const
    {
        const QString file = path(rel);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               f.write(contents) == contents.size();
    }
    QByteArray read(const QString &rel) const
    {
        QFile f(path(rel));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    /// lstat() of rel; st_mode is 0 when it does not exist.
    struct stat status(const QString &rel) const
    {
        struct stat st = {};
        if (::lstat(QFile::encodeName(path(rel)).constData(), &st) != 0)
            st.st_mode = 0;
        return st;
    }
    /// Permission bits of rel (07777), or -1 when it does not exist.
    int mode(const QString &rel) const
    {
        const struct stat st = status(rel);
        return st.st_mode == 0 ? -1 : int(st.st_mode & 07777);
    }

    /// `converge run graph.yaml` plus extra arguments.
    CliResult run(const QStringList &extra = {}) const
    {
        return runConverge(QStringList{u"run"_qs, path(u"graph.yaml"_qs)} + extra);
    }
    /// `converge validate graph.yaml`.
    CliResult validate() const { return runConverge({u"validate"_qs, path(u"graph.yaml"_qs)}); }

private:
    QTemporaryDir m_dir;
};

} // namespace converge::testing
