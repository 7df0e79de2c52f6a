#pragma once
// What the window's file browser lists: a folder's subfolders, then its
// files with one of the wanted extensions (all files when none is given),
// each group by name, case-blind; hidden entries (starting with '.') left
// out. Folders that cannot be read give an empty list and say why.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace stakemap::interactive {

struct FolderEntry {
    std::string name;
    bool folder = false;
    std::uintmax_t size = 0;  // bytes, files only
};

struct FolderListing {
    std::vector<FolderEntry> entries;
    std::string error;  // "" when the folder was read
};

// `extensions` like ".csv", compared case-blind.
FolderListing list_folder(const std::filesystem::path& folder, const std::vector<std::string>& extensions);

// The extensions stakemap reads, for the filter.
std::vector<std::string> readable_extensions();

}  // namespace stakemap::interactive
