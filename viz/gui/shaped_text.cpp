#include "viz/gui/shaped_text.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <memory>
#include <vector>

#include <GL/gl.h>
#include <pango/pangocairo.h>

#include "viz/gui/fonts.hpp"

namespace stakemap::gui {
namespace {

// Next code point of UTF-8 `text` from `at` (advanced); U+FFFD for a broken sequence.
char32_t next_code_point(std::string_view text, std::size_t& at) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char first = byte(at++);
    if (first < 0x80) return first;
    const int extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : -1;
    if (extra < 0 || at + static_cast<std::size_t>(extra) > text.size()) return 0xFFFD;
    char32_t value = first & (0x3F >> extra);
    for (int k = 0; k < extra; ++k) value = (value << 6) | (byte(at++) & 0x3F);
    return value;
}

bool in_interface_font(char32_t c) {
    for (const ImWchar* range = interface_font_ranges(); range[0] != 0; range += 2) {
        if (c >= range[0] && c <= range[1]) return true;
    }
    return false;
}

// Straight-alpha white bitmap of the layout: the colour comes from the tint when drawn.
std::vector<unsigned char> white_on_clear(cairo_surface_t* surface, int width, int height) {
    cairo_surface_flush(surface);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    std::vector<unsigned char> rgba(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    for (int y = 0; y < height; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::ptrdiff_t>(y) * stride);
        for (int x = 0; x < width; ++x) {
            const std::size_t at = (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
            rgba[at] = rgba[at + 1] = rgba[at + 2] = 255;
            rgba[at + 3] = static_cast<unsigned char>(row[x] >> 24);  // ARGB32, native order: alpha on top
        }
    }
    return rgba;
}

struct CairoDeleter {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
    void operator()(PangoLayout* l) const { g_object_unref(l); }
    void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};
template <typename T>
using Owned = std::unique_ptr<T, CairoDeleter>;

Owned<PangoLayout> layout_for(cairo_t* context, std::string_view text, float pixel_size) {
    Owned<PangoLayout> layout(pango_cairo_create_layout(context));
    // Noto first (the set-up installs it for every script); fontconfig falls back per character.
    Owned<PangoFontDescription> font(pango_font_description_from_string("Noto Sans, DejaVu Sans, sans-serif"));
    pango_font_description_set_absolute_size(font.get(), static_cast<double>(pixel_size) * PANGO_SCALE);
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    return layout;
}

constexpr std::size_t kBudget = 3000;         // textures kept however old
constexpr std::uint64_t kUnusedFrames = 300;  // beyond the budget, freed after this many frames unused

ShapedText* current_text = nullptr;

}  // namespace

ShapedText& shaped_text() {
    static ShapedText unused_outside_a_window;  // never draws shaped text: no GL context, no window
    return current_text ? *current_text : unused_outside_a_window;
}

ShapedTextScope::ShapedTextScope(ShapedText& text) : previous_(current_text) { current_text = &text; }
ShapedTextScope::~ShapedTextScope() { current_text = previous_; }

bool needs_shaping(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const char32_t c = next_code_point(text, at);
        if (c >= 0x20 && c < 0x7F) continue;
        if (!in_interface_font(c)) return true;
    }
    return false;
}

ShapedText::~ShapedText() {
    for (auto& [key, entry] : cache_) {
        if (entry.texture) glDeleteTextures(1, &entry.texture);
    }
}

const ShapedText::Entry& ShapedText::entry(std::string_view text, float pixel_size) {
    const int size = std::max(4, static_cast<int>(std::lround(pixel_size)));
    std::string key = std::to_string(size) + '\x1f';
    key.append(text);
    const auto found = cache_.find(key);
    if (found != cache_.end()) {
        found->second.last_used = frame_;
        return found->second;
    }
    Entry made;
    made.last_used = frame_;
    Owned<cairo_surface_t> probe(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1));
    Owned<cairo_t> probe_context(cairo_create(probe.get()));
    Owned<PangoLayout> layout = layout_for(probe_context.get(), text, static_cast<float>(size));
    pango_layout_get_pixel_size(layout.get(), &made.width, &made.height);
    if (made.width > 0 && made.height > 0 && made.width <= 8192 && made.height <= 8192) {
        Owned<cairo_surface_t> surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, made.width, made.height));
        Owned<cairo_t> context(cairo_create(surface.get()));
        cairo_set_source_rgba(context.get(), 1, 1, 1, 1);
        pango_cairo_update_layout(context.get(), layout.get());
        pango_cairo_show_layout(context.get(), layout.get());
        const std::vector<unsigned char> pixels = white_on_clear(surface.get(), made.width, made.height);
        GLint previous = 0;
        glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
        glGenTextures(1, &made.texture);
        glBindTexture(GL_TEXTURE_2D, made.texture);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, made.width, made.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
        ++shaped_;
    }
    return cache_.emplace(std::move(key), made).first->second;
}

ImVec2 ShapedText::measure(std::string_view text, float pixel_size) {
    if (!needs_shaping(text)) return ImGui::GetFont()->CalcTextSizeA(pixel_size, FLT_MAX, 0.0f, text.data(), text.data() + text.size());
    const Entry& shaped = entry(text, pixel_size);
    return {static_cast<float>(shaped.width), static_cast<float>(shaped.height)};
}

void ShapedText::draw(ImDrawList* draw, ImVec2 at, std::string_view text, float pixel_size, ImU32 colour) {
    if (!needs_shaping(text)) {
        draw->AddText(ImGui::GetFont(), pixel_size, at, colour, text.data(), text.data() + text.size());
        return;
    }
    const Entry& shaped = entry(text, pixel_size);
    if (!shaped.texture) return;
    // Whole pixels, so the bitmap is not resampled into a blur.
    const ImVec2 corner{std::round(at.x), std::round(at.y)};
    draw->AddImage(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(shaped.texture)), corner,
                   {corner.x + static_cast<float>(shaped.width), corner.y + static_cast<float>(shaped.height)}, {0, 0}, {1, 1}, colour);
}

void ShapedText::text(std::string_view text) {
    if (!needs_shaping(text)) {
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
        return;
    }
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size = measure(text, ImGui::GetFontSize());
    draw(ImGui::GetWindowDrawList(), at, text, ImGui::GetFontSize(), ImGui::GetColorU32(ImGuiCol_Text));
    ImGui::Dummy({size.x, std::max(size.y, ImGui::GetTextLineHeight())});
}

bool ShapedText::selectable(const char* id, std::string_view text, bool selected) {
    if (!needs_shaping(text)) return ImGui::Selectable((std::string(text) + "##" + id).c_str(), selected);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size = measure(text, ImGui::GetFontSize());
    const bool clicked = ImGui::Selectable((std::string("##") + id).c_str(), selected, 0, {0, std::max(size.y, ImGui::GetTextLineHeight())});
    draw(ImGui::GetWindowDrawList(), at, text, ImGui::GetFontSize(), ImGui::GetColorU32(ImGuiCol_Text));
    return clicked;
}

void ShapedText::end_frame() {
    ++frame_;
    if (cache_.size() <= kBudget) return;
    for (auto it = cache_.begin(); it != cache_.end();) {
        if (frame_ - it->second.last_used > kUnusedFrames) {
            if (it->second.texture) glDeleteTextures(1, &it->second.texture);
            it = cache_.erase(it);
        } else {
            ++it;
        }
    }
}

}  // namespace stakemap::gui
