#pragma once

#include "model/resource.h"

#include <QString>

namespace converge {

class Document;

/// The hover text for a resource: its key, state (glyph and name), with Keep Converging how
/// often it was repaired and why last, how long it ran, and its last output line; for a kind this
/// machine cannot run, why. Rich text; empty for dead ids.
QString resourceToolTip(const Document &document, ResourceId id);

} // namespace converge
