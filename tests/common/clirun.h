#pragma once

// Runs the `converge` binary of this build as a user would from a shell, for the suites that
// check the command line: its exit code and what it printed.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace converge::testing {

/// What one `converge` invocation printed and how it exited (-1: crashed or hung).
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the `converge` binary of this build with arguments and environment, for at most 60
/// seconds; a run still going then is killed and reported as -1.
inline CliResult
runConverge(const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(CONVERGE_BINARY_DIR "/app/converge"), arguments);
    if (!p.waitForFinished(60000))
        p.kill();
    p.waitForFinished(5000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace converge::testing
