#include "formats/graphfileloader.h"

#include "formats/dotreader.h"

#include <QFile>
#include <QRegularExpression>

namespace converge {

namespace {

/// Looks at the first bytes: a DOT graph starts with an optional `strict`, then `digraph` or
/// `graph`, an optional name and `{`, after comments; yamlgraph's `graph: name` never matches.
bool looksLikeDot(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QString head = QString::fromUtf8(file.read(4096));
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

YamlGraphReader::Result loadGraphFile(const QString &path)
{
    if (!isDotFileName(path) && !looksLikeDot(path))
        return YamlGraphReader::readFile(path);
    YamlGraphReader::Result result;
    if (std::optional<Graph> graph = DotReader::readFile(path, &result.diagnostics))
        result.graph = std::move(*graph);
    return result;
}

} // namespace converge
