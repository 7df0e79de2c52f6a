#pragma once
// Text ImGui cannot draw right. Dear ImGui places one glyph after another,
// left to right, from its own atlas: Arabic comes out unjoined and in the
// wrong direction, Devanagari, Bengali and Thai lose their vowel signs and
// conjuncts, and scripts outside the atlas show as "?". Such text is laid
// out by Pango (HarfBuzz shaping, bidi, fontconfig fallback to the Noto fonts
// the set-up installs), drawn by Cairo into a bitmap, uploaded once as an
// OpenGL texture and drawn as an image tinted with the text colour. Text
// ImGui handles (Latin, Greek, Cyrillic, punctuation) stays on its fast path.
//
// One instance per window, used on the thread that owns the GL context.
// Textures unused for a while are freed, so the cache follows what is shown.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include <imgui.h>

namespace stakemap::gui {

// True when `text` has a character ImGui's atlas and layout cannot draw correctly.
bool needs_shaping(std::string_view text);

class ShapedText {
public:
    ShapedText() = default;
    ~ShapedText();
    ShapedText(const ShapedText&) = delete;
    ShapedText& operator=(const ShapedText&) = delete;

    // Size of `text` at `pixel_size` (ImGui's own measure when it needs no shaping).
    ImVec2 measure(std::string_view text, float pixel_size);
    // Draws `text` with its top-left corner at `at`.
    void draw(ImDrawList* draw, ImVec2 at, std::string_view text, float pixel_size, ImU32 colour);
    // As ImGui::TextUnformatted, at the current font size and text colour.
    void text(std::string_view text);
    // As ImGui::Selectable(label, selected) with the label shaped; returns true when clicked.
    bool selectable(const char* id, std::string_view text, bool selected);
    // Once per frame: frees textures not drawn for a few seconds beyond the cache's budget.
    void end_frame();

    std::size_t cached() const { return cache_.size(); }
    // How many strings were shaped through Pango since the start (for tests and benchmarks).
    std::size_t shaped_count() const { return shaped_; }

private:
    struct Entry {
        unsigned texture = 0;  // GL texture name; 0 for empty text
        int width = 0, height = 0;
        std::uint64_t last_used = 0;
    };
    const Entry& entry(std::string_view text, float pixel_size);

    std::unordered_map<std::string, Entry> cache_;  // key: pixel size + text
    std::uint64_t frame_ = 0;
    std::size_t shaped_ = 0;
};

// The window's instance, as ImGui has one current context: installed by the window for its
// lifetime (ShapedTextScope), so panels draw names without each being handed it.
ShapedText& shaped_text();
class ShapedTextScope {
public:
    explicit ShapedTextScope(ShapedText& text);
    ~ShapedTextScope();
    ShapedTextScope(const ShapedTextScope&) = delete;
    ShapedTextScope& operator=(const ShapedTextScope&) = delete;
private:
    ShapedText* previous_;
};

}  // namespace stakemap::gui
