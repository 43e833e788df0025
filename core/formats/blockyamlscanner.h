#pragma once

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/mark.h>

#include <QByteArray>

#include <vector>

namespace converge {

/// A fast reader for the plain block YAML that mgmt and Converge write, feeding the same events
/// (with the same marks) that yaml-cpp's parser would to a YAML::EventHandler.
///
/// yaml-cpp spends most of a large file's load time matching its regular expressions per
/// character; graph files use a small part of YAML, which this reads in one pass. It covers block
/// maps and lists (lists may sit at their key's indent), plain and quoted one-line scalars, `|`
/// literal blocks, one-line flow lists and maps, and comments. At anything else (anchors, tags,
/// folded or multi-line scalars, tabs, CR line ends, a second document) or at anything that is
/// not valid YAML, scan() returns false and the caller parses the file again with yaml-cpp,
/// which also words the syntax errors. Events already sent are then to be discarded.
///
/// Nesting deeper than MaxDepth (block and flow collections together) is left to yaml-cpp too,
/// whose parser stops runaway nesting with its own depth guard: the scanner's flow recursion
/// never goes deeper than that, whatever the input.
class BlockYamlScanner
{
public:
    static constexpr int MaxDepth = 64;

    BlockYamlScanner(const QByteArray &source, YAML::EventHandler &handler);

    /// Sends the document's events; false when the input is outside the subset described above.
    bool scan();

private:
    struct Level
    {
        int indent;
        bool isMap;
        bool pending; ///< a map whose last key has no value yet
    };

    bool line(int indent, qsizetype content, qsizetype end);
    bool sequenceItem(int indent, qsizetype content, qsizetype end);
    bool mapEntry(int indent, qsizetype content, qsizetype end);
    bool inlineValue(int indent, qsizetype pos, qsizetype end);
    bool literalBlock(int indent, qsizetype pos, qsizetype end);
    bool flowNode(qsizetype *pos, qsizetype end, bool inMap, int depth);
    bool quoted(qsizetype *pos, qsizetype end, std::string *text) const;
    bool onlyCommentAfter(qsizetype pos, qsizetype end) const;
    qsizetype keyEnd(qsizetype pos, qsizetype end) const;
    bool open(bool isMap, int indent, qsizetype pos, YAML::EmitterStyle::value style);
    void plainScalar(qsizetype pos, const std::string &value);
    /// Ends the innermost collection; next is where the token after it starts.
    void closeTop(qsizetype next);
    YAML::Mark mark(qsizetype pos) const;
    std::string text(qsizetype from, qsizetype to) const
    {
        return std::string(m_data + from, to - from);
    }

    const char *m_data;
    qsizetype m_size;
    YAML::EventHandler &m_handler;
    qsizetype m_lineStart = 0;
    qsizetype m_next = 0; ///< where the next line starts; a literal block moves it on
    int m_line = 0;
    int m_scalarIndent = -1; ///< after a scalar, deeper lines would continue it: not supported
    std::vector<Level> m_levels;
    bool m_rootClosed = false; ///< the document's root collection has ended
};

} // namespace converge
