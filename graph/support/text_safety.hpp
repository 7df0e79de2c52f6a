#pragma once
// Text made safe for where it is going, whatever a hostile or careless source
// put in it. Each function leaves ordinary text (names in any script) as it is.
//  - XML 1.0 forbids most control characters: they become U+FFFD.
//  - A terminal obeys escape sequences (ESC, CSI, BEL) and bidi overrides: they become U+FFFD.
//  - Markdown turns [x](javascript:...), <b> and | into markup: those characters are escaped.
//  - A spreadsheet runs a cell starting with = + - @ (or TAB, CR) as a formula: it gets a leading '.

#include <string>
#include <string_view>

namespace stakemap {

std::string xml_safe_text(std::string_view text);
std::string terminal_safe_text(std::string_view text);
// Inline Markdown: backslash-escapes \ ` [ ] < > | (links, HTML, code, table cells) and puts
// line breaks as spaces; terminal controls replaced too.
std::string markdown_text(std::string_view text);
// A spreadsheet cell that cannot become a formula (a plain number stays as it is).
std::string spreadsheet_safe_cell(std::string_view text);
// Whether a cell value carries the guard spreadsheet_safe_cell added (its ' is taken off on reading).
bool has_formula_guard(std::string_view text);

}  // namespace stakemap
