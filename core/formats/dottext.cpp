#include "formats/dottext.h"

#include <cctype>
#include <utility>

namespace converge {

namespace {

bool isIdByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) || c == '_' || c == '.';
}

/// Walks the text once, keeping line and column for messages.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : m_text(text) {}

    std::optional<DotText::Problem> run();

private:
    char at(qsizetype i) const { return i < m_text.size() ? m_text[i] : '\0'; }
    void advanceTo(qsizetype end)
    {
        for (; m_pos < end && m_pos < m_text.size(); ++m_pos) {
            const char c = m_text[m_pos];
            if (c == '\n') {
                ++m_line;
                m_column = 1;
            } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                ++m_column;
            }
        }
    }
    DotText::Problem problem(const QString &message) const { return {m_line, m_column, message}; }
    std::optional<DotText::Problem> quotedString();
    std::optional<DotText::Problem> htmlString();

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    qsizetype m_valueBytes = 0;    ///< the quoted strings joined by `+` so far
    bool m_joining = false;        ///< a `+` follows a quoted string
    DotText::Problem m_valueStart; ///< where the joined value began
};

std::optional<DotText::Problem> Scanner::quotedString()
{
    qsizetype end = m_pos + 1;
    while (end < m_text.size() && m_text[end] != '"')
        end += m_text[end] == '\\' ? 2 : 1;
    if (end >= m_text.size())
        return problem(DotText::tr("unterminated quoted string: expected '\"' before the end of "
                                   "the file"));
    const qsizetype bytes = end - m_pos - 1;
    if (bytes > DotText::MaxTokenBytes)
        return problem(DotText::tr("quoted string of %1 bytes: Graphviz reads at most %2")
                           .arg(bytes)
                           .arg(DotText::MaxTokenBytes));
    if (!m_joining)
        m_valueStart = {m_line, m_column, {}};
    m_valueBytes = (m_joining ? m_valueBytes : 0) + bytes;
    m_joining = false;
    if (m_valueBytes > DotText::MaxValueBytes) {
        DotText::Problem found = m_valueStart;
        found.message = DotText::tr("value joined with '+' is over %1 bytes, the most Converge "
                                    "reads")
                            .arg(DotText::MaxValueBytes);
        return found;
    }
    advanceTo(end + 1);
    return std::nullopt;
}

std::optional<DotText::Problem> Scanner::htmlString()
{
    int depth = 0;
    qsizetype end = m_pos;
    for (; end < m_text.size(); ++end) {
        if (m_text[end] == '<')
            ++depth;
        else if (m_text[end] == '>' && --depth == 0)
            break;
    }
    if (end >= m_text.size())
        return problem(DotText::tr("unterminated HTML string: expected '>' before the end of the "
                                   "file"));
    if (end - m_pos - 1 > DotText::MaxTokenBytes)
        return problem(DotText::tr("HTML string of %1 bytes: Graphviz reads at most %2")
                           .arg(end - m_pos - 1)
                           .arg(DotText::MaxTokenBytes));
    advanceTo(end + 1);
    return std::nullopt;
}

std::optional<DotText::Problem> Scanner::run()
{
    int depth = 0;
    bool ended = false;
    bool lineStart = true;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == '\0')
            return problem(DotText::tr("not a text file (NUL byte); expected DOT"));
        if (std::isspace(static_cast<unsigned char>(c))) {
            lineStart = lineStart || c == '\n';
            advanceTo(m_pos + 1);
            continue;
        }
        const bool wasLineStart = std::exchange(lineStart, false);
        if ((c == '#' && wasLineStart) || (c == '/' && at(m_pos + 1) == '/')) {
            const qsizetype end = m_text.indexOf('\n', m_pos);
            advanceTo(end < 0 ? m_text.size() : end);
            continue;
        }
        if (c == '/' && at(m_pos + 1) == '*') {
            const qsizetype end = m_text.indexOf("*/", m_pos + 2);
            if (end < 0)
                return problem(DotText::tr("unterminated comment: expected '*/' before the end "
                                           "of the file"));
            advanceTo(end + 2);
            continue;
        }
        if (ended)
            return problem(DotText::tr("text after the end of the graph: Converge reads one "
                                       "graph per file"));
        if (c == '+' && m_valueBytes > 0) {
            m_joining = true;
            advanceTo(m_pos + 1);
            continue;
        }
        m_valueBytes = m_joining ? m_valueBytes : 0;
        if (c == '"') {
            if (auto found = quotedString())
                return found;
            continue;
        }
        m_valueBytes = 0;
        m_joining = false;
        if (c == '<') {
            if (auto found = htmlString())
                return found;
            continue;
        }
        if (isIdByte(c)) {
            qsizetype end = m_pos;
            while (end < m_text.size() && isIdByte(m_text[end]))
                ++end;
            if (end - m_pos > DotText::MaxTokenBytes)
                return problem(DotText::tr("identifier of %1 bytes: Graphviz reads at most %2")
                                   .arg(end - m_pos)
                                   .arg(DotText::MaxTokenBytes));
            advanceTo(end);
            continue;
        }
        if (c == '{')
            ++depth;
        else if (c == '}' && --depth == 0)
            ended = true;
        advanceTo(m_pos + 1);
    }
    return std::nullopt;
}

} // namespace

std::optional<DotText::Problem> DotText::check(const QByteArray &text)
{
    return Scanner(text).run();
}

QByteArray DotText::splitLongStrings(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '"')
            continue;
        qsizetype end = i + 1;
        while (end < text.size() && text[end] != '"')
            end += text[end] == '\\' ? 2 : 1;
        if (end - i - 1 > MaxTokenBytes) {
            out.append(text.constData() + copied, i + 1 - copied);
            qsizetype piece = 0;
            for (qsizetype j = i + 1; j < end;) {
                // Never between a backslash and what it escapes, nor inside a UTF-8 sequence.
                qsizetype step = text[j] == '\\' ? 2 : 1;
                while (j + step < end &&
                       (static_cast<unsigned char>(text[j + step]) & 0xC0) == 0x80)
                    ++step;
                if (piece + step > MaxTokenBytes) {
                    out.append("\" + \"");
                    piece = 0;
                }
                out.append(text.constData() + j, step);
                piece += step;
                j += step;
            }
            copied = end;
        }
        i = end;
    }
    out.append(text.constData() + copied, text.size() - copied);
    return out;
}

} // namespace converge
