// libFuzzer harness for one importer: the bytes become a file with the
// importer's extension (STAKEMAP_FUZZ_EXTENSION), which is read through the
// public entry point. A clear ImportError is the expected answer to bad
// input; anything else - another exception, a crash, a sanitizer report, a
// map that breaks the analysis snapshot - is a bug.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "analysis/snapshot/analysis_graph.hpp"
#include "importers/formats/edge_list_reader.hpp"
#include "importers/support/import_error.hpp"
#include "importers/importer.hpp"

namespace {

const std::string& scratch_path() {
    static const std::string path = "/dev/shm/stakemap-fuzz-" + std::to_string(::getpid()) + STAKEMAP_FUZZ_EXTENSION;
    return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::FILE* file = std::fopen(scratch_path().c_str(), "wb");
    if (!file) return 0;
    std::fwrite(data, 1, size, file);
    std::fclose(file);
    try {
        const stakemap::ImportResult result = stakemap::import_map(scratch_path());
        const auto graph = stakemap::AnalysisGraph::from_map(result.map);
        (void)graph;
    } catch (const stakemap::ImportError&) {
        // Bad input, named: what should happen.
    }
    if (stakemap::is_edge_list_path(scratch_path())) {
        // The streaming reader either reads the file or declines; it never throws.
        const auto edges = stakemap::read_plain_edge_list(scratch_path(), {});
        if (edges) {
            for (const auto& tie : edges->ties) {
                if (tie.source >= edges->ids.size() || tie.target >= edges->ids.size()) __builtin_trap();
            }
        }
    }
    return 0;
}
