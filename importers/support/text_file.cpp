#include "importers/support/text_file.hpp"

#include "importers/support/input_limits.hpp"
#include "graph/support/utf8.hpp"
#include "importers/support/text_encoding.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace stakemap {

TextFile::TextFile(std::string path, std::string contents)
    : path_(std::move(path)), text_(std::move(contents)) {
    if (text_.size() >= 3 && text_.compare(0, 3, "\xEF\xBB\xBF") == 0) text_.erase(0, 3);
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
    if (text_.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw ImportError({path_, 0, 0, {}}, "the file is empty; expected a stakeholder map");
    }
    const std::size_t bad = find_invalid_utf8(text_);
    if (bad != std::string::npos) {
        throw ImportError(locate(bad),
                          "invalid UTF-8 byte; expected UTF-8 text (re-save the file as UTF-8)");
    }
    if (const std::size_t nul = text_.find('\0'); nul != std::string::npos) {
        throw ImportError(locate(nul), "NUL byte in text; expected a text file, not binary data");
    }
}

TextFile TextFile::read(const std::string& path, const std::string& encoding) {
    limits::check_file_size(path);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ImportError({path, 0, 0, {}}, "cannot open the file for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) throw ImportError({path, 0, 0, {}}, "read error");
    DecodedText decoded = decode_text(std::move(buffer).str(), encoding, path);
    TextFile file(path, std::move(decoded.utf8));
    file.encoding_note_ = std::move(decoded.note);
    return file;
}

TextFile TextFile::from_string(std::string path, std::string contents) {
    return TextFile(std::move(path), std::move(contents));
}

SourceLocation TextFile::locate(std::size_t offset) const {
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line = static_cast<std::size_t>(next - line_starts_.begin());
    return {path_, line, offset - line_starts_[line - 1] + 1, {}};
}

SourceLocation TextFile::at_line(std::size_t line, std::size_t column) const {
    return {path_, line, column, {}};
}

}  // namespace stakemap
