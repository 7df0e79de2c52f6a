#include "viz/interactive/folder_listing.hpp"

#include <algorithm>
#include <cctype>

#include "importers/formats.hpp"

namespace stakemap::interactive {
namespace {

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

}  // namespace

FolderListing list_folder(const std::filesystem::path& folder, const std::vector<std::string>& extensions) {
    FolderListing listing;
    std::error_code error;
    std::filesystem::directory_iterator it(folder, std::filesystem::directory_options::skip_permission_denied, error);
    if (error) {
        listing.error = "cannot read " + folder.filename().string() + ": " + error.message();
        return listing;
    }
    for (const auto& entry : it) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        std::error_code kind_error;
        const bool folder_entry = entry.is_directory(kind_error);
        if (!folder_entry) {
            const std::string extension = lower(entry.path().extension().string());
            if (!extensions.empty() && std::find(extensions.begin(), extensions.end(), extension) == extensions.end()) continue;
        }
        std::error_code size_error;
        listing.entries.push_back({name, folder_entry, folder_entry ? 0 : entry.file_size(size_error)});
    }
    std::sort(listing.entries.begin(), listing.entries.end(), [](const FolderEntry& a, const FolderEntry& b) {
        if (a.folder != b.folder) return a.folder;
        return lower(a.name) < lower(b.name);
    });
    return listing;
}

std::vector<std::string> readable_extensions() {
    std::vector<std::string> extensions;
    for (const FileFormat& format : file_formats()) {
        if (!format.read) continue;
        for (const auto& extension : format.extensions) extensions.push_back(lower(std::string(extension)));
    }
    return extensions;
}

}  // namespace stakemap::interactive
