#pragma once

#include "layout/graphlayout.h"
#include "layout/layoutplan.h"

#include <QByteArray>

#include <optional>

namespace converge {

/// The byte form of a layout's outcome, as the layout helper (converge-layout) sends it back
/// through its pipe. Stateless; any thread; calls no tr() (the helper uses it).
class LayoutCodec
{
public:
    /// layout, or failure when layout is empty.
    static QByteArray encode(const std::optional<GraphLayout> &layout,
                             const LayoutPlan::Failure &failure);
    /// False when bytes are not exactly what encode() writes (truncated, corrupt, foreign).
    static bool decode(const QByteArray &bytes, std::optional<GraphLayout> *layout,
                       LayoutPlan::Failure *failure);
};

} // namespace converge
