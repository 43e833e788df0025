// Replays a fuzz target's corpus: every regular file directly inside the folder given on the
// command line goes once through the target's LLVMFuzzerTestOneInput, in name order, so a
// sanitizer build reports the same faults the fuzzer would. Exits 0 when all were fed, 1 when
// the folder is missing or empty (a replay of nothing proves nothing), 2 on bad usage.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s CORPUS_FOLDER\n", argv[0]);
        return 2;
    }
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(argv[1], error)) {
        if (entry.is_regular_file())
            files.push_back(entry.path());
    }
    if (error || files.empty()) {
        std::fprintf(stderr, "%s: no corpus files in %s%s%s\n", argv[0], argv[1], error ? ": " : "",
                     error ? error.message().c_str() : "");
        return 1;
    }
    std::sort(files.begin(), files.end());
    for (const auto &path : files) {
        // Named before it runs: if it crashes, the last name printed is the reproducer.
        std::fprintf(stderr, "replaying %s\n", path.c_str());
        std::ifstream in(path, std::ios::binary);
        const std::string bytes{std::istreambuf_iterator<char>(in), {}};
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.data()), bytes.size());
    }
    std::fprintf(stderr, "%zu inputs replayed\n", files.size());
    return 0;
}
