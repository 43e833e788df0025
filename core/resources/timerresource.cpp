#include "resources/timerresource.h"

#include "model/resource.h"

#include <limits>

namespace converge {

std::unique_ptr<TimerResource> TimerResource::create(const Resource &resource, const QString &file,
                                                     Diagnostics *diagnostics)
{
    const Value *interval = resource.params.find(u"interval");
    const std::optional<qint64> seconds = interval ? interval->toInt() : std::optional<qint64>(0);
    if (!seconds || *seconds < 1 || *seconds > std::numeric_limits<std::uint32_t>::max()) {
        Resource at = resource;
        if (interval)
            at.location = interval->location();
        refuse(at, file,
               tr("interval must be a whole number of seconds from 1 to 4294967295 (mgmt's "
                  "ticker cannot tick every %1 seconds)")
                   .arg(interval ? interval->text() : u"0"_qs),
               diagnostics);
        return nullptr;
    }
    return std::make_unique<TimerResource>();
}

CheckApplyResult TimerResource::checkApply(bool apply, CheckApplyContext &context)
{
    Q_UNUSED(apply); // a refresh in noop never gets here: the engine decides it (reactsToRefresh)
    return context.refresh() ? CheckApplyResult::changed() : CheckApplyResult::converged();
}

} // namespace converge
