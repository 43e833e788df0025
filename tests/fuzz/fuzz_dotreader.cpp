// Fuzz target: any bytes through DotReader::read (cgraph's parser, then Converge's mapping of
// nodes, attributes and edges to a resource graph).
#include "formats/dotreader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    converge::Diagnostics diagnostics;
    converge::DotReader::read(bytes, QStringLiteral("fuzz.dot"), &diagnostics);
    return 0;
}
