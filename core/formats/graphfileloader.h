#pragma once

#include "formats/yamlgraphreader.h"

#include <QString>

namespace converge {

/// Reads a graph file in whichever format it is in: Graphviz DOT (by the extension .dot or .gv,
/// or, for any other name, text that starts with `digraph`, `strict` or `graph`) through
/// DotReader, anything else as yamlgraph through YamlGraphReader.
///
/// The one entry point the command line (validate, run, export) and the GUI's File -> Open use,
/// so every tool accepts the same files. The file is read through BoundedFileReader with
/// YamlGraphReader::MaxFileSize as the cap, for both formats. Errors come as Diagnostics at their
/// file and line, as from the readers. A graph with errors comes back with what could be read
/// (result.parsed); text, when given, receives the bytes read, for showing the source. A YAML
/// file's result.source is kept only when keep asks for it (the window, which saves edits); the
/// command line checks, runs and exports without it. Any thread, reentrant; never throws.
YamlGraphReader::Result
loadGraphFile(const QString &path, QByteArray *text = nullptr,
              YamlGraphReader::Keep keep = YamlGraphReader::Keep::GraphOnly);

/// True when path names a DOT file by its extension (.dot, .gv), case-insensitively.
bool isDotFileName(const QString &path);

} // namespace converge
