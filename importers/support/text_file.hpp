#pragma once
// Reading a text file for an importer: the whole file, its UTF-8 checked, a
// leading byte-order mark dropped, and a way to turn byte offsets into
// line:column for error messages.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/support/utf8.hpp"
#include "importers/support/import_error.hpp"

namespace stakemap {

class TextFile {
public:
    // Throws ImportError if the file cannot be read, is empty, or is not text.
    // `encoding`: an iconv name, or "" to detect UTF-8, UTF-16 and Windows-1252 (text_encoding.hpp).
    static TextFile read(const std::string& path, const std::string& encoding = "");

    // For tests and in-memory sources; same checks as read().
    static TextFile from_string(std::string path, std::string contents);

    const std::string& path() const { return path_; }
    std::string_view text() const { return text_; }
    // How the bytes were read when they were not plain UTF-8 ("read as Windows-1252 ..."), else "".
    const std::string& encoding_note() const { return encoding_note_; }

    // 1-based line and column (in bytes) of a byte offset into text().
    SourceLocation locate(std::size_t offset) const;
    SourceLocation at_line(std::size_t line, std::size_t column = 0) const;

private:
    TextFile(std::string path, std::string contents);

    std::string path_;
    std::string text_;
    std::string encoding_note_;
    static constexpr std::size_t kStride = 256;
    std::vector<std::size_t> checkpoints_;  // start of lines 1, 257, 513, ...
};

}  // namespace stakemap
