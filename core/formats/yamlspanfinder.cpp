#include "formats/yamlspanfinder.h"

namespace converge {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/// Counts the flow brackets open on a line, skipping what is quoted.
class BracketCounter
{
public:
    /// Takes the character at i of text; returns the index of the next one to take.
    qsizetype take(const QByteArray &text, qsizetype i)
    {
        const char c = text[i];
        if (m_quote) {
            if (c == m_quote)
                m_quote = 0;
            else if (c == '\\' && m_quote == '"')
                return i + 2; // an escaped character
        } else if (c == '"' || c == '\'') {
            m_quote = c;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            --m_depth;
        }
        return i + 1;
    }
    int depth() const { return m_depth; }
    bool quoted() const { return m_quote != 0; }

private:
    int m_depth = 0;
    char m_quote = 0;
};

} // namespace

qsizetype YamlSpanFinder::lineStart(qsizetype pos) const
{
    return pos <= 0 ? 0 : m_text.lastIndexOf('\n', pos - 1) + 1;
}

qsizetype YamlSpanFinder::nextLine(qsizetype pos) const
{
    const qsizetype newline = m_text.indexOf('\n', pos);
    return newline < 0 ? m_text.size() : newline + 1;
}

bool YamlSpanFinder::startsLine(qsizetype pos) const
{
    for (qsizetype i = lineStart(pos); i < pos; ++i) {
        if (m_text[i] != ' ')
            return false;
    }
    return true;
}

qsizetype YamlSpanFinder::scalarEnd(qsizetype begin) const
{
    const qsizetype size = m_text.size();
    if (begin < 0 || begin >= size)
        return -1;
    const char first = m_text[begin];
    if (first == '&' || first == '*' || first == '!' || first == '|' || first == '>')
        return -1;
    if (first == '"' || first == '\'') {
        for (qsizetype i = begin + 1; i < size && m_text[i] != '\n'; ++i) {
            if (first == '"' && m_text[i] == '\\')
                ++i;
            else if (m_text[i] == first && first == '\'' && i + 1 < size && m_text[i + 1] == '\'')
                ++i;
            else if (m_text[i] == first)
                return i + 1;
        }
        return -1; // a quoted scalar over several lines
    }
    const bool flow = inFlow(begin);
    qsizetype i = begin;
    for (; i < size && m_text[i] != '\n'; ++i) {
        const char c = m_text[i];
        if (c == '#' && isBlank(m_text[i - 1]))
            break;
        if (flow && (c == ',' || c == ']' || c == '}'))
            break;
        if (c == ':' && (i + 1 == size || isBlank(m_text[i + 1]) || m_text[i + 1] == '\n'))
            return -1; // a key, not a value
    }
    qsizetype end = i;
    while (end > begin && isBlank(m_text[end - 1]))
        --end;
    if (flow)
        return end;
    // A plain scalar goes on over deeper lines: then it is not one line long.
    qsizetype content = begin;
    for (qsizetype s = lineStart(begin); s < begin; ++s) {
        if (m_text[s] != ' ' && m_text[s] != '-') {
            content = s;
            break;
        }
    }
    const int keyColumn = column(content);
    for (qsizetype line = nextLine(begin); line < size; line = nextLine(line)) {
        qsizetype c = line;
        while (c < size && m_text[c] == ' ')
            ++c;
        if (c >= size || m_text[c] == '\n' || m_text[c] == '\r' || m_text[c] == '#')
            continue;
        return int(c - line) > keyColumn ? -1 : end;
    }
    return end;
}

bool YamlSpanFinder::inFlow(qsizetype pos) const
{
    BracketCounter brackets;
    for (qsizetype i = lineStart(pos); i < pos;)
        i = brackets.take(m_text, i);
    return brackets.depth() > 0;
}

qsizetype YamlSpanFinder::flowEnd(qsizetype open) const
{
    const qsizetype size = m_text.size();
    if (open < 0 || open >= size || (m_text[open] != '{' && m_text[open] != '['))
        return -1;
    BracketCounter brackets;
    for (qsizetype i = open; i < size && m_text[i] != '\n';) {
        if (!brackets.quoted() && m_text[i] == '#' && isBlank(m_text[i - 1]))
            return -1; // a comment: the collection goes on on a later line
        i = brackets.take(m_text, i);
        if (brackets.depth() == 0)
            return i;
    }
    return -1;
}

qsizetype YamlSpanFinder::flowValueEnd(qsizetype begin) const
{
    if (begin < 0 || begin >= m_text.size())
        return -1;
    if (m_text[begin] == '{' || m_text[begin] == '[')
        return flowEnd(begin);
    if (m_text[begin] == ',' || m_text[begin] == '}')
        return begin; // an empty value
    return scalarEnd(begin);
}

qsizetype YamlSpanFinder::flowEntryEnd(qsizetype key) const
{
    const qsizetype size = m_text.size();
    qsizetype colon = key;
    if (key >= 0 && key < size && (m_text[key] == '"' || m_text[key] == '\''))
        colon = scalarEnd(key);
    while (colon >= 0 && colon < size && m_text[colon] != ':' && m_text[colon] != '\n')
        ++colon;
    if (colon < 0 || colon >= size || m_text[colon] != ':')
        return -1;
    qsizetype value = colon + 1;
    while (value < size && isBlank(m_text[value]))
        ++value;
    return flowValueEnd(value);
}

qsizetype YamlSpanFinder::blockEnd(qsizetype start, int indent, bool dashContinues) const
{
    const qsizetype size = m_text.size();
    qsizetype end = nextLine(start);
    for (qsizetype line = end; line < size;) {
        const qsizetype next = nextLine(line);
        qsizetype c = line;
        while (c < size && m_text[c] == ' ')
            ++c;
        const int col = int(c - line);
        const bool empty = c >= size || m_text[c] == '\n' || m_text[c] == '\r';
        if (!empty && m_text[c] == '#') {
            if (col > indent)
                end = next; // a comment indented into the block is part of it
        } else if (!empty) {
            const bool dash = m_text[c] == '-' &&
                              (c + 1 >= size || m_text[c + 1] == ' ' || m_text[c + 1] == '\n');
            if (col > indent || (dashContinues && col == indent && dash))
                end = next;
            else
                break;
        }
        line = next;
    }
    return end;
}

qsizetype YamlSpanFinder::itemDash(qsizetype mapStart) const
{
    qsizetype i = mapStart - 1;
    while (i >= 0 && m_text[i] == ' ')
        --i;
    if (i < 0 || m_text[i] != '-' || i + 1 == mapStart || !startsLine(i))
        return -1;
    return i;
}

qsizetype YamlSpanFinder::commentsAbove(qsizetype start, int column) const
{
    qsizetype begin = start;
    while (begin > 0) {
        const qsizetype above = lineStart(begin - 1);
        const qsizetype hash = above + column;
        if (hash >= begin - 1 || m_text[hash] != '#' || !startsLine(hash))
            break;
        begin = above;
    }
    return begin;
}

std::pair<qsizetype, qsizetype> YamlSpanFinder::itemLines(qsizetype mapStart) const
{
    const qsizetype dash = itemDash(mapStart);
    if (dash < 0)
        return {-1, -1};
    const qsizetype start = lineStart(dash);
    return {start, blockEnd(start, column(dash), false)};
}

} // namespace converge
