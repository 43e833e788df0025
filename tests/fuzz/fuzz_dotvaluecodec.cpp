// Fuzz target: any text as a DOT attribute value through DotValueCodec::decode, which parses
// flow YAML found in someone else's DOT file.
#include "formats/dotvaluecodec.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    converge::DotValueCodec::decode(text);
    return 0;
}
