#include "viz/gui/file_browser.hpp"

#include <algorithm>
#include <cstdlib>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "viz/gui/shaped_text.hpp"
#include "viz/interactive/folder_listing.hpp"

namespace stakemap::gui {
namespace {

namespace fs = std::filesystem;

std::string size_in_words(std::uintmax_t bytes) {
    char text[32];
    if (bytes < 1024) std::snprintf(text, sizeof text, "%ju B", bytes);
    else if (bytes < 1024 * 1024) std::snprintf(text, sizeof text, "%.0f KB", static_cast<double>(bytes) / 1024);
    else std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return text;
}

}  // namespace

FileBrowser::FileBrowser(std::string title, bool for_saving, std::vector<std::string> extensions)
    : title_(std::move(title)), for_saving_(for_saving), extensions_(std::move(extensions)) {
    std::error_code error;
    folder_ = fs::current_path(error);
}

void FileBrowser::open(const std::vector<std::string>& recent_files) {
    open_ = true;
    popup_opened_ = false;
    places_.clear();
    if (const char* home = std::getenv("HOME"); home && *home) places_.emplace_back(home);
    std::error_code error;
    places_.push_back(fs::current_path(error));
    for (const auto& file : recent_files) {
        const fs::path folder = fs::path(file).parent_path();
        if (!folder.empty() && std::find(places_.begin(), places_.end(), folder) == places_.end()) places_.push_back(folder);
    }
}

void FileBrowser::go_to(fs::path folder) {
    std::error_code error;
    if (fs::is_directory(folder, error)) folder_ = fs::weakly_canonical(folder, error);
}

std::optional<std::string> FileBrowser::draw() {
    if (!open_) return std::nullopt;
    if (!popup_opened_) {
        ImGui::OpenPopup(title_.c_str());
        popup_opened_ = true;
    }
    std::optional<std::string> chosen;
    ImGui::SetNextWindowSize({820, 520}, ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title_.c_str(), nullptr)) return std::nullopt;
    // Places on the left, the folder on the right.
    ImGui::BeginChild("places", {190, -ImGui::GetFrameHeightWithSpacing() * 2.2f}, true);
    ImGui::TextDisabled("Places");
    for (std::size_t k = 0; k < places_.size(); ++k) {
        ImGui::PushID(static_cast<int>(k));
        const std::string name = places_[k].filename().empty() ? places_[k].string() : places_[k].filename().string();
        if (shaped_text().selectable("place", name, places_[k] == folder_)) go_to(places_[k]);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", places_[k].string().c_str());
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("folder", {0, -ImGui::GetFrameHeightWithSpacing() * 2.2f}, true);
    if (ImGui::SmallButton("Up")) go_to(folder_.parent_path());
    ImGui::SameLine();
    ImGui::TextUnformatted(folder_.string().c_str());
    const auto listing = interactive::list_folder(folder_, only_readable_ && !for_saving_ ? extensions_ : std::vector<std::string>{});
    if (!listing.error.empty()) ImGui::TextDisabled("%s", listing.error.c_str());
    std::optional<fs::path> enter;
    for (std::size_t k = 0; k < listing.entries.size(); ++k) {
        const auto& entry = listing.entries[k];
        ImGui::PushID(static_cast<int>(k));
        const std::string text = (entry.folder ? "[folder] " : "") + entry.name;
        const fs::path full = folder_ / entry.name;
        if (shaped_text().selectable("entry", text, path_ == full.string())) {
            if (entry.folder) enter = full;
            else path_ = full.string();
        }
        if (!entry.folder && ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) chosen = full.string();
        if (!entry.folder) {
            ImGui::SameLine(ImGui::GetWindowWidth() - 90);
            ImGui::TextDisabled("%s", size_in_words(entry.size).c_str());
        }
        ImGui::PopID();
    }
    if (enter) go_to(*enter);
    ImGui::EndChild();
    ImGui::SetNextItemWidth(-260);
    if (ImGui::InputTextWithHint("##path", for_saving_ ? "file name or full path" : "a path, or pick a file above", &path_,
                                 ImGuiInputTextFlags_EnterReturnsTrue)) {
        chosen = path_;
    }
    ImGui::SameLine();
    if (!for_saving_) ImGui::Checkbox("maps only", &only_readable_);
    ImGui::SameLine();
    if (ImGui::Button("OK")) chosen = path_;
    ImGui::SameLine();
    const bool cancelled = ImGui::Button("Cancel");
    if (chosen) {
        // A bare name is in the folder shown; a folder typed in is gone to, not chosen.
        fs::path path = *chosen;
        if (path.is_relative()) path = folder_ / path;
        std::error_code error;
        if (chosen->empty() || fs::is_directory(path, error)) {
            if (!chosen->empty()) go_to(path);
            chosen.reset();
        } else {
            chosen = path.string();
        }
    }
    if (chosen || cancelled) {
        open_ = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return chosen;
}

}  // namespace stakemap::gui
