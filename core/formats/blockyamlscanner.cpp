#include "formats/blockyamlscanner.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace converge {

namespace {

bool isSpace(char c)
{
    return c == ' ';
}

/// Characters that give a scalar a meaning other than plain text when they start it.
bool isIndicator(char c)
{
    return std::strchr("-?:,[]{}#&*!|>'\"%@`", c) != nullptr;
}

/// Strict UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF.
bool isUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    for (qsizetype i = 0; i < size;) {
        const uchar lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF; // the range of the byte after the lead
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        if (size - i < length || p[i + 1] < low || p[i + 1] > high)
            return false;
        for (int k = 2; k < length; ++k) {
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return false;
        }
        i += length;
    }
    return true;
}

/// yaml-cpp refuses a key (without `?`) that runs this many characters or more to its colon.
constexpr qsizetype MaxKeyLength = 1024;

bool isFlowEnd(char c)
{
    return c == ',' || c == ']' || c == '}';
}

} // namespace

BlockYamlScanner::BlockYamlScanner(const QByteArray &source, YAML::EventHandler &handler)
    : m_data(source.constData()), m_size(source.size()), m_handler(handler)
{}

YAML::Mark BlockYamlScanner::mark(qsizetype pos) const
{
    YAML::Mark m;
    m.pos = int(pos);
    m.line = m_line;
    m.column = int(pos - m_lineStart);
    return m;
}

bool BlockYamlScanner::scan()
{
    // yaml-cpp's reader takes a 0x04 byte for the end of its input.
    if (std::memchr(m_data, '\r', m_size) || std::memchr(m_data, '\t', m_size) ||
        std::memchr(m_data, '\x04', m_size))
        return false;
    // yaml-cpp drops a byte-order mark (and counts offsets after it), reads UTF-16 and UTF-32
    // by their marks, and replaces bytes that are not UTF-8: all of that is left to it.
    if (m_size > 0 && (uchar(m_data[0]) == 0xEF || uchar(m_data[0]) >= 0xFE))
        return false;
    if (!isUtf8(m_data, m_size))
        return false;
    bool started = false;
    std::optional<YAML::Mark> marker; // yaml-cpp starts the document at its `---`
    for (m_next = 0; m_next < m_size; ++m_line) {
        m_lineStart = m_next;
        const char *newline = static_cast<const char *>(
            std::memchr(m_data + m_lineStart, '\n', m_size - m_lineStart));
        const qsizetype end = newline ? newline - m_data : m_size;
        m_next = end + 1;
        qsizetype content = m_lineStart;
        while (content < end && isSpace(m_data[content]))
            ++content;
        if (content == end || m_data[content] == '#')
            continue;
        const int indent = int(content - m_lineStart);
        const bool isMarker = indent == 0 && end - content >= 3 &&
                              (std::strncmp(m_data + content, "---", 3) == 0 ||
                               std::strncmp(m_data + content, "...", 3) == 0);
        if (isMarker) {
            // One leading `---` is fine; a second document or an end marker is yaml-cpp's.
            if (marker || started || m_data[content] == '.' || !onlyCommentAfter(content + 3, end))
                return false;
            marker = mark(content);
            continue;
        }
        if (m_data[content] == '%')
            return false;
        if (!started) {
            m_handler.OnDocumentStart(marker.value_or(mark(content)));
            started = true;
        }
        if (m_scalarIndent >= 0 && indent > m_scalarIndent)
            return false;
        m_scalarIndent = -1;
        if (!line(indent, content, end))
            return false;
    }
    if (!started)
        return !marker; // yaml-cpp reads a lone `---` as a document holding null
    // What is still open ends at the end of the input. An empty value there is marked at column
    // 0 after the last line end; without one, yaml-cpp's mark follows rules of its own.
    const bool pending = std::any_of(m_levels.begin(), m_levels.end(),
                                     [](const Level &level) { return level.pending; });
    if (pending && m_data[m_size - 1] != '\n')
        return false;
    m_lineStart = m_size;
    while (!m_levels.empty())
        closeTop(m_size);
    m_handler.OnDocumentEnd();
    return true;
}

bool BlockYamlScanner::line(int indent, qsizetype content, qsizetype end)
{
    const bool item =
        m_data[content] == '-' && (content + 1 == end || isSpace(m_data[content + 1]));
    while (!m_levels.empty() && m_levels.back().indent > indent)
        closeTop(content);
    // A list written at its key's indent (`exec:` then `- name:`) ends at the next key there.
    if (!item && !m_levels.empty() && !m_levels.back().isMap && m_levels.back().indent == indent)
        closeTop(content);
    // The root collection ended: yaml-cpp's document ends with it, and a second root is an error.
    if (m_levels.empty() && m_rootClosed)
        return false;
    return item ? sequenceItem(indent, content, end) : mapEntry(indent, content, end);
}

bool BlockYamlScanner::sequenceItem(int indent, qsizetype content, qsizetype end)
{
    Level *top = m_levels.empty() ? nullptr : &m_levels.back();
    if (top && !top->isMap && top->indent == indent) {
        // another item of the open list
    } else if ((!top && indent == 0) ||
               (top && top->isMap && top->pending && indent >= top->indent)) {
        if (top)
            top->pending = false;
        if (!open(false, indent, content, YAML::EmitterStyle::Block))
            return false;
    } else {
        return false;
    }
    qsizetype pos = content + 1;
    while (pos < end && isSpace(m_data[pos]))
        ++pos;
    if (pos == end || m_data[pos] == '#' ||
        (m_data[pos] == '-' && (pos + 1 == end || isSpace(m_data[pos + 1]))))
        return false;
    const int itemIndent = int(pos - m_lineStart);
    if (keyEnd(pos, end) >= 0)
        return open(true, itemIndent, pos, YAML::EmitterStyle::Block) &&
               mapEntry(itemIndent, pos, end);
    if (!inlineValue(indent, pos, end))
        return false;
    return true;
}

qsizetype BlockYamlScanner::keyEnd(qsizetype pos, qsizetype end) const
{
    // A plain key runs to the first `: ` (or `:` at the end of the line).
    if (isIndicator(m_data[pos]) && m_data[pos] != '-')
        return -1;
    for (qsizetype i = pos; i < end; ++i) {
        const char c = m_data[i];
        if (c == '#' && i > pos && isSpace(m_data[i - 1]))
            return -1;
        if (c == ':' && (i + 1 == end || isSpace(m_data[i + 1])))
            return i;
    }
    return -1;
}

bool BlockYamlScanner::mapEntry(int indent, qsizetype content, qsizetype end)
{
    Level *top = m_levels.empty() ? nullptr : &m_levels.back();
    if (top && top->isMap && top->indent == indent) {
        if (top->pending)
            m_handler.OnNull(mark(content), YAML::NullAnchor);
    } else if ((!top && indent == 0) ||
               (top && top->isMap && top->pending && indent > top->indent)) {
        if (top)
            top->pending = false;
        if (!open(true, indent, content, YAML::EmitterStyle::Block))
            return false;
    } else {
        return false;
    }
    const qsizetype colon = keyEnd(content, end);
    if (colon < 0 || colon - content >= MaxKeyLength ||
        (m_data[content] == '-' && (content + 1 == colon || isSpace(m_data[content + 1]))))
        return false;
    qsizetype keyStop = colon;
    while (keyStop > content && isSpace(m_data[keyStop - 1]))
        --keyStop;
    plainScalar(content, text(content, keyStop));
    m_levels.back().pending = false;
    qsizetype pos = colon + 1;
    while (pos < end && isSpace(m_data[pos]))
        ++pos;
    if (pos == end || m_data[pos] == '#') {
        m_levels.back().pending = true;
        return true;
    }
    return inlineValue(indent, pos, end);
}

bool BlockYamlScanner::inlineValue(int indent, qsizetype pos, qsizetype end)
{
    m_scalarIndent = indent;
    const char c = m_data[pos];
    if (c == '|')
        return literalBlock(indent, pos, end);
    if (c == '[' || c == '{' || c == '\'' || c == '"') {
        qsizetype p = pos;
        return flowNode(&p, end, false, int(m_levels.size())) && onlyCommentAfter(p, end);
    }
    if (isIndicator(c) && !(c == '-' && pos + 1 < end && !isSpace(m_data[pos + 1])))
        return false;
    qsizetype stop = pos;
    while (stop < end && !(m_data[stop] == '#' && isSpace(m_data[stop - 1])))
        ++stop;
    while (stop > pos && isSpace(m_data[stop - 1]))
        --stop;
    const std::string value = text(pos, stop);
    if (value.find(": ") != std::string::npos || value.back() == ':')
        return false;
    plainScalar(pos, value);
    return true;
}

bool BlockYamlScanner::literalBlock(int indent, qsizetype pos, qsizetype end)
{
    const YAML::Mark at = mark(pos);
    qsizetype p = pos + 1;
    const char chomp = p < end && (m_data[p] == '-' || m_data[p] == '+') ? m_data[p++] : ' ';
    if (!onlyCommentAfter(p, end))
        return false;
    std::string value;
    int blockIndent = -1;
    qsizetype newlines = 0; // empty lines not yet known to be inside the block
    qsizetype next = m_next;
    int lines = 0;
    while (next < m_size) {
        const char *newline =
            static_cast<const char *>(std::memchr(m_data + next, '\n', m_size - next));
        const qsizetype lineEnd = newline ? newline - m_data : m_size;
        qsizetype content = next;
        while (content < lineEnd && isSpace(m_data[content]))
            ++content;
        const int lineIndent = int(content - next);
        const bool inBlock = content == lineEnd ||
                             (blockIndent < 0 ? lineIndent > indent : lineIndent >= blockIndent);
        // A block whose last line has no line end is chomped by rules of yaml-cpp's own.
        if (inBlock && !newline)
            return false;
        if (content == lineEnd) {
            if (blockIndent >= 0 && lineIndent > blockIndent)
                return false; // spaces beyond the indent are text: leave such blocks to yaml-cpp
            ++newlines;
        } else if (inBlock) {
            if (blockIndent < 0) {
                if (newlines > 0)
                    return false;
                blockIndent = lineIndent;
            }
            value.append(size_t(newlines), '\n');
            newlines = 0;
            value.append(m_data + next + blockIndent, lineEnd - next - blockIndent);
            value += '\n';
        } else {
            break;
        }
        next = lineEnd + 1;
        ++lines;
    }
    if (blockIndent < 0)
        return false;
    if (chomp == '-')
        value.pop_back();
    else if (chomp == '+')
        value.append(size_t(newlines), '\n');
    // Trailing empty lines belong to the block: the next line to read starts after them.
    m_handler.OnScalar(at, "!", YAML::NullAnchor, value);
    m_next = next;
    m_line += lines;
    m_scalarIndent = -1;
    return true;
}

bool BlockYamlScanner::quoted(qsizetype *pos, qsizetype end, std::string *out) const
{
    const char quote = m_data[*pos];
    for (qsizetype p = *pos + 1; p < end; ++p) {
        const char c = m_data[p];
        if (c == quote) {
            if (quote == '\'' && p + 1 < end && m_data[p + 1] == '\'') {
                *out += '\'';
                ++p;
                continue;
            }
            *pos = p + 1;
            return true;
        }
        if (c == '\\' && quote == '"') {
            if (++p == end)
                return false;
            switch (m_data[p]) {
            case '\\':
            case '"':
            case '/':
                *out += m_data[p];
                break;
            case 'n':
                *out += '\n';
                break;
            case 't':
                *out += '\t';
                break;
            default:
                return false; // other escapes are yaml-cpp's to decode
            }
            continue;
        }
        *out += c;
    }
    return false; // a quote that goes on past the line
}

bool BlockYamlScanner::flowNode(qsizetype *pos, qsizetype end, bool inMap, int depth)
{
    qsizetype p = *pos;
    while (p < end && isSpace(m_data[p]))
        ++p;
    if (p == end)
        return false;
    const char c = m_data[p];
    if (c == '[' || c == '{') {
        // Each level is a stack frame here: deeper nesting goes to yaml-cpp, which guards it.
        if (depth >= MaxDepth)
            return false;
        const bool map = c == '{';
        if (map)
            m_handler.OnMapStart(mark(p), "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
        else
            m_handler.OnSequenceStart(mark(p), "?", YAML::NullAnchor, YAML::EmitterStyle::Flow);
        ++p;
        while (p < end && isSpace(m_data[p]))
            ++p;
        const char close = map ? '}' : ']';
        bool first = true;
        while (p < end && m_data[p] != close) {
            if (!first && m_data[p++] != ',')
                return false;
            first = false;
            const qsizetype keyStart = p;
            if (!flowNode(&p, end, map, depth + 1))
                return false;
            if (map) {
                if (p >= end || m_data[p] != ':' || p + 1 >= end || !isSpace(m_data[p + 1]) ||
                    p - keyStart >= MaxKeyLength)
                    return false;
                ++p;
                if (!flowNode(&p, end, false, depth + 1))
                    return false;
            }
            while (p < end && isSpace(m_data[p]))
                ++p;
        }
        if (p == end)
            return false;
        if (map)
            m_handler.OnMapEnd();
        else
            m_handler.OnSequenceEnd();
        *pos = p + 1;
        return true;
    }
    std::string value;
    const qsizetype start = p;
    if (c == '\'' || c == '"') {
        if (!quoted(&p, end, &value))
            return false;
        m_handler.OnScalar(mark(start), "!", YAML::NullAnchor, value);
    } else {
        if (isIndicator(c) && !(c == '-' && p + 1 < end && !isSpace(m_data[p + 1])))
            return false;
        // yaml-cpp ends a plain scalar in flow at any of `,?[]{}`, so `?` here is not text.
        while (p < end && !isFlowEnd(m_data[p]) && m_data[p] != '[' && m_data[p] != '{' &&
               m_data[p] != '?' && !(m_data[p] == ':' && p + 1 < end && isSpace(m_data[p + 1])) &&
               !(m_data[p] == '#' && isSpace(m_data[p - 1])))
            ++p;
        qsizetype stop = p;
        while (stop > start && isSpace(m_data[stop - 1]))
            --stop;
        if (stop == start || m_data[stop - 1] == ':' ||
            (p < end && std::strchr("[{#?", m_data[p]) != nullptr))
            return false;
        // `[a: b]` is a one-pair map inside a list: rare in graphs, left to yaml-cpp.
        if (!inMap && p < end && m_data[p] == ':')
            return false;
        plainScalar(start, text(start, stop));
    }
    while (p < end && isSpace(m_data[p]))
        ++p;
    *pos = p;
    return true;
}

bool BlockYamlScanner::onlyCommentAfter(qsizetype pos, qsizetype end) const
{
    while (pos < end && isSpace(m_data[pos]))
        ++pos;
    return pos == end || (m_data[pos] == '#' && isSpace(m_data[pos - 1]));
}

bool BlockYamlScanner::open(bool isMap, int indent, qsizetype pos, YAML::EmitterStyle::value style)
{
    if (int(m_levels.size()) >= MaxDepth)
        return false;
    if (isMap)
        m_handler.OnMapStart(mark(pos), "?", YAML::NullAnchor, style);
    else
        m_handler.OnSequenceStart(mark(pos), "?", YAML::NullAnchor, style);
    m_levels.push_back({indent, isMap, false});
    return true;
}

void BlockYamlScanner::plainScalar(qsizetype pos, const std::string &value)
{
    // yaml-cpp's parser turns the plain null words into null events itself.
    if (value == "~" || value == "null" || value == "Null" || value == "NULL")
        m_handler.OnNull(mark(pos), YAML::NullAnchor);
    else
        m_handler.OnScalar(mark(pos), "?", YAML::NullAnchor, value);
}

void BlockYamlScanner::closeTop(qsizetype next)
{
    const Level level = m_levels.back();
    m_levels.pop_back();
    m_rootClosed = m_levels.empty();
    if (level.isMap) {
        // An empty value is marked where the next token starts, as yaml-cpp marks it.
        if (level.pending)
            m_handler.OnNull(mark(next), YAML::NullAnchor);
        m_handler.OnMapEnd();
    } else {
        m_handler.OnSequenceEnd();
    }
}

} // namespace converge
