#pragma once
// UTF-8 checks and encoding, shared by the readers and the window's search.

#include <cstddef>
#include <string>
#include <string_view>

namespace stakemap {

// Offset of the first byte that breaks UTF-8, or npos if the text is valid.
std::size_t find_invalid_utf8(std::string_view text);

// Appends one Unicode code point to `out` as UTF-8 (shared by readers that
// decode character references and by the window's search folding).
void append_utf8(std::string& out, unsigned long code);

}  // namespace stakemap
