#include "viz/interactive/recent_files.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "graph/support/atomic_file.hpp"

namespace stakemap::interactive {
namespace fs = std::filesystem;

fs::path RecentFiles::default_store() {
    if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && *config) return fs::path(config) / "stakemap" / "recent-files";
    const char* home = std::getenv("HOME");
    return fs::path(home && *home ? home : ".") / ".config" / "stakemap" / "recent-files";
}

RecentFiles::RecentFiles(fs::path store, std::size_t limit) : store_(std::move(store)), limit_(limit) {
    std::ifstream in(store_);
    for (std::string line; std::getline(in, line) && paths_.size() < limit_;) {
        if (!line.empty() && std::find(paths_.begin(), paths_.end(), line) == paths_.end()) paths_.push_back(line);
    }
}

void RecentFiles::add(const std::string& path) {
    std::error_code error;
    fs::path absolute = fs::absolute(path, error);
    const std::string key = error ? path : absolute.lexically_normal().string();
    std::erase(paths_, key);
    paths_.insert(paths_.begin(), key);
    if (paths_.size() > limit_) paths_.resize(limit_);
    std::string text;
    for (const auto& entry : paths_) text += entry + '\n';
    try {
        fs::create_directories(store_.parent_path(), error);
        write_file_atomically(store_.string(), text);
    } catch (const std::exception&) {
        // A read-only home folder only costs the list.
    }
}

}  // namespace stakemap::interactive
