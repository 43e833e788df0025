#pragma once

#include <QString>

#include <cstring>

namespace converge {

/// strerror() text for error, for messages that name the operation, the path and the cause
/// ("cannot write /x: No space left on device"). QFile's error strings can say "Unknown error"
/// for a full disk; errno never does.
inline QString systemErrorText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

} // namespace converge
