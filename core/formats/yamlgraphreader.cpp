#include "formats/yamlgraphreader.h"

#include "formats/blockyamlscanner.h"
#include "formats/boundedfilereader.h"
#include "formats/graphassembler.h"
#include "formats/yamlsource.h"
#include "formats/yamlvaluebuilder.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <QCoreApplication>

#include <algorithm>
#include <istream>
#include <streambuf>

namespace converge {

namespace {

/// Translation context for the reader's own messages.
class ReaderMessages
{
    Q_DECLARE_TR_FUNCTIONS(YamlGraphReader)

public:
    static QString tooLarge(qint64 size)
    {
        return tr("file is too large (%1 MB); Converge reads graphs up to %2 MB")
            .arg(QString::number(double(size) / (1024 * 1024), 'f', 1))
            .arg(YamlGraphReader::MaxFileSize / (1024 * 1024));
    }
    static QString binary() { return tr("not a text file (NUL byte); expected YAML"); }
    static QString empty()
    {
        return tr("empty file: expected a map with graph, resources and edges");
    }
    /// yaml-cpp's message, with what usually causes it for the terse ones; sourceLine is the
    /// line yaml-cpp stopped on.
    static QString invalidYaml(const std::string &what, const QByteArray &sourceLine)
    {
        const QString message = QString::fromStdString(what);
        qsizetype indent = 0;
        while (indent < sourceLine.size() &&
               (sourceLine[indent] == ' ' || sourceLine[indent] == '\t'))
            ++indent;
        if (sourceLine.left(indent).contains('\t'))
            return tr("invalid YAML: a tab in the indentation; YAML indents with spaces only");
        if (message == u"illegal map value")
            return tr("invalid YAML: illegal map value: no key can start here; check the "
                      "indentation, or quote a value that holds \": \"");
        if (message == u"end of map flow not found")
            return tr("invalid YAML: end of map flow not found: a { is never closed by }");
        if (message == u"end of sequence flow not found")
            return tr("invalid YAML: end of sequence flow not found: a [ is never closed by ]");
        if (message == u"end of map not found" || message == u"end of sequence not found")
            return tr("invalid YAML: %1: check the indentation").arg(message);
        return tr("invalid YAML: %1").arg(message);
    }
};

/// Lets yaml-cpp read the QByteArray in place instead of copying it into a stringstream.
class MemoryStreamBuf : public std::streambuf
{
public:
    explicit MemoryStreamBuf(const QByteArray &data)
    {
        char *begin = const_cast<char *>(data.constData());
        setg(begin, begin, begin + data.size());
    }
};

/// 1-based line and column of a byte offset, the way yaml-cpp counts them.
SourceLocation locationOf(const QByteArray &data, qsizetype offset)
{
    const qsizetype lineStart = data.lastIndexOf('\n', offset - 1) + 1;
    return {int(data.left(offset).count('\n')) + 1, int(offset - lineStart) + 1};
}

/// The text of the 0-based line index of data, without its newline; empty past the end.
QByteArray lineAt(const QByteArray &data, int index)
{
    qsizetype start = 0;
    for (int i = 0; i < index; ++i) {
        start = data.indexOf('\n', start);
        if (start < 0)
            return {};
        ++start;
    }
    const qsizetype end = data.indexOf('\n', start);
    return data.mid(start, end < 0 ? -1 : end - start);
}

Diagnostic fileError(const QString &file, const QString &message, SourceLocation at = {})
{
    Diagnostic d;
    d.file = file;
    d.location = at;
    d.message = message;
    return d;
}

/// Adds the offending source line to each located diagnostic, and turns yaml-cpp's byte columns
/// into character columns so the caret lands under the right character in UTF-8 text.
void attachSourceLines(const QByteArray &data, Diagnostics *diagnostics)
{
    std::vector<qsizetype> lineStarts;
    for (Diagnostic &d : *diagnostics) {
        if (!d.location.isValid() || !d.sourceLine.isEmpty())
            continue;
        if (lineStarts.empty()) {
            lineStarts.push_back(0);
            for (qsizetype i = data.indexOf('\n'); i >= 0; i = data.indexOf('\n', i + 1))
                lineStarts.push_back(i + 1);
        }
        if (size_t(d.location.line) > lineStarts.size())
            continue;
        const qsizetype start = lineStarts[d.location.line - 1];
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArray line = data.mid(start, end - start);
        // A NUL would cut the line short on a terminal: show it as the visible symbol for NUL.
        d.sourceLine = QString::fromUtf8(line).remove(u'\r').replace(QChar(0), QChar(0x2400));
        if (d.location.column > 1)
            d.location.column = int(QString::fromUtf8(line.left(d.location.column - 1)).size()) + 1;
    }
}

/// One pass over data: with the fast block scanner (false when the file is outside what it
/// reads, leaving result untouched) or with yaml-cpp's parser (always conclusive).
bool readPass(const QByteArray &data, const QString &fileName, bool fast,
              YamlGraphReader::Keep keep, YamlGraphReader::Result *result)
{
    const bool keepSource = keep == YamlGraphReader::Keep::Source;
    GraphAssembler assembler(fileName, keepSource);
    YamlValueBuilder builder(data, [&assembler](const YamlValueBuilder::Path &path, Value &value) {
        return assembler.take(path, value);
    });
    if (fast) {
        BlockYamlScanner scanner(data, builder);
        if (!scanner.scan())
            return false;
    } else {
        MemoryStreamBuf buffer(data);
        std::istream stream(&buffer);
        try {
            YAML::Parser parser(stream);
            parser.HandleNextDocument(builder);
        } catch (const YAML::DeepRecursion &) {
            // yaml-cpp words its depth guard "bad file". Its limit is far above the builder's,
            // which has already said where the nesting passed MaxDepth: report that instead.
            result->diagnostics = builder.diagnostics();
            for (Diagnostic &d : result->diagnostics)
                d.file = fileName;
            attachSourceLines(data, &result->diagnostics);
            return true;
        } catch (const YAML::Exception &e) {
            // After a syntax error the events so far describe half a document: report only it.
            result->diagnostics.append(
                fileError(fileName, ReaderMessages::invalidYaml(e.msg, lineAt(data, e.mark.line)),
                          YamlValueBuilder::location(e.mark)));
            attachSourceLines(data, &result->diagnostics);
            return true;
        }
    }
    if (!builder.hasDocument() || builder.root().isNull()) {
        result->diagnostics.append(fileError(fileName, ReaderMessages::empty()));
        return true;
    }
    assembler.finish(builder.root());
    result->diagnostics = builder.diagnostics();
    for (Diagnostic &d : result->diagnostics)
        d.file = fileName;
    result->diagnostics += assembler.diagnostics();
    std::stable_sort(result->diagnostics.begin(), result->diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) {
                         return std::pair(a.location.line, a.location.column) <
                                std::pair(b.location.line, b.location.column);
                     });
    attachSourceLines(data, &result->diagnostics);
    if (keepSource) {
        auto source = std::make_shared<YamlSource>(std::move(assembler.source()));
        source->text = data;
        source->indexLines();
        source->graph = assembler.graph();
        result->source = std::move(source);
    }
    result->graph = std::move(assembler.graph());
    result->parsed = true;
    return true;
}

} // namespace

YamlGraphReader::Result YamlGraphReader::readFile(const QString &path, Keep keep)
{
    // Counted as read: a device or FIFO reports size 0.
    Result result;
    if (const auto data = BoundedFileReader::read(path, MaxFileSize, &result.diagnostics))
        return readData(*data, path, keep);
    return result;
}

YamlGraphReader::Result YamlGraphReader::readData(const QByteArray &data, const QString &fileName,
                                                  Keep keep)
{
    Result result;
    if (data.size() > MaxFileSize) {
        result.diagnostics.append(fileError(fileName, ReaderMessages::tooLarge(data.size())));
        return result;
    }
    if (const qsizetype nul = data.indexOf('\0'); nul >= 0) {
        result.diagnostics.append(
            fileError(fileName, ReaderMessages::binary(), locationOf(data, nul)));
        attachSourceLines(data, &result.diagnostics);
        return result;
    }
    if (!readPass(data, fileName, true, keep, &result))
        readPass(data, fileName, false, keep, &result);
    return result;
}

} // namespace converge
