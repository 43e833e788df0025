#pragma once

#include "resources/cancellation.h"
#include "resources/outputsplitter.h"
#include "resources/processrunner.h"
#include "resources/reactor.h"

#include <memory>

namespace converge {

/// One running command served by a Reactor instead of a thread: its pidfd and its stdout and
/// stderr pipes are watched there, output is read in large chunks into an OutputSplitter per
/// stream, and its deadlines and the run's cancel are reactor timers and posted tasks.
///
/// start() launches the command on the calling thread (so launches on several threads run in
/// parallel) and hands the rest to the reactor: from then on every member runs on the reactor
/// thread only. On cancel or at ProcessSpec::stopAfterMs the group gets the stop signal and,
/// killGraceMs later, SIGKILL; at ProcessSpec::timeoutMs it gets SIGKILL at once. When the
/// leader exits, DescendantReaper ends the daemons it left, the rest of its group is killed,
/// the leader is reaped, the pipes are read to their end, and done is called. The object owns
/// itself from start() until done has returned; the reactor must outlive it.
class WatchedProcess
{
public:
    /// See ProcessRunner::start(); sink and done are called on reactor's thread, or done on
    /// the calling thread when the command cannot start or cancellation already fired.
    static void start(Reactor &reactor, const ProcessSpec &spec, const Cancellation &cancellation,
                      ProcessRunner::LineSink sink, ProcessRunner::Completion done);

    WatchedProcess(const WatchedProcess &) = delete;
    WatchedProcess &operator=(const WatchedProcess &) = delete;
    ~WatchedProcess();

private:
    /// One output stream: its pipe, its watch, its splitter and what is captured of it.
    struct Stream
    {
        int fd = -1;
        Reactor::Handle watch = 0;
        std::unique_ptr<OutputSplitter> lines;
        QByteArray *capture[2] = {nullptr, nullptr};
    };

    WatchedProcess(Reactor &reactor, const ProcessSpec &spec, const Cancellation &cancellation,
                   ProcessRunner::LineSink sink, ProcessRunner::Completion done);
    /// On the reactor thread: registers the pipes, the pidfd, the deadlines and the cancel.
    void watch();
    /// Reads what stream has, at most maxReads chunks; stops watching it at its end.
    void drain(Stream &stream, int maxReads);
    /// The stop signal now and SIGKILL after the grace, once; cancelled says why.
    void stop(bool cancelled);
    void killNow();
    /// Stops a watch or timer if *handle names one, and clears it.
    void forget(Reactor::Handle *handle);
    /// The leader exited: ends what it left, reaps it and reports.
    void finish();
    void fail(const QString &error);

    Reactor &m_reactor;
    const Cancellation &m_cancellation;
    ProcessRunner::LineSink m_sink;
    ProcessRunner::Completion m_done;
    std::shared_ptr<WatchedProcess> m_self; ///< keeps this alive until finish()
    QByteArray m_tag;
    pid_t m_pid = -1;
    int m_pidfd = -1;
    Stream m_out;
    Stream m_err;
    Reactor::Handle m_exitWatch = 0;
    Reactor::Handle m_stopTimer = 0;
    Reactor::Handle m_killTimer = 0;
    Reactor::Handle m_graceTimer = 0;
    Cancellation::Subscription m_subscription = 0;
    qint64 m_timeoutMs;
    qint64 m_stopAfterMs;
    int m_stopSignal;
    int m_killGraceMs;
    qsizetype m_captureBytes;
    bool m_stopped = false;
    bool m_cancelled = false;
    bool m_timedOut = false;
    ProcessResult m_result;
};

} // namespace converge
