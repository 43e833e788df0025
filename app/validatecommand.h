#pragma once

#include <QStringList>

namespace converge {

/// `converge validate FILE...`: reads each graph and reports what it found, including every
/// reason `run` would refuse it (GraphValidator), so a file that passes here starts under `run`.
///
/// Prints `FILE: N resources, M edges` on stdout for each valid file and every warning and error
/// (with its source line and a caret) on stderr. `--file FILE` is an alias of a positional file,
/// as in mgmt. Exit status: 0 when every file is valid, 1 when any has an error, 2 on a usage
/// error. Main thread; needs a QCoreApplication.
class ValidateCommand
{
public:
    /// arguments starts with the subcommand's own name ("validate").
    static int run(const QStringList &arguments);
};

} // namespace converge
