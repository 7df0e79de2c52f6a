#include "viz/gui/fonts.hpp"

#include <array>
#include <cstdlib>
#include <filesystem>

#include <imgui.h>

namespace stakemap::gui {

const ImWchar* interface_font_ranges() {
    // Pairs of first/last code points, zero-terminated; ImGui keeps the pointer, so static.
    static const ImWchar ranges[] = {
        0x0020, 0x00FF,  // Basic Latin, Latin-1 Supplement
        0x0100, 0x024F,  // Latin Extended-A and -B
        0x0370, 0x03FF,  // Greek
        0x0400, 0x052F,  // Cyrillic and its supplement
        0x1E00, 0x1EFF,  // Latin Extended Additional (Vietnamese, ...)
        0x2000, 0x206F,  // General Punctuation: dashes, quotes, ellipsis
        0x20A0, 0x20CF,  // currency signs
        0x2190, 0x21FF,  // arrows
        0x25A0, 0x25FF,  // geometric shapes
        0,
    };
    return ranges;
}

std::string load_interface_font(float pixel_size) {
    std::array<std::string, 4> candidates = {
        "",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    };
    if (const char* chosen = std::getenv("STAKEMAP_FONT"); chosen && *chosen) candidates[0] = chosen;
    ImGuiIO& io = ImGui::GetIO();
    for (const auto& path : candidates) {
        std::error_code error;
        if (path.empty() || !std::filesystem::is_regular_file(path, error)) continue;
        if (io.Fonts->AddFontFromFileTTF(path.c_str(), pixel_size, nullptr, interface_font_ranges()) != nullptr) return path;
    }
    io.Fonts->AddFontDefault();
    return "";
}

}  // namespace stakemap::gui
