#pragma once
// How wide text is on a terminal, for tables that line up: a Chinese character takes two
// columns, a Devanagari vowel sign or an Arabic vowel mark none (utf8proc's Unicode data).

#include <cstddef>
#include <string>
#include <string_view>

namespace stakemap {

// Columns the UTF-8 text takes on a terminal (bytes that are not UTF-8 count one each).
std::size_t display_width(std::string_view text);

// The text padded with spaces to `width` columns, or cut to width - 1 columns and "…";
// cuts fall between whole characters as a reader sees them (grapheme clusters), so a
// consonant never loses its vowel sign.
std::string fit_to_width(std::string_view text, std::size_t width);

}  // namespace stakemap
