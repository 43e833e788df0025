#pragma once

#include <QStringList>

namespace converge {

/// `converge run FILE`: runs a graph on the engine and logs each resource as mgmt does.
///
/// Options: `--file FILE` (same as the positional FILE), `-j N`, `--noop`,
/// `--converged-timeout S` (stay S seconds after the graph converged, then exit; without it,
/// exit at once), `--graphviz OUT.dot` (the graph with final states as colours),
/// `--events OUT.jsonl` (the event stream, format in core/model/runevent.h). The graph must use
/// only exec, file, noop and timer resources; otherwise nothing runs and each other resource is
/// named. Ctrl-C or SIGTERM cancels the run cleanly (process groups get SIGTERM, then SIGKILL) and
/// the summary still prints. Exit status: 0 all converged, 1 something failed or was skipped,
/// 2 bad graph or usage, 130 interrupted. Main thread; needs a QCoreApplication.
class RunCommand
{
public:
    /// arguments starts with the subcommand's own name ("run").
    static int run(const QStringList &arguments);
};

} // namespace converge
