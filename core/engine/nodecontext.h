#pragma once

#include "resources/checkapply.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace converge {

class EngineRun;

/// What one resource's check/apply sees of its run: output is counted against the caps, kept
/// in its record and posted as events; commands go to the run's ProcessRunner and stop with
/// the run's Cancellation. One per running resource, owned by the EngineRun from the
/// resource's start to its final state. Used by one thread at a time: the one running the
/// attempt, which for an asynchronous attempt moves from thread to thread.
class NodeContext : public CheckApplyContext
{
    Q_DECLARE_TR_FUNCTIONS(NodeContext)
public:
    NodeContext(EngineRun &run, ResourceId id, bool refresh)
        : m_run(run), m_id(id), m_refresh(refresh)
    {}

    /// A new attempt begins: the meta timeout (0: none) counts from now.
    void startAttempt(qint64 timeoutMs)
    {
        m_deadline = timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer::Forever;
    }
    void output(RunEvent::Stream stream, const QString &line) override;
    void message(const QString &text) override;
    ProcessRunner &processes() override;
    const Cancellation &cancellation() const override;
    qint64 remainingMs() const override
    {
        return m_deadline.isForever() ? 0 : std::max<qint64>(1, m_deadline.remainingTime());
    }
    int killGraceMs() const override;
    bool refresh() const override { return m_refresh; }

private:
    EngineRun &m_run;
    ResourceId m_id;
    bool m_refresh;
    QDeadlineTimer m_deadline;
    qint64 m_outputEvents = 0;
};

} // namespace converge
