#pragma once
// The files opened or saved lately, newest first, kept between sessions in
// $XDG_CONFIG_HOME/stakemap/recent-files (else ~/.config/stakemap/...).

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace stakemap::interactive {

class RecentFiles {
public:
    explicit RecentFiles(std::filesystem::path store, std::size_t limit = 10);
    static std::filesystem::path default_store();

    const std::vector<std::string>& paths() const { return paths_; }
    // Moves `path` (made absolute) to the front and writes the list; a failed
    // write is not an error worth stopping for, so it is ignored.
    void add(const std::string& path);

private:
    std::filesystem::path store_;
    std::size_t limit_;
    std::vector<std::string> paths_;
};

}  // namespace stakemap::interactive
