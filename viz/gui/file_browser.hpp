#pragma once
// A file browser drawn with ImGui over std::filesystem: the folder's
// subfolders and files (filtered to the formats stakemap reads, or all),
// places to start from (home, the working folder, the folders of recent
// files), and a path box for typing or pasting. One instance per purpose
// (open, import, node table, save as, export): each remembers its folder.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace stakemap::gui {

class FileBrowser {
public:
    // `for_saving`: the path box may name a file that does not exist yet, and all files are listed.
    FileBrowser(std::string title, bool for_saving, std::vector<std::string> extensions);

    void open(const std::vector<std::string>& recent_files);
    // Draws the browser while open; returns the chosen path once (then closes).
    std::optional<std::string> draw();
    bool is_open() const { return open_; }

private:
    void go_to(std::filesystem::path folder);

    std::string title_;
    bool for_saving_;
    std::vector<std::string> extensions_;
    bool open_ = false, popup_opened_ = false, only_readable_ = true;
    std::filesystem::path folder_;
    std::string path_;
    std::vector<std::filesystem::path> places_;
};

}  // namespace stakemap::gui
