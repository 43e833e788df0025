#pragma once

#include "model/resourcestate.h"

#include <array>

namespace converge {

inline constexpr int StateCount = int(ResourceState::Cancelled) + 1;
/// How many resources are in each state, indexed by ResourceState.
using StateCounts = std::array<int, StateCount>;

} // namespace converge
