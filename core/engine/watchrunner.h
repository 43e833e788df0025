#pragma once

#include "model/resource.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace converge {

/// How one check/apply of a watched resource ended.
struct CheckOutcome
{
    bool changed = false; ///< the state was wrong and was repaired (mgmt's !checkOK)
    bool failed = false;  ///< the check or the apply failed, after meta retry/delay
    /// It changed something for real (not in noop): mgmt's rule for a refresh along its
    /// notify edges.
    bool sentRefresh = false;
};

/// What WatchCoordinator asks of the engine: run one resource's check/apply.
///
/// check() must not block the reactor thread it is called on: it hands the work to the
/// engine's workers and calls done exactly once, from any thread, when it ended (with meta
/// retry/delay/timeout and noop applied as in a one-pass run).
class WatchRunner
{
public:
    using Done = std::function<void(CheckOutcome)>;
    virtual ~WatchRunner() = default;
    /// Checks and, unless noop, applies `id`; `refreshedFrom` names ("kind/name") the
    /// resources that changed something since its last check and notify it, each of which
    /// it receives a refresh from; `cause` says why it runs, for the log.
    virtual void check(ResourceId id, const QStringList &refreshedFrom, const QString &cause,
                       Done done) = 0;
};

} // namespace converge
