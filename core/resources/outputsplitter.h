#pragma once

#include "resources/processrunner.h"

#include <QByteArray>
#include <QCoreApplication>

namespace converge {

/// Turns one stream of a command's output into lines for a ProcessRunner::LineSink, at the
/// speed of the pipe: the first headLines lines are handed over one by one; past them the
/// bytes are only counted (newlines counted with memchr over the whole chunk) and the last
/// tailLines lines kept, which are handed over by finish(). A line longer than MaxLineBytes is
/// cut there, says so, and the rest of it is dropped, so memory stays bounded whatever the
/// command prints. Used by one thread at a time; the sink is called on that thread.
class OutputSplitter
{
    Q_DECLARE_TR_FUNCTIONS(OutputSplitter)
public:
    /// A longer line is cut at this many bytes (at a character boundary).
    static constexpr qsizetype MaxLineBytes = 8192;

    OutputSplitter(RunEvent::Stream stream, const ProcessRunner::LineSink &sink, qint64 headLines,
                   int tailLines);
    /// Takes the next bytes of the stream.
    void feed(const char *data, qsizetype size);
    /// The stream ended: hands over its last unterminated line and the kept tail.
    void finish();
    /// Lines that were counted but never handed over.
    qint64 skippedLines() const { return m_skipped; }

private:
    void feedHead(const char *&data, qsizetype &size);
    void feedTail(const char *data, qsizetype size);
    void trimTail();
    void deliver(QByteArray line, bool cut);

    RunEvent::Stream m_stream;
    const ProcessRunner::LineSink &m_sink;
    qint64 m_headLeft;
    int m_tailLines;
    QByteArray m_line;      ///< the unfinished line while lines are handed over one by one
    bool m_cutting = false; ///< the current line was cut; drop bytes up to its newline
    QByteArray m_tail;      ///< past the head: the last lines, raw, newline-separated
    qint64 m_skipped = 0;
};

} // namespace converge
