#pragma once
// The window's font: a real TrueType font from Debian (DejaVu Sans, or Noto
// Sans), with the glyph ranges stakeholder names need - Latin with its
// accents (Latin-1, Extended-A and -B), Greek, Cyrillic and typographic
// punctuation - so "Michaëlle", "São Paulo", "Ministère du Travail" render.
// Other scripts need shaping and go through shaped_text.hpp.

#include <string>

#include <imgui.h>

namespace stakemap::gui {

// Adds the font to ImGui's atlas. Returns the file used, or "" when none was
// found (ImGui's built-in font is used then, which has ASCII only).
// $STAKEMAP_FONT names a font file to use instead.
std::string load_interface_font(float pixel_size);

// The code point ranges loaded (pairs, zero-terminated). Text with anything else is drawn
// through shaped_text.hpp.
const ImWchar* interface_font_ranges();

}  // namespace stakemap::gui
