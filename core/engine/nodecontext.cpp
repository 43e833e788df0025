#include "engine/nodecontext.h"

#include "engine/enginerun.h"

namespace converge {

void NodeContext::output(RunEvent::Stream stream, const QString &line)
{
    QStringList &kept = m_run.m_records[m_id].lastOutput;
    kept.append(line);
    if (kept.size() > m_run.m_options.keptOutputLines)
        kept.removeFirst();
    if (m_outputEvents < m_run.m_options.maxOutputEvents) {
        RunEvent e;
        e.resource = m_id;
        e.type = RunEvent::Type::Output;
        e.stream = stream;
        e.text = line;
        e.timeUs = m_run.nowUs();
        m_run.post(e);
    } else if (m_outputEvents == m_run.m_options.maxOutputEvents) {
        message(tr("output truncated after %1 lines").arg(m_outputEvents));
    }
    ++m_outputEvents;
}

void NodeContext::message(const QString &text)
{
    RunEvent e;
    e.resource = m_id;
    e.type = RunEvent::Type::Message;
    e.text = text;
    e.timeUs = m_run.nowUs();
    m_run.post(e);
}

ProcessRunner &NodeContext::processes()
{
    return *m_run.m_processes;
}

const Cancellation &NodeContext::cancellation() const
{
    return m_run.m_cancellation;
}

int NodeContext::killGraceMs() const
{
    return m_run.m_options.cancelGraceMs;
}

} // namespace converge
