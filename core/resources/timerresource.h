#pragma once

#include "resources/checkapply.h"

#include <QCoreApplication>

#include <memory>

namespace converge {

/// mgmt's `timer` (engine/resources/timer.go): there is nothing on the machine to check, so
/// it is converged unless a refresh is due. A refresh is applied as a change, which sends a
/// refresh on along its own notify edges (in noop, the engine reports it as "would change").
///
/// The ticker itself is its watch (ResourceWatchFactory: an event every `interval` seconds)
/// and lives only in watch mode, where WatchCoordinator starts its period again when a
/// refresh was applied, as mgmt's CheckApply resets the ticker. Stateless; any thread.
class TimerResource : public CheckApply
{
    Q_DECLARE_TR_FUNCTIONS(TimerResource)
public:
    /// The timer, or nullptr with the reason in diagnostics: `interval` must be a whole
    /// number of seconds from 1 to 2^32 - 1 (mgmt's uint32; 0, also when it is missing,
    /// makes mgmt's ticker panic).
    static std::unique_ptr<TimerResource> create(const Resource &resource, const QString &file,
                                                 Diagnostics *diagnostics);

    CheckApplyResult checkApply(bool apply, CheckApplyContext &context) override;
    bool isInstant() const override { return true; }
    bool reactsToRefresh() const override { return true; }
};

} // namespace converge
