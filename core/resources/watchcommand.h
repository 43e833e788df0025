#pragma once

#include "resources/outputsplitter.h"
#include "resources/processrunner.h"
#include "resources/reactor.h"
#include "resources/resourcewatch.h"

#include <QCoreApplication>

#include <memory>

namespace converge {

/// mgmt's exec `watchcmd`: a command that runs for the life of the watch, each non-empty line
/// it prints being an event ("watchcmd: <line>").
///
/// The caller builds the ProcessSpec from `watchcmd`, `watchshell`, `watchcwd` and the
/// resource's `env`, `user` and `group`, as mgmt builds its watch command. It is started with
/// ProcessLauncher in a process group of its own; its stdout, stderr and a pidfd are read on
/// the Reactor, so no thread waits for it. Lines of stderr are events too (mgmt reads stderr
/// only once stdout has ended, so a watch command filling stderr would block there; here both
/// are read as they come). Lines are cut at OutputSplitter::MaxLineBytes.
///
/// A command that ends, whatever its status, is a failed watch, as in mgmt (it returns
/// "reached EOF" or the exit status from Watch): failed() says how it ended after every line
/// it printed was reported, and the engine restarts it per meta retry/delay. stop() kills the
/// process group with SIGKILL and ends what escaped it (DescendantReaper::endTagged), so no
/// process of it is left when stop() returns; the command only ever reports, so it has no
/// work to finish. Lives on the reactor thread (see ResourceWatch).
class WatchCommand : public ResourceWatch
{
    Q_DECLARE_TR_FUNCTIONS(WatchCommand)
public:
    WatchCommand(Reactor &reactor, ProcessSpec spec, WatchSink sink);
    ~WatchCommand() override;

    void start() override;
    void stop() override;
    /// The running command's pid (also its process group), or -1.
    pid_t pid() const { return m_pid; }

private:
    struct Stream
    {
        int fd = -1;
        Reactor::Handle handle = 0;
        std::unique_ptr<OutputSplitter> splitter;
    };

    bool watchStream(Stream &stream, int fd, RunEvent::Stream which);
    /// Reads what is there; closes the stream at its end. Returns false once it has ended.
    bool drain(Stream &stream);
    void closeStream(Stream &stream);
    void onExit();
    void fail(const QString &message);
    void line(const QString &text);
    /// Kills what is left of the command's process group and its tagged escapees.
    void stopProcessesOf(pid_t group);

    Reactor &m_reactor;
    ProcessSpec m_spec;
    WatchSink m_sink;
    ProcessRunner::LineSink m_lines;
    QByteArray m_tag;
    pid_t m_pid = -1;
    int m_pidfd = -1;
    Reactor::Handle m_exitHandle = 0;
    Stream m_out;
    Stream m_err;
};

} // namespace converge
