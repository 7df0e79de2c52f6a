#pragma once
// Text files as teams have them: UTF-8 (with or without a byte-order mark),
// UTF-16 from Excel's "Unicode text" (with a byte-order mark), or a Windows
// code page (Windows-1252, a superset of Latin-1's printable characters) from
// an older spreadsheet. Detected, or named by the user (--encoding), and
// converted to UTF-8 with iconv; a detected conversion is said, so a wrong
// guess can be corrected.

#include <string>

namespace stakemap {

struct DecodedText {
    std::string utf8;
    std::string encoding;  // the encoding read, e.g. "UTF-8", "UTF-16LE", "WINDOWS-1252"
    std::string note;      // e.g. "read as Windows-1252 ..."; empty for plain UTF-8
};

// `declared`: an iconv encoding name, or "" to detect. Throws ImportError naming
// `path` (and the byte) when the bytes are not text in that encoding, or the name is unknown.
DecodedText decode_text(std::string bytes, const std::string& declared, const std::string& path);

}  // namespace stakemap
