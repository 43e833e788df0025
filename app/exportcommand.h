#pragma once

#include <QStringList>

#include <memory>

class QCoreApplication;

namespace converge {

/// `converge export FILE -o OUT.dot|.png|.svg|.pdf [--layout ENGINE] [--direction TB|LR]
/// [--scale N] [--transparent] [--events RUN.jsonl]`: lays a graph out and saves its picture, as
/// File > Export does; with --events, coloured by the final states of a recorded run.
///
/// FILE may be yamlgraph or DOT. Diagnostics go to stderr with their source line. Exit status:
/// 0 when the file was written, 1 when the graph cannot be read or laid out or OUT cannot be
/// written, 2 on a usage error. Main thread; needs the QApplication createApplication() makes.
class ExportCommand
{
public:
    /// arguments starts with the subcommand's own name ("export").
    static int run(const QStringList &arguments);

    /// The application object for this command line: a QApplication for commands that draw
    /// (`export`, and `run` with `--png` or `--svg`), on the offscreen platform when there is no
    /// display, so they work over ssh and in CI; a QCoreApplication for everything else.
    static std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
};

} // namespace converge
