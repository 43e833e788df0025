#pragma once

#include <functional>
#include <memory>

class QSocketNotifier;

namespace converge {

/// Turns SIGINT, SIGTERM and SIGHUP (a closed terminal or SSH session) into a call on the event
/// loop of the thread that created this (the self-pipe trick), so that `converge run` and the
/// window cancel their run, and so end every command, whichever way they are told to stop.
/// One instance at a time; while it lives it owns those three signals' handlers, and its
/// destructor gives them back their defaults.
class TerminationSignals
{
public:
    explicit TerminationSignals(std::function<void()> onSignal);
    ~TerminationSignals();
    TerminationSignals(const TerminationSignals &) = delete;
    TerminationSignals &operator=(const TerminationSignals &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace converge
