#pragma once

#include "model/diagnostic.h"
#include "model/graph.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace converge {

struct YamlSource;

/// Reads mgmt's YAML graph format ("yamlgraph") into a Graph, reporting every problem it finds.
///
/// Reading follows mgmt's yamlgraph/gconfig.go: today's form (`resources:` kind -> list, edge
/// ends with `kind:`) and the 2016 ones (`types:`; edge ends with `type:` or `res:`); edge names
/// optional and edge kinds lowercased; exact repeats of a resource merged and different ones
/// refused; a repeated edge kept once (the later one's notify) with a warning; names written
/// `@@name` load as exported and, unless a `collect:` takes their kind, are warned about and
/// left out of runs. Kinds mgmt registers but Converge cannot run load with a warning so any
/// mgmt graph can be opened; kinds mgmt does not know are errors with a "did you mean". The
/// optional top-level `converge:` key (which mgmt ignores) restores node positions. Errors come as
/// `file:line:column` diagnostics at the offending YAML node, each with its source line for a caret
/// display; reading carries on past an error so one pass reports them all, except after a YAML
/// syntax error.
///
/// The reader streams yaml-cpp parser events instead of building a YAML node tree, so a 10 MB
/// file loads in well under two seconds and a small multiple of its size in memory. Stateless and
/// reentrant: any thread may call it, several at once. Never throws.
class YamlGraphReader
{
public:
    struct Result
    {
        /// What could be read: with errors, every resource and edge that could be, the rest
        /// left out and named in diagnostics. Empty unless parsed.
        Graph graph;
        Diagnostics diagnostics; ///< errors and warnings, in file order per check
        /// The text and where graph's elements sit in it, for saving edits as splices
        /// (YamlSplicer); null when the file was not read as YAML or not read at all.
        std::shared_ptr<const YamlSource> source;
        /// The text parsed (as YAML or DOT), so graph is what it describes, errors or not; false
        /// when the file could not be read or is not YAML (or DOT) at all.
        bool parsed = false;
        bool ok() const { return !hasErrors(diagnostics); }
    };

    /// What a read keeps besides the graph and its diagnostics.
    enum class Keep
    {
        /// Also Result::source: the text and where each element sits in it, which saving edits
        /// as splices needs (the window, the splicer's proof).
        Source,
        /// Result::source stays null: checking, running and exporting never save, and keeping
        /// the spans and the graph as read costs about a third more memory on a large file.
        GraphOnly,
    };

    /// Files above this size are refused with an error rather than read.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    /// Reads and checks the file at path; messages name the file as path is written.
    static Result readFile(const QString &path, Keep keep = Keep::Source);
    /// Reads and checks data; fileName is used in messages only (may be empty).
    static Result readData(const QByteArray &data, const QString &fileName = {},
                           Keep keep = Keep::Source);
};

} // namespace converge
