#pragma once

#include "model/resource.h"
#include "model/resourcestate.h"

#include <QString>

#include <cstdint>

namespace converge {

/// One entry of an Engine's event stream: a state change, a line of output, or a log message.
///
/// The stream is in causal order: a resource's events come after the final state of each of
/// its prerequisites, and one resource's events come in the order they happened; `t` says
/// when each happened. A noop, which does nothing between starting and ending, has its
/// Running and final state appended together when it ends. `converge run --events OUT.jsonl` writes
/// one JSON object per event, one per line, in stream order:
///   {"t":1.234567,"resource":"exec/exec1","state":"running"}
///   {"t":11.24,"resource":"exec/exec1","state":"done","changed":true}
///   {"t":3.5,"resource":"exec/exec1","stream":"stdout","line":"hello"}
///   {"t":3.6,"resource":"exec/exec1","message":"ifcmd exited with 1"}
///   {"t":3.7,"resource":"noop/n1","refresh":"exec/exec1"}
/// `t` is seconds since the run started (microsecond precision); "changed" appears on final
/// states only; "stream" is "stdout" or "stderr"; "refresh" names the resource whose change
/// sent this one a refresh along a `notify: true` edge (mgmt's notification), right after this
/// one's "running". A replay reads the lines in order and applies
/// each state to its resource.
struct RunEvent
{
    enum class Type : std::uint8_t
    {
        State,   ///< the resource entered `state`
        Output,  ///< `text` is one line the resource's command printed, without the newline
        Message, ///< `text` is a log line about the resource (retry, timeout, error, ...)
        Refresh, ///< `text` ("kind/name") changed something and notified this resource
    };
    enum class Stream : std::uint8_t
    {
        Stdout, ///< the command's standard output
        Stderr, ///< the command's standard error
    };

    qint64 timeUs = 0; ///< microseconds since the run started (steady clock)
    ResourceId resource = InvalidId;
    Type type = Type::State;
    ResourceState state = ResourceState::Pending; ///< for Type::State
    bool changed = false;           ///< for final states: the resource changed (or, in noop, would)
    Stream stream = Stream::Stdout; ///< for Type::Output
    QString text;                   ///< for Output, Message and Refresh

    /// How a Refresh event reads in a log: "received a refresh from exec/a".
    static QString refreshText(const QString &from);
};

} // namespace converge
