#pragma once

namespace converge {

/// A 1-based line and column in a source file; 0 means "unknown".
struct SourceLocation
{
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    friend bool operator==(const SourceLocation &, const SourceLocation &) = default;
};

} // namespace converge
