// Fuzz target: any bytes through YamlGraphReader::readData, the path every graph file takes
// (the fast scanner, the fall-back to yaml-cpp, the value builder and the graph assembler).
// The reader promises never to throw or crash; sanitizers check the rest.
#include "formats/yamlgraphreader.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    converge::YamlGraphReader::readData(bytes, QStringLiteral("fuzz.yaml"));
    return 0;
}
