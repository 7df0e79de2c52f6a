#pragma once
// Small helpers shared by the tests: scratch files and hand-drawn graphs.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "analysis/snapshot/analysis_graph.hpp"

namespace stakemap::testing {

// A file's bytes, as written.
inline std::string file_contents(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// A file with `contents` in a fresh folder under the system temp dir; removed at exit of the test run.
inline std::string scratch_file(const std::string& name, const std::string& contents) {
    static const std::filesystem::path folder = [] {
        auto path = std::filesystem::temp_directory_path() / ("stakemap-tests-" + std::to_string(::getpid()));
        std::filesystem::create_directories(path);
        return path;
    }();
    const auto path = folder / name;
    std::ofstream(path, std::ios::binary) << contents;
    return path.string();
}

// A path in the scratch folder with no file there (for writes that must not replace anything).
inline std::string scratch_path(const std::string& name) {
    const std::filesystem::path path = scratch_file(name, "");
    std::filesystem::remove(path);
    return path.string();
}

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string test_data(const std::string& name) { return std::string(STAKEMAP_TEST_DATA) + "/" + name; }
inline std::string dataset(const std::string& name) { return std::string(STAKEMAP_DATASETS) + "/" + name; }

// A graph from (source, target) pairs over nodes 0..n-1, all weights 1.
inline AnalysisGraph graph_of(std::size_t n, bool directed, const std::vector<std::pair<NodeIndex, NodeIndex>>& pairs) {
    std::vector<AnalysisGraph::Tie> ties;
    for (const auto& [s, t] : pairs) ties.push_back({s, t, 1.0});
    return AnalysisGraph::from_ties(n, directed, ties);
}

}  // namespace stakemap::testing
