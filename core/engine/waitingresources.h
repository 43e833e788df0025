#pragma once

#include "engine/commandgate.h"
#include "model/resource.h"
#include "resources/checkapply.h"
#include "resources/reactor.h"

#include <map>
#include <mutex>

namespace converge {

class EngineRun;

/// The resources of a run that wait (exec, and any resource with a retry delay), run without
/// a thread each: a place from the CommandGate, then each try started on the run's reactor.
/// A kind that waits on processes starts its try with CheckApply::startCheckApply() and the
/// try ends on the process runner's reactor; a kind that computes has its try handed to a CPU
/// worker through the ReadyQueue (RetryBit), so the reactor never does a resource's work. A
/// retry delay is a reactor timer; cancel() cuts every delay short. The last try concludes
/// the resource through EngineRun, on whichever thread it ended, and dispatches its
/// dependents from there.
///
/// The reactor's thread carries RunOptions::niceness, so the commands started from it inherit
/// it. Owned by the EngineRun, and destroyed first; start() and cancel() from any thread.
class WaitingResources
{
public:
    /// Marks an id in the ReadyQueue as the next try of a waiting resource (tryHere()).
    static constexpr ResourceId RetryBit = 0x40000000u;

    /// capacity: how many may be in flight at once.
    WaitingResources(EngineRun &run, int capacity);

    /// id is ready: it starts on the reactor as soon as the gate has a place for it. The run
    /// counts it as busy from now until it is final.
    void start(ResourceId id);
    /// The run is cancelled: every retry delay ends now and its resource becomes Cancelled.
    void cancel();
    /// On a CPU worker: the next try of id, a kind that computes.
    void tryHere(ResourceId id);

private:
    /// On the reactor: id holds a place; its first try, unless it was cancelled meanwhile.
    void begin(ResourceId id);
    /// One try of id, on the reactor.
    void tryOnce(ResourceId id);
    /// A try of id ended (any thread): another after the delay, or id is final.
    void attempted(ResourceId id, const CheckApplyResult &result);
    /// id no longer holds a place: the next queued resource gets it.
    void leave();
    void delayEnded(ResourceId id);

    EngineRun &m_run;
    CommandGate m_gate;
    std::mutex m_delayMutex;                        ///< guards m_delays and m_cancelled
    std::map<ResourceId, Reactor::Handle> m_delays; ///< running retry delays
    bool m_cancelled = false;
    Reactor m_reactor; ///< last: stops first
};

} // namespace converge
