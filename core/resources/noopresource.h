#pragma once

#include "resources/checkapply.h"

namespace converge {

/// mgmt's `noop`: always converged, useful as a join point in a graph.
class NoopResource : public CheckApply
{
public:
    CheckApplyResult checkApply(bool, CheckApplyContext &) override
    {
        return CheckApplyResult::converged();
    }
    bool isInstant() const override { return true; }
};

} // namespace converge
