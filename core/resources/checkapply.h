#pragma once

#include "model/diagnostic.h"
#include "model/runevent.h"

#include <QString>

#include <functional>
#include <memory>

namespace converge {

class Cancellation;
class Graph;
class ProcessRunner;
struct Resource;

/// What a resource's check/apply may use while it runs: where its output and messages go,
/// how to run commands, and when to stop. The engine gives one per attempt; tests give fakes.
class CheckApplyContext
{
public:
    virtual ~CheckApplyContext() = default;
    /// One line the resource's command printed.
    virtual void output(RunEvent::Stream stream, const QString &line) = 0;
    /// A log line about the resource ("ifcmd exited with 1", "would change").
    virtual void message(const QString &text) = 0;
    virtual ProcessRunner &processes() = 0;
    virtual const Cancellation &cancellation() const = 0;
    /// Milliseconds left before the resource's `timeout` meta parameter expires; 0 for none.
    virtual qint64 remainingMs() const = 0;
    /// On cancel, how long a process group has between SIGTERM and SIGKILL.
    virtual int killGraceMs() const = 0;
    /// True when a `notify: true` edge delivered a refresh that this resource has not yet
    /// acted on: mgmt's Init.Refresh(). A resource that reacts to refreshes (exec) may then
    /// apply although its checks say it is converged.
    virtual bool refresh() const = 0;
};

/// How one check/apply attempt ended.
struct CheckApplyResult
{
    enum class Outcome
    {
        Converged, ///< already in the wanted state; nothing done
        Changed,   ///< was not; applied (or, when apply was false, would have to)
        Failed,    ///< check or apply failed; `error` says why
        Cancelled, ///< stopped by the run's cancellation
    };
    Outcome outcome = Outcome::Failed;
    int exitCode = -1; ///< of the last command run, if any
    QString error;

    static CheckApplyResult converged() { return {Outcome::Converged, -1, {}}; }
    static CheckApplyResult changed() { return {Outcome::Changed, -1, {}}; }
    static CheckApplyResult failed(QString why) { return {Outcome::Failed, -1, std::move(why)}; }
};

/// One runnable resource, in mgmt's CheckApply style: look at the machine, and change it only
/// when it is not already as wanted.
///
/// Built once per run from a Resource by create(), then called on engine threads, one call at a
/// time per resource (retries call again). Must return when the context's cancellation fires.
class CheckApply
{
public:
    /// Receives how an attempt started by startCheckApply() ended, exactly once.
    using Completion = std::function<void(CheckApplyResult)>;

    virtual ~CheckApply() = default;

    /// Checks; when not converged and apply is true, applies. With apply false (noop) nothing
    /// on the machine may change; Changed then means "would change". Blocks until done; a
    /// kind that waits on processes must not be called so from a reactor's thread.
    virtual CheckApplyResult checkApply(bool apply, CheckApplyContext &context) = 0;
    /// The same attempt without blocking, for kinds that wait (waitsOnProcesses()): returns
    /// once the first command is started, and done fires after the attempt's last call to
    /// context, on the thread that served its last command (a reactor's), or on the calling
    /// thread before this returns when nothing had to wait. context must outlive done. When
    /// context's cancellation fires, running commands are stopped and done gets Cancelled. The
    /// default, for kinds that only compute, calls checkApply() and done on the calling thread.
    virtual void startCheckApply(bool apply, CheckApplyContext &context, Completion done)
    {
        done(checkApply(apply, context));
    }
    /// True when the resource spends its time waiting on child processes; the engine then
    /// starts it with startCheckApply() and no thread of the engine waits for it.
    virtual bool waitsOnProcesses() const { return false; }
    /// True when checkApply() returns at once and nothing can be seen in between (noop): the
    /// engine then appends its Running and final state together, one event-log reservation
    /// instead of two, which is a fifth of a noop's cost.
    virtual bool isInstant() const { return false; }
    /// True when the kind acts on a refresh (mgmt's Refreshable trait, noop's for instance):
    /// in noop the engine then reports a refreshed resource as "would change" without calling
    /// checkApply(), as mgmt does.
    virtual bool reactsToRefresh() const { return false; }
    /// reactsToRefresh() of what create() makes for a resource of kind, for those who decide
    /// without an instance (watch mode's scheduling, which skips a known-good resource that a
    /// refresh cannot move, as mgmt does). Any thread.
    static bool reactsToRefresh(QStringView kind);
    /// Called once by the engine after create() and before the run, with the graph the
    /// resource self belongs to, for resources whose behaviour depends on others (a file's
    /// `purge` keeps the files other resources manage). The default needs nothing.
    virtual void prepare(const Graph &graph, const Resource &self)
    {
        Q_UNUSED(graph);
        Q_UNUSED(self);
    }

    /// The implementation for resource's kind (exec, file, noop, timer), or nullptr with an error
    /// in diagnostics for another kind or for parameters it cannot use. file names the graph's file
    /// in messages. Stateless kinds share one instance.
    static std::shared_ptr<CheckApply> create(const Resource &resource, const QString &file,
                                              Diagnostics *diagnostics);

protected:
    /// Appends an error about resource ("exec/a: message") at its location to diagnostics.
    static void refuse(const Resource &resource, const QString &file, const QString &message,
                       Diagnostics *diagnostics);
};

} // namespace converge
