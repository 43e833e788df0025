#pragma once

#include "model/resource.h"

#include <QString>

namespace converge {

/// One thing watch mode tells its observer (the run's event stream, the log, a window), in
/// order, on the reactor thread.
struct WatchReport
{
    enum class Kind
    {
        Event,         ///< `id`'s watch saw drift; text is the cause
        Held,          ///< `id`'s events are held by meta limit/burst for `ms` (-1: for good)
        CheckStarted,  ///< `id` checks (and may repair) itself; text is why
        CheckFinished, ///< `id`'s check ended: see changed and failed
        Warning,       ///< about `id`'s watch; text says what (watch limit, watch restarted)
        WatchFailed,   ///< `id`'s watch stopped for good (meta retry spent); text says why
        Converged,     ///< every resource idle and nothing happened for the converged time
    };
    Kind kind = Kind::Event;
    ResourceId id = InvalidId; ///< InvalidId for Converged
    QString text;
    qint64 ms = 0; ///< Held: how long; Converged: how long everything has been quiet
    bool changed = false;
    bool failed = false;
};

} // namespace converge
