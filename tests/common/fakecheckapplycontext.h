#pragma once

#include "resources/cancellation.h"
#include "resources/checkapply.h"
#include "resources/posixprocessrunner.h"

#include <QStringList>

namespace converge {

/// A CheckApplyContext that records output and messages, for resource tests.
/// Uses the real process runner unless a test sets another.
class FakeCheckApplyContext : public CheckApplyContext
{
public:
    void output(RunEvent::Stream, const QString &line) override { lines.append(line); }
    void message(const QString &text) override { messages.append(text); }
    ProcessRunner &processes() override { return runner ? *runner : m_posix; }
    const Cancellation &cancellation() const override { return m_cancellation; }
    qint64 remainingMs() const override { return remaining; }
    int killGraceMs() const override { return 200; }
    bool refresh() const override { return refreshed; }

    QStringList lines;
    QStringList messages;
    ProcessRunner *runner = nullptr;
    qint64 remaining = 0;
    bool refreshed = false;

private:
    PosixProcessRunner m_posix;
    Cancellation m_cancellation;
};

/// A ProcessRunner that runs nothing: it records each spec and answers from a script of exit
/// codes (0 when the script is used up), so command selection is tested without processes.
class ScriptedProcessRunner : public ProcessRunner
{
public:
    ProcessResult run(const ProcessSpec &spec, const Cancellation &, const LineSink &) override
    {
        specs.append(spec);
        ProcessResult r;
        r.status = ProcessResult::Status::Exited;
        r.exitCode = exitCodes.isEmpty() ? 0 : exitCodes.takeFirst();
        return r;
    }
    /// "program arg1 arg2" of each call, for compact comparisons.
    QStringList commandLines() const
    {
        QStringList out;
        for (const ProcessSpec &s : specs)
            out.append((QStringList{s.program} + s.arguments).join(u' '));
        return out;
    }

    QList<ProcessSpec> specs;
    QList<int> exitCodes;
};

} // namespace converge
