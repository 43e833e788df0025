#pragma once

#include <QIcon>

namespace converge {

/// The icon drawn for a resource kind: exec, file and noop have their own, any other kind a
/// shared "other" icon. Loaded once from the resources; GUI thread only.
QIcon kindIcon(QStringView kind);

} // namespace converge
