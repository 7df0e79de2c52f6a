#pragma once
// Reading a text file for an importer: the whole file, its UTF-8 checked, a
// leading byte-order mark dropped, and a way to turn byte offsets into
// line:column for error messages.

#include <algorithm>
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

// The lines of a text one at a time, without their line end (LF or CRLF; TextFile has made
// a carriage return alone a LF), numbered from 1, each with the offset where it starts.
class LineReader {
public:
    explicit LineReader(std::string_view text) : text_(text) {}
    bool next(std::string_view& line) {
        if (at_ >= text_.size()) return false;
        const std::size_t end = std::min(text_.find('\n', at_), text_.size());
        start_ = at_;
        line = text_.substr(at_, end - at_);
        at_ = end + 1;
        ++number_;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        return true;
    }
    std::size_t number() const { return number_; }  // of the line last read
    std::size_t offset() const { return start_; }    // where it starts in the text

private:
    std::string_view text_;
    std::size_t at_ = 0, start_ = 0, number_ = 0;
};

}  // namespace stakemap
