#include "formats/graphfileloader.h"

#include "formats/boundedfilereader.h"
#include "formats/dotreader.h"

#include <QRegularExpression>

namespace converge {

namespace {

/// Looks at the first bytes: a DOT graph starts with an optional `strict`, then `digraph` or
/// `graph`, an optional name and `{`, after comments; yamlgraph's `graph: name` never matches.
bool looksLikeDot(const QByteArray &data)
{
    const QString head = QString::fromUtf8(data.left(4096));
    static const QRegularExpression dot(
        uR"(^\s*(?:(?://[^\n]*|#[^\n]*|/\*.*?\*/)\s*)*(?:strict\s+)?(?:di)?graph\s*(?:"[^"]*"|[\w.]+)?\s*\{)"_qs,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return dot.match(head).hasMatch();
}

} // namespace

bool isDotFileName(const QString &path)
{
    return path.endsWith(u".dot", Qt::CaseInsensitive) ||
           path.endsWith(u".gv", Qt::CaseInsensitive);
}

YamlGraphReader::Result loadGraphFile(const QString &path, QByteArray *text,
                                      YamlGraphReader::Keep keep)
{
    YamlGraphReader::Result result;
    std::optional<QByteArray> data =
        BoundedFileReader::read(path, YamlGraphReader::MaxFileSize, &result.diagnostics);
    if (!data)
        return result;
    if (!isDotFileName(path) && !looksLikeDot(*data)) {
        result = YamlGraphReader::readData(*data, path, keep);
    } else if (std::optional<Graph> graph = DotReader::read(*data, path, &result.diagnostics)) {
        result.graph = std::move(*graph);
        result.parsed = true;
    }
    if (text)
        *text = std::move(*data);
    return result;
}

} // namespace converge
