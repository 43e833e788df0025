#pragma once

#include "resources/checkapply.h"

#include <QCoreApplication>

namespace converge {

/// mgmt's `noop`: always converged, useful as a join point in a graph. Like mgmt's, it acts on
/// a refresh only by logging that it received one.
class NoopResource : public CheckApply
{
    Q_DECLARE_TR_FUNCTIONS(NoopResource)
public:
    CheckApplyResult checkApply(bool, CheckApplyContext &context) override
    {
        if (context.refresh())
            context.message(tr("received a notification"));
        return CheckApplyResult::converged();
    }
    bool isInstant() const override { return true; }
    bool reactsToRefresh() const override { return true; }
};

} // namespace converge
