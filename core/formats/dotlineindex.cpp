#include "formats/dotlineindex.h"

namespace converge {

namespace {

bool isIdStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool isIdChar(QChar c)
{
    return isIdStart(c) || c.isDigit() || c == u'.'; // '.' for numerals such as 1.5
}

} // namespace

DotLineIndex::DotLineIndex(const QStringList &lines)
{
    bool inComment = false;
    int bracketDepth = 0;
    for (int lineIndex = 0; lineIndex < lines.size(); ++lineIndex) {
        const QString &text = lines[lineIndex];
        const int line = lineIndex + 1;
        if (!inComment && text.trimmed().startsWith(u'#'))
            continue; // a C preprocessor line, which DOT ignores
        for (qsizetype i = 0; i < text.size();) {
            const QChar c = text[i];
            if (inComment) {
                const qsizetype end = text.indexOf(u"*/", i);
                inComment = end < 0;
                i = end < 0 ? text.size() : end + 2;
            } else if (text.mid(i, 2) == u"/*") {
                inComment = true;
                i += 2;
            } else if (text.mid(i, 2) == u"//") {
                break;
            } else if (text.mid(i, 2) == u"->" || text.mid(i, 2) == u"--") {
                m_afterArrow = !m_previous.isEmpty();
                i += 2;
            } else if (c == u'"') {
                QString token;
                for (++i; i < text.size() && text[i] != u'"'; ++i) {
                    if (text[i] == u'\\' && i + 1 < text.size() && text[i + 1] == u'"')
                        ++i;
                    token += text[i];
                }
                ++i;
                if (bracketDepth == 0)
                    addToken(token, line);
            } else if (isIdStart(c) || c.isDigit()) {
                qsizetype end = i + 1;
                while (end < text.size() && isIdChar(text[end]))
                    ++end;
                if (bracketDepth == 0)
                    addToken(text.mid(i, end - i), line);
                i = end;
            } else {
                if (c == u'[')
                    ++bracketDepth;
                else if (c == u']')
                    bracketDepth = std::max(0, bracketDepth - 1);
                if (c == u':') {
                    m_port = true; // the next identifier names a port of the node before
                } else if (!c.isSpace()) {
                    m_previous.clear(); // any other punctuation ends an edge chain
                    m_afterArrow = false;
                }
                ++i;
            }
        }
    }
}

void DotLineIndex::addToken(const QString &token, int line)
{
    if (m_port) {
        m_port = false;
        return;
    }
    m_nodes.insert(token, m_nodes.value(token, line));
    if (m_afterArrow) {
        const QString key = m_previous + QChar(0) + token;
        m_edges.insert(key, m_edges.value(key, line));
    }
    m_previous = token;
    m_afterArrow = false;
}

int DotLineIndex::edgeLine(const QString &from, const QString &to) const
{
    const int line = m_edges.value(from + QChar(0) + to);
    return line > 0 ? line : nodeLine(to);
}

} // namespace converge
