#pragma once
// Case- and accent-blind comparison of names: "Ministère", "MINISTERE" and
// "ministere" fold to the same text. Shared by the window's search and the
// duplicate finder of stakemap merge.

#include <string>
#include <string_view>

namespace stakemap {

// Lower case, Latin-1 and Latin Extended-A letters without their accents,
// Greek without tonos, Cyrillic lower case; no-break and other wide spaces as
// a space, look-alike hyphens (U+2010..U+2012, minus) as '-'; soft hyphens,
// zero-width spaces and BOMs dropped; other characters kept; bytes that are
// not UTF-8 dropped.
std::string fold_case_and_accents(std::string_view text);

}  // namespace stakemap
