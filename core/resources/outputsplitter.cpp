#include "resources/outputsplitter.h"

#include <algorithm>
#include <cstring>

namespace converge {

OutputSplitter::OutputSplitter(RunEvent::Stream stream, const ProcessRunner::LineSink &sink,
                               qint64 headLines, int tailLines)
    : m_stream(stream), m_sink(sink), m_headLeft(headLines), m_tailLines(std::max(tailLines, 0))
{}

void OutputSplitter::feed(const char *data, qsizetype size)
{
    if (m_headLeft != 0)
        feedHead(data, size);
    if (size > 0)
        feedTail(data, size);
}

void OutputSplitter::feedHead(const char *&data, qsizetype &size)
{
    while (size > 0 && m_headLeft != 0) {
        const char *newline = static_cast<const char *>(memchr(data, '\n', size_t(size)));
        const qsizetype take = newline ? newline - data : size;
        const qsizetype room = MaxLineBytes - m_line.size();
        if (!m_cutting && take > room) {
            m_line.append(data, room);
            m_cutting = true;
            deliver(std::exchange(m_line, {}), true);
        } else if (!m_cutting) {
            m_line.append(data, take);
        }
        const qsizetype used = newline ? take + 1 : take;
        data += used;
        size -= used;
        if (!newline)
            continue;
        if (!m_cutting)
            deliver(std::exchange(m_line, {}), false);
        m_cutting = false;
    }
}

void OutputSplitter::feedTail(const char *data, qsizetype size)
{
    if (m_cutting) {
        // The rest of a line that was cut while lines were handed over one by one.
        const char *newline = static_cast<const char *>(memchr(data, '\n', size_t(size)));
        if (!newline)
            return;
        m_cutting = false;
        size -= newline + 1 - data;
        data = newline + 1;
    }
    m_tail.append(data, size);
    trimTail();
}

void OutputSplitter::trimTail()
{
    // Counting newlines with std::count is what keeps a flood of short lines at pipe speed:
    // no per-line call, no per-line allocation.
    const qsizetype lines = std::count(m_tail.cbegin(), m_tail.cend(), '\n');
    if (lines > m_tailLines) {
        const char *begin = m_tail.constData();
        const char *end = begin + m_tail.size();
        for (int kept = 0; kept <= m_tailLines; ++kept)
            end = static_cast<const char *>(memrchr(begin, '\n', size_t(end - begin)));
        m_tail.remove(0, end + 1 - begin);
        m_skipped += lines - m_tailLines;
    }
    // Long lines in the tail: keep no more than the tail could ever show.
    const qsizetype limit = (qsizetype(m_tailLines) + 1) * MaxLineBytes;
    if (m_tail.size() > limit) {
        const qsizetype drop = m_tail.size() - limit;
        m_skipped += std::count(m_tail.cbegin(), m_tail.cbegin() + drop, '\n');
        m_tail.remove(0, drop);
    }
}

void OutputSplitter::finish()
{
    if (!m_line.isEmpty() && !m_cutting)
        deliver(std::exchange(m_line, {}), false);
    m_cutting = false;
    if (m_tail.isEmpty())
        return;
    // An unterminated last line counts against the tail like any other.
    if (!m_tail.endsWith('\n')) {
        m_tail.append('\n');
        trimTail();
    }
    qsizetype start = 0;
    while (start < m_tail.size()) {
        const qsizetype newline = m_tail.indexOf('\n', start);
        const qsizetype length = newline - start;
        deliver(m_tail.mid(start, std::min(length, MaxLineBytes)), length > MaxLineBytes);
        start = newline + 1;
    }
    m_tail.clear();
}

void OutputSplitter::deliver(QByteArray line, bool cut)
{
    if (m_headLeft > 0)
        --m_headLeft;
    if (cut) {
        // Never end on half a UTF-8 character: an unfinished last one goes.
        qsizetype lead = line.size();
        while (lead > 0 && line.size() - lead < 3 && (uchar(line.at(lead - 1)) & 0xC0) == 0x80)
            --lead;
        if (lead > 0) {
            const uchar first = uchar(line.at(lead - 1));
            const int needed = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0;
            if (line.size() - lead < needed)
                line.truncate(lead - 1);
        }
    } else if (line.endsWith('\r')) {
        line.chop(1);
    }
    if (!m_sink)
        return;
    QString text = QString::fromUtf8(line);
    if (cut)
        text += tr(" [line cut after %1 bytes]").arg(MaxLineBytes);
    m_sink(m_stream, text);
}

} // namespace converge
